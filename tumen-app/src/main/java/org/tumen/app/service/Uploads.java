package org.tumen.app.service;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.stream.Stream;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputReader;

/** An uploaded file read as the CLI reads a file of that kind: JSON Lines by its extension, else one text report. */
public final class Uploads {
    private Uploads() {}

    /** The reports in an upload, or the problems that keep them out, named by {@code name} (and line). */
    public static Stream<InputItem> read(InputReader reader, String name, String id, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson"))
            return reader.jsonLines(name, new ByteArrayInputStream(bytes));
        return Stream.of(reader.text(name, id, bytes));
    }

    /** A file name without its extension: a text file's report id, as for files on disk. */
    public static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
