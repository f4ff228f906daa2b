package org.tumen.core.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** One export format: writes a bundle as text. Implementations are stateless and thread-safe. */
public interface Exporter {
    void write(ExportBundle bundle, Writer out) throws IOException;

    /** The media type to serve the export with. */
    String mediaType();

    /** The usual file name extension, without the dot. */
    String extension();

    default String toString(ExportBundle bundle) {
        StringWriter out = new StringWriter();
        try {
            write(bundle, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }
}
