package org.tumen.core.place;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The EDTF-like times of the event contract ("2020", "2020-02", "2022-11-02", "2022-W44", "A/B", "../B"). */
final class Edtf {
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    private Edtf() {}

    /** First and last day, either null when open or unreadable. */
    record Span(LocalDate start, LocalDate end) {}

    static Span span(String when) {
        if (when == null || when.isBlank()) return new Span(null, null);
        int slash = when.indexOf('/');
        if (slash < 0) return bounds(when);
        return new Span(
                bounds(when.substring(0, slash)).start(),
                bounds(when.substring(slash + 1)).end());
    }

    private static Span bounds(String v) {
        v = v.strip();
        Matcher w = WEEK.matcher(v);
        if (w.matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                    .with(java.time.DayOfWeek.MONDAY);
            return new Span(monday, monday.plusDays(6));
        }
        Matcher m = DATE.matcher(v);
        if (!m.matches()) return new Span(null, null);
        int y = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            LocalDate d = LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return new Span(d, d);
        }
        if (m.group(2) != null) {
            YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(2)));
            return new Span(ym.atDay(1), ym.atEndOfMonth());
        }
        return new Span(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    /** "2020-02" as "February 2020", "2022-11-02" as "2 November 2022"; other forms as written. */
    static String words(String when) {
        if (when == null) return "an unknown date";
        Matcher m = DATE.matcher(when.strip());
        if (!m.matches()) return when;
        if (m.group(2) == null) return m.group(1);
        String month = java.time.Month.of(Integer.parseInt(m.group(2))).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (m.group(3) == null) return month + " " + m.group(1);
        return Integer.parseInt(m.group(3)) + " " + month + " " + m.group(1);
    }

    /** The Monday of the ISO week of {@code day}. */
    static LocalDate week(LocalDate day) {
        return day.with(java.time.DayOfWeek.MONDAY);
    }
}
