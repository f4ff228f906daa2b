package org.tumen.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Periods that reports name instead of dating ("before the pandemic", "since the Korean War"). Each has the window
 * in which it began and the one in which it ended, so "before" and "since" can say what they safely can: "before
 * the pandemic" means up to the end of its onset window, not a guessed day.
 *
 * <p>Sources for the dates: COVID-19 — WHO declared a public health emergency of international concern on
 * 2020-01-30 and ended it on 2023-05-05; border closures (the DPRK's included, and the Tumangang–Khasan rail link in
 * February 2020) fell in January–February 2020, hence the onset window 2020-01/2020-02. Korean War — invasion
 * 1950-06-25, armistice 1953-07-27. Second World War — 1939-09-01 to 1945-09-02. Cold War — the conventional
 * 1947 (Truman Doctrine) to 1991-12-26 (dissolution of the USSR). Gulf War — 1990-08-02 to 1991-02-28. Iraq War —
 * 2003-03-20 to 2011-12-18. Russia's full-scale invasion of Ukraine — from 2022-02-24, not ended. The Arduous
 * March, the North Korean famine — 1994 to 1998 as usually given. All from the corresponding encyclopaedia
 * articles; add an era only with a source.
 */
final class NamedEras {

    /** A named period: how reports name it (a regex), when it began and when it ended (null: not yet). */
    record Era(String regex, Interval began, Interval ended, Pattern name) {
        Era(String regex, Interval began, Interval ended) {
            this(regex, began, ended, Pattern.compile("(?:the )?(?:" + regex + ")", Pattern.CASE_INSENSITIVE));
        }

        Interval whole() {
            return new Interval(began.start(), ended == null ? null : ended.end());
        }

        /** The TIMEX3 value of its start, at the precision its start is known. */
        String value() {
            return Edtf.format(began).replaceAll("/.*", "");
        }
    }

    static final List<Era> ERAS = List.of(
            new Era(
                    "(?:covid(?:-19)?|coronavirus|corona) pandemic|pandemic",
                    Edtf.parse("2020-01/2020-02"),
                    Edtf.parse("2023-05")),
            new Era("korean war", Interval.day(LocalDate.of(1950, 6, 25)), Interval.day(LocalDate.of(1953, 7, 27))),
            new Era(
                    "second world war|world war (?:ii|two|2)",
                    Interval.day(LocalDate.of(1939, 9, 1)),
                    Interval.day(LocalDate.of(1945, 9, 2))),
            new Era("cold war", Interval.year(1947), Interval.day(LocalDate.of(1991, 12, 26))),
            new Era(
                    "(?:first )?gulf war",
                    Interval.day(LocalDate.of(1990, 8, 2)),
                    Interval.day(LocalDate.of(1991, 2, 28))),
            new Era("iraq war", Interval.day(LocalDate.of(2003, 3, 20)), Interval.day(LocalDate.of(2011, 12, 18))),
            new Era(
                    "(?:full-scale )?invasion of ukraine|war in ukraine",
                    Interval.day(LocalDate.of(2022, 2, 24)),
                    null),
            new Era("arduous march", Interval.year(1994), Interval.year(1998)));

    private NamedEras() {}

    /** The regex alternation of all era names, for one precompiled pattern. */
    static String alternation() {
        StringBuilder sb = new StringBuilder();
        for (Era era : ERAS)
            sb.append(sb.isEmpty() ? "" : "|").append("(?:").append(era.regex()).append(')');
        return sb.toString();
    }

    static Era find(String name) {
        for (Era era : ERAS) if (era.name().matcher(name).matches()) return era;
        throw new IllegalArgumentException("no era named " + name);
    }
}
