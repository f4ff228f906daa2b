package org.tumen.core.rules;

import java.time.LocalDate;
import org.tumen.core.time.Edtf;
import org.tumen.core.time.Interval;

/**
 * Whether an event's time reaches the date a rule applies from, and why in words. The test asks only that the
 * event's interval end on or after that date: "../2020-02" (before the pandemic) may well include days under the
 * rule, while "2003" cannot. An undated event is taken to have happened by the report's publication date.
 *
 * @param tested false when neither the event nor the report gives a date
 */
record DateTest(boolean passes, boolean tested, String words) {

    static DateTest of(String when, LocalDate published, LocalDate from) {
        Interval i = null;
        if (when != null) {
            try {
                i = Edtf.parse(when);
            } catch (IllegalArgumentException e) {
                i = null; // an unreadable time tells nothing; fall back to the publication date as for no time
            }
        }
        if (i == null) {
            if (published == null)
                return new DateTest(
                        true,
                        false,
                        "undated, and the report has no date, so the time could not be tested against " + from);
            if (published.isBefore(from))
                return new DateTest(false, true, "undated, but reported on " + published + ", before " + from);
            return new DateTest(
                    true,
                    true,
                    "undated; reported on " + published + ", on or after " + from + ", when the rule applies from");
        }
        if (i.end() == null)
            return new DateTest(
                    true, true, when + " is open-ended, so it runs past " + from + ", when the rule applies from");
        if (i.end().isBefore(from)) return new DateTest(false, true, when + " ends " + i.end() + ", before " + from);
        if (i.start() != null && !i.start().isBefore(from))
            return new DateTest(true, true, when + " falls on or after " + from + ", when the rule applies from");
        return new DateTest(
                true,
                true,
                when + " ends " + i.end() + ", on or after " + from
                        + ", when the rule applies from, so at least part of it falls under the rule");
    }

    /**
     * Whether the event can have begun on or before {@code day}: its interval starts then or earlier, or is open at
     * the start, or it is undated (an undated event happened some time before its report).
     */
    static boolean mayBeginBy(String when, LocalDate published, LocalDate day) {
        if (when == null) return true;
        try {
            Interval i = Edtf.parse(when);
            return i == null || i.start() == null || !i.start().isAfter(day);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
