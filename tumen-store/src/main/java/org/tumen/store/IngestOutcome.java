package org.tumen.store;

import java.util.List;
import java.util.Objects;

/**
 * What one ingest did.
 *
 * @param reportId the report's content hash
 * @param revision the report's revision under its key (1 for the first text)
 * @param eventMentions events stored from this report (0 when unchanged)
 * @param fusedEvents the ids of the fused events this report created, joined, denied or left, in order (what a search
 *     index must refresh)
 * @param assessmentChanges assessment changes recorded
 * @param alertsRaised alerts raised for the watchlists (a cause already alerted on is not counted again)
 */
public record IngestOutcome(
        Status status,
        String reportId,
        String reportKey,
        int revision,
        int eventMentions,
        List<String> fusedEvents,
        int assessmentChanges,
        int alertsRaised) {

    public enum Status {
        /** a report not seen before */
        STORED,
        /** a new text under a known report key: a new revision whose claims supersede the old ones */
        REVISED,
        /** this exact text is already stored: nothing changed */
        UNCHANGED
    }

    public IngestOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reportId, "reportId");
        fusedEvents = List.copyOf(fusedEvents);
    }

    public static IngestOutcome unchanged(String reportId, String reportKey) {
        return new IngestOutcome(Status.UNCHANGED, reportId, reportKey, 0, 0, List.of(), 0, 0);
    }

    public int fusedEventsTouched() {
        return fusedEvents.size();
    }

    public boolean changed() {
        return status != Status.UNCHANGED;
    }
}
