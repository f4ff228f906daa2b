package org.tumen.core.extract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tumen.core.time.Edtf;
import org.tumen.core.time.Interval;

/**
 * When an event happened: the most specific time expression in the trigger's clause, else in a temporal clause beside
 * it or in the frame that reports it, else the week up to the publication date (news reports what just happened, and
 * an undated event is far more often recent than old).
 */
final class TimeResolver {
    private TimeResolver() {}

    static String resolve(Site site) {
        String fromText = fromText(site);
        return fromText != null ? fromText : fallback(site.reading.published);
    }

    /** The time the text gives for the trigger's clause or sentence, or null. */
    static String fromText(Site site) {
        Reading r = site.reading;
        Optional<String> own = r.clues.in(site.segment.begin(), site.segment.end(), Clue.Kind.TIME).stream()
                .map(c -> closeAtPublication(c.value(), r))
                .min(Comparator.comparingLong(TimeResolver::days));
        if (own.isPresent()) return own.get();
        List<Segment> segs = r.segments.get(site.sentence.index());
        for (Segment s : segs) {
            boolean adjacent = Math.abs(s.index() - site.segment.index()) == 1;
            boolean follows = site.segment.index() == s.index() + 1;
            // "…resumed this week, with Moscow sending horses": an absolute "with" clause shares its clause's time
            boolean temporal = TEMPORAL.contains(s.opener())
                    || (follows
                            && (TEMPORAL.contains(site.segment.opener())
                                    || site.segment.opener().equals("with")));
            if (!adjacent || !temporal) continue;
            Optional<Clue> t = mostSpecific(r.clues.in(s.begin(), s.end(), Clue.Kind.TIME));
            if (t.isPresent()) return closeAtPublication(t.get().value(), r);
        }
        Frame f = site.frame;
        if (f.speaker() != null && f.covers(site.trigger.begin())) {
            Optional<Clue> t = mostSpecific(r.clues.in(f.frameBegin(), f.frameEnd() + 20, Clue.Kind.TIME));
            if (t.isPresent()) return t.get().value();
        }
        return null;
    }

    private static final java.util.Set<String> TEMPORAL = java.util.Set.of("when", "while", "after", "as", "since");

    /** "from 2022" in a report of 2024 means 2022 until the report, as far as the report knows. */
    private static String closeAtPublication(String edtf, Reading r) {
        Interval i = Edtf.parse(edtf);
        if (i == null
                || r.published == null
                || i.end() != null
                || i.start() == null
                || i.start().isAfter(r.published)) return edtf;
        return Edtf.format(new Interval(i.start(), r.published));
    }

    /**
     * An undated event in a news report happened, as far as the report says, recently: the week up to its
     * publication. A week rather than the day itself, since reports often appear a day or more after the event.
     */
    static String fallback(LocalDate published) {
        return published == null ? null : Edtf.format(new Interval(published.minusDays(6), published));
    }

    /** The time in a speech frame ("announced on Wednesday that …") dates the saying, not what is said. */
    static String frameTime(Site site) {
        Frame f = site.frame;
        if (f.speaker() == null) return null;
        return mostSpecific(site.reading.clues.in(f.frameBegin(), f.frameEnd() + 20, Clue.Kind.TIME))
                .map(Clue::value)
                .orElse(null);
    }

    private static Optional<Clue> mostSpecific(List<Clue> times) {
        return times.stream().min(Comparator.comparingLong(TimeResolver::days));
    }

    static long days(Clue c) {
        return days(c.value());
    }

    static long days(String edtf) {
        Interval i = Edtf.parse(edtf);
        if (i == null || i.start() == null || i.end() == null) return Long.MAX_VALUE / 2;
        return i.end().toEpochDay() - i.start().toEpochDay();
    }
}
