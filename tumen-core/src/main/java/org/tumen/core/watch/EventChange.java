package org.tumen.core.watch;

import java.util.List;
import java.util.Objects;
import org.tumen.core.assess.Assessment;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.model.Flag;

/**
 * What one report's ingest did to one fused event, as the alerts need it.
 *
 * @param event the event after the ingest
 * @param before its assessment before, null when it had none (a new event, or none of its claims was in force)
 * @param after its assessment after, null when none of its claims is in force any more
 * @param created whether this ingest created the event
 * @param reportId the content hash of the report whose ingest it was; null for a change no report made (a list
 *     update that flags the event anew)
 * @param cause what the report did to it, in words ("denied by North Korea in KCNA report …")
 * @param flags the sanctions flags this report's extraction raised on it
 */
public record EventChange(
        FusedEvent event,
        Assessment before,
        Assessment after,
        boolean created,
        String reportId,
        String cause,
        List<Flag> flags) {
    public EventChange {
        Objects.requireNonNull(event, "event");
        cause = cause == null ? "" : cause;
        flags = List.copyOf(flags);
    }

    /** A change of verdict: reasons are words about a verdict, so they alone do not count. */
    public boolean assessmentChanged() {
        if (before == null || after == null) return before != after;
        return before.supporting() != after.supporting()
                || before.contradicting() != after.contradicting()
                || !before.reliability().equals(after.reliability())
                || before.credibility() != after.credibility()
                || !before.likelihood().equals(after.likelihood())
                || Math.abs(before.probability() - after.probability()) >= 1e-9;
    }
}
