package org.tumen.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One report as Tumen reads it: cleaned text plus where it came from.
 *
 * @param id the record id for JSONL input, the file name stem for a text file
 * @param file where it was read from (a path, or {@code path#line} for a JSONL record)
 * @param published publication date, or null when unknown
 * @param text the cleaned text; every evidence offset refers to it
 */
public record Report(String id, String file, String title, String outlet, LocalDate published, String text)
        implements java.io.Serializable {
    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) throw new IllegalArgumentException("report id is blank");
    }
}
