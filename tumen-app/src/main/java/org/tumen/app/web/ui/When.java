package org.tumen.app.web.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event's EDTF {@code when} as a first and last day, for placing it on a timeline: a day, a month, a year, an ISO
 * week or an interval of those; an open end ({@code ..}) takes the known end's day. Anything else has no place.
 */
record When(LocalDate start, LocalDate end) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    static When parse(String when) {
        if (when == null || when.isBlank()) return null;
        String[] ends = when.strip().split("/", -1);
        if (ends.length > 2) return null;
        When first = single(ends[0]);
        When last = ends.length == 2 ? single(ends[1]) : first;
        if (first == null && last == null) return null;
        if (first == null) first = last;
        if (last == null) last = first;
        return first.start.isAfter(last.end) ? null : new When(first.start, last.end);
    }

    private static When single(String v) {
        v = v.replaceAll("[?~%]", "");
        try {
            Matcher m;
            if ((m = DAY.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return new When(d, d);
            }
            if ((m = WEEK.matcher(v)).matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(DayOfWeek.MONDAY);
                return new When(monday, monday.plusDays(6));
            }
            if ((m = MONTH.matcher(v)).matches()) {
                YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
                return new When(ym.atDay(1), ym.atEndOfMonth());
            }
            if ((m = YEAR.matcher(v)).matches()) {
                int y = num(m, 1);
                return new When(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
