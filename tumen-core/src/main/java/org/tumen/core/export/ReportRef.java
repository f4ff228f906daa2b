package org.tumen.core.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an export needs to cite a report: enough to name it and link to it, never its text.
 *
 * @param url where the report was published, or null (a file fed by hand)
 * @param published publication date, or null when unknown
 */
public record ReportRef(String id, String title, String outlet, String url, LocalDate published) {
    public ReportRef {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("report id is blank");
    }
}
