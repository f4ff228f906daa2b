package org.tumen.core.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A span of whole days, both ends inclusive; a null end is open ("../2020-02"). Days are the finest unit because
 * event dating in Tumen never needs more: a time of day still dates its event to that day.
 */
public record Interval(LocalDate start, LocalDate end) {

    public Interval {
        if (start == null && end == null) throw new IllegalArgumentException("an interval needs at least one end");
        if (start != null && end != null && end.isBefore(start))
            throw new IllegalArgumentException("interval ends before it starts: " + start + "/" + end);
    }

    public static Interval day(LocalDate day) {
        return new Interval(day, day);
    }

    public static Interval month(YearMonth month) {
        return new Interval(month.atDay(1), month.atEndOfMonth());
    }

    public static Interval year(int year) {
        return new Interval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Interval years(int first, int last) {
        return new Interval(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    /** Everything from this interval's start on, as "since 2020" says. */
    public Interval onwards() {
        return new Interval(start != null ? start : end, null);
    }

    /** Everything up to this interval's end, as "until 2020" says. */
    public Interval upTo() {
        return new Interval(null, end != null ? end : start);
    }

    /** Everything strictly before this interval, as "before 2020" says. */
    public Interval before() {
        LocalDate first = start != null ? start : end;
        return new Interval(null, first.minusDays(1));
    }

    /** Everything strictly after this interval, as "after 2020" says. */
    public Interval after() {
        LocalDate last = end != null ? end : start;
        return new Interval(last.plusDays(1), null);
    }

    /** The smallest interval covering both. */
    public Interval span(Interval other) {
        LocalDate s = start == null || other.start == null ? null : min(start, other.start);
        LocalDate e = end == null || other.end == null ? null : max(end, other.end);
        return new Interval(s, e);
    }

    public boolean isOpen() {
        return start == null || end == null;
    }

    public boolean overlaps(Interval other) {
        boolean startsBeforeOtherEnds = start == null || other.end == null || !start.isAfter(other.end);
        boolean otherStartsBeforeEnd = other.start == null || end == null || !other.start.isAfter(end);
        return startsBeforeOtherEnds && otherStartsBeforeEnd;
    }

    @Override
    public String toString() {
        return Edtf.format(this);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
