package org.tumen.core.assess;

import java.util.Objects;
import java.util.Optional;

/**
 * A fused event's assessment before and after new reports arrived, and why it moved; the alerts read these.
 *
 * @param before null when the event is new
 * @param cause the reason in a few words ("a new independent source reports it")
 */
public record AssessmentChange(String eventId, Assessment before, Assessment after, String cause) {
    public AssessmentChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(cause, "cause");
    }

    /**
     * The change between two assessments of one event, its cause read from what moved — sources for, sources
     * against, then the reliability of the best source — or empty when the grading did not move.
     */
    public static Optional<AssessmentChange> between(String eventId, Assessment before, Assessment after) {
        if (before == null) return Optional.of(new AssessmentChange(eventId, null, after, "first reported"));
        if (before.supporting() == after.supporting()
                && before.contradicting() == after.contradicting()
                && before.reliability().equals(after.reliability())
                && before.credibility() == after.credibility()
                && before.likelihood().equals(after.likelihood())) return Optional.empty();
        return Optional.of(new AssessmentChange(eventId, before, after, cause(before, after)));
    }

    private static String cause(Assessment b, Assessment a) {
        int more = a.supporting() - b.supporting(), denials = a.contradicting() - b.contradicting();
        if (more > 0)
            return more == 1 ? "a new independent source reports it" : more + " new independent sources report it";
        if (denials > 0) return denials == 1 ? "a new source denies it" : denials + " new sources deny it";
        if (more < 0) return "a source that reported it no longer counts as independent";
        if (denials < 0) return "a denial no longer counts against it";
        if (!a.reliability().equals(b.reliability()))
            return "its best source's reliability moved from " + b.reliability() + " to " + a.reliability();
        return "the track records of its sources changed";
    }

    /** One sentence: "F2 went from likely to very likely (credibility 3 → 1): a new independent source reports it." */
    public String sentence() {
        if (before == null)
            return "%s is new: %s (credibility %d), from %d independent source%s."
                    .formatted(
                            eventId,
                            after.likelihood(),
                            after.credibility(),
                            after.supporting(),
                            after.supporting() == 1 ? "" : "s");
        String what = before.likelihood().equals(after.likelihood())
                ? "stays " + after.likelihood()
                : "went from " + before.likelihood() + " to " + after.likelihood();
        String cred = before.credibility() == after.credibility()
                ? ""
                : " (credibility " + before.credibility() + " → " + after.credibility() + ")";
        return "%s %s%s: %s.".formatted(eventId, what, cred, cause);
    }
}
