package org.tumen.store;

import java.time.LocalDate;

/**
 * A report in a list: what names it, without its text.
 *
 * @param id the content hash
 * @param recordId the id it was ingested under
 * @param supersededBy the revision that replaced it, or null while it is in force
 */
public record ReportSummary(
        String id, String recordId, String title, String outlet, LocalDate published, String supersededBy) {}
