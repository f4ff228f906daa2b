package org.tumen.store.search;

import java.time.LocalDate;
import java.util.Objects;
import org.tumen.core.model.Report;

/** A report as the index sees it. */
public record ReportDoc(String id, String title, String outlet, LocalDate published, String text) {
    public ReportDoc {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) throw new IllegalArgumentException("report id is blank");
    }

    public static ReportDoc of(Report report) {
        return new ReportDoc(report.id(), report.title(), report.outlet(), report.published(), report.text());
    }
}
