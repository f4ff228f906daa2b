package org.tumen.store;

import java.time.Instant;
import org.tumen.core.assess.Assessment;

/**
 * A recorded change of a fused event's assessment; the alerts read these.
 *
 * @param before null for the event's first assessment
 * @param after null when none of the event's claims is in force any more
 * @param reportId the report whose ingest caused it
 * @param cause the cause, in words
 */
public record AssessmentChange(
        long id, String eventId, String reportId, Assessment before, Assessment after, String cause, Instant at) {}
