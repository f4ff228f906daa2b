package org.tumen.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored report revision.
 *
 * @param id the content hash (SHA-256 of the cleaned text)
 * @param key the report key that ties revisions together (the record id without a {@code -rN} suffix)
 * @param recordId the id it was ingested under
 * @param supersededBy the id of the revision that replaced it, or null while it is in force
 * @param independenceGroup the group of near-identical texts it counts with as one source
 */
public record ReportView(
        String id,
        String key,
        String recordId,
        int revision,
        String supersededBy,
        String url,
        String file,
        String title,
        String outlet,
        LocalDate published,
        String language,
        String text,
        String rawHash,
        int tokens,
        String independenceGroup,
        Instant ingestedAt,
        Provenance provenance) {}
