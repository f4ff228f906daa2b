package org.tumen.core.ingest;

import java.time.LocalDate;
import java.util.Objects;
import org.tumen.core.model.Report;

/**
 * A report as decoded from its file, before cleaning. It is kept apart from {@link Report} because a report's
 * text must be final (evidence offsets point into it), and raw text is not.
 *
 * @param id the JSONL record id, or the file name stem for a text file
 * @param file the path as given (for JSONL, the collection's path)
 * @param line the 1-based line of a JSONL record, null for a text file
 * @param title headline, or null when the source has none
 * @param outlet publisher, or null when unknown
 * @param published publication date, or null when unknown
 * @param text the decoded text, with a {@code date} header already taken off
 */
public record RawReport(
        String id, String file, Integer line, String title, String outlet, LocalDate published, String text)
        implements InputItem, java.io.Serializable {
    public RawReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) throw new IllegalArgumentException("report id is blank");
    }

    /** The final report, with the text cleaned by {@code cleaner}. */
    public Report clean(TextCleaner cleaner) {
        return new Report(id, file, title, outlet, published, cleaner.clean(text));
    }
}
