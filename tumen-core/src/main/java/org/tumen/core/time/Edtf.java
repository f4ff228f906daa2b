package org.tumen.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes and reads the subset of EDTF (ISO 8601-2, level 0 and open interval ends from level 1) that the events
 * contract uses for {@code when}: "2022", "2022-11", "2022-11-02", "2022-10-31/2022-11-06", "../2020-02".
 */
public final class Edtf {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private enum Precision {
        YEAR,
        MONTH,
        DAY
    }

    private Edtf() {}

    /**
     * The shortest exact EDTF text for an interval. Both ends use the same precision — the coarsest at which each
     * is exact — so "2022-01-01/2022-03-31" becomes "2022-01/2022-03" and a single whole month becomes "2022-11".
     */
    public static String format(Interval interval) {
        Precision p = Precision.YEAR;
        if (interval.start() != null) p = finer(p, startPrecision(interval.start()));
        if (interval.end() != null) p = finer(p, endPrecision(interval.end()));
        String s = interval.start() == null ? ".." : write(interval.start(), p);
        String e = interval.end() == null ? ".." : write(interval.end(), p);
        return s.equals(e) ? s : s + "/" + e;
    }

    /**
     * Reads an EDTF date or interval; a date stands for all its days, ".." or an empty side for an open end.
     *
     * @throws IllegalArgumentException when the text is not in the supported subset
     */
    public static Interval parse(String edtf) {
        String text = edtf.strip();
        int slash = text.indexOf('/');
        if (slash < 0) {
            Interval whole = whole(text);
            if (whole == null) throw new IllegalArgumentException("not an EDTF date: " + edtf);
            return whole;
        }
        Interval first = whole(text.substring(0, slash));
        Interval last = whole(text.substring(slash + 1));
        if (first == null && last == null)
            throw new IllegalArgumentException("EDTF interval open at both ends: " + edtf);
        return new Interval(first == null ? null : first.start(), last == null ? null : last.end());
    }

    /** The days a date stands for, or null for an open end ("..", ""). */
    private static Interval whole(String date) {
        if (date.isEmpty() || date.equals("..")) return null;
        Matcher m = DATE.matcher(date);
        if (!m.matches()) throw new IllegalArgumentException("not an EDTF date: " + date);
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return Interval.year(year);
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) return Interval.month(month);
            return Interval.day(month.atDay(Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a calendar date: " + date, e);
        }
    }

    private static Precision startPrecision(LocalDate d) {
        if (d.getDayOfMonth() != 1) return Precision.DAY;
        return d.getMonthValue() == 1 ? Precision.YEAR : Precision.MONTH;
    }

    private static Precision endPrecision(LocalDate d) {
        if (d.getDayOfMonth() != d.lengthOfMonth()) return Precision.DAY;
        return d.getMonthValue() == 12 ? Precision.YEAR : Precision.MONTH;
    }

    private static Precision finer(Precision a, Precision b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String write(LocalDate d, Precision p) {
        return switch (p) {
            case YEAR -> "%04d".formatted(d.getYear());
            case MONTH -> "%04d-%02d".formatted(d.getYear(), d.getMonthValue());
            case DAY -> d.toString();
        };
    }
}
