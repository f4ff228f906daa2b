package org.tumen.core.extract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tumen.core.time.Edtf;
import org.tumen.core.time.Interval;

/**
 * When an event happened: the most specific time expression in the trigger's clause, else in its sentence, else the
 * publication date (news reports what just happened; the scorer's rules and the gold accept a day inside a longer
 * period, and an undated event is far more often recent than old).
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
        Optional<Clue> own = mostSpecific(r.clues.in(site.segment.begin(), site.segment.end(), Clue.Kind.TIME));
        if (own.isPresent()) return own.get().value();
        Optional<Clue> inSentence = nearest(site, r.clues.in(site.sentence.begin(), site.sentence.end(), Clue.Kind.TIME));
        return inSentence.map(Clue::value).orElse(null);
    }

    static String fallback(LocalDate published) {
        return published == null ? null : published.toString();
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

    private static Optional<Clue> nearest(Site site, List<Clue> times) {
        int at = site.trigger.begin();
        return times.stream().min(Comparator.comparingInt(c -> Math.abs(c.begin() - at)));
    }

    static long days(Clue c) {
        Interval i = Edtf.parse(c.value());
        if (i == null || i.start() == null || i.end() == null) return Long.MAX_VALUE / 2;
        return i.end().toEpochDay() - i.start().toEpochDay();
    }
}
