package org.tumen.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * score.py's time check on EDTF-like values ("2022", "2022-11", "2022-11-02", "2022-W44", "A/B", "../B", "A/..").
 * Python's {@code datetime.date} only spans years 1 to 9999 and raises ValueError outside it, which score.py reads
 * as "does not fit"; that range is kept here so that "9999-12" fails exactly as it does there.
 */
final class When {
    static final LocalDate MIN = LocalDate.of(1, 1, 1);
    static final LocalDate MAX = LocalDate.of(9999, 12, 31);
    // Python's \d in a str pattern is any Unicode decimal digit, and int() reads them all
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DATE =
            Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?", Pattern.UNICODE_CHARACTER_CLASS);

    /** An inclusive span of days. */
    record Span(LocalDate start, LocalDate end) {}

    /** Python's ValueError: score.py catches it and says the time does not fit. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private When() {}

    /**
     * {@code when_ok(gold, pred)}: the predicted time overlaps the gold interval and is at most three times as long
     * (31 days always allowed); a gold interval with an open end accepts any overlapping time.
     */
    static boolean ok(JsonNode gold, JsonNode pred) {
        if (Py.isNone(gold)) return true;
        if (!Py.truthy(pred)) return false;
        Span g, p;
        try {
            g = interval(text(gold));
            p = interval(text(pred));
        } catch (Unreadable e) {
            return false;
        }
        if (p.start.isAfter(g.end) || p.end.isBefore(g.start)) return false;
        if (g.start.equals(MIN) || g.end.equals(MAX)) return true;
        if (p.start.equals(MIN) || p.end.equals(MAX)) return false;
        long allowed = Math.max(3 * (days(g) + 1), 31);
        return days(p) + 1 <= allowed;
    }

    private static long days(Span s) {
        return ChronoUnit.DAYS.between(s.start, s.end);
    }

    /** score.py would stop with a TypeError on a time that is not a string; so does this. */
    private static String text(JsonNode v) {
        if (!v.isTextual()) throw new EvalInputException("a time value must be a string, got " + Py.repr(v));
        return v.textValue();
    }

    static Span interval(String v) throws Unreadable {
        int slash = v.indexOf('/');
        if (slash < 0) return bounds(v);
        return new Span(bounds(v.substring(0, slash)).start, bounds(v.substring(slash + 1)).end);
    }

    static Span bounds(String value) throws Unreadable {
        String v = Py.strip(value);
        if (v.equals("..") || v.isEmpty()) return new Span(MIN, MAX);
        Matcher m = WEEK.matcher(v);
        if (m.matches()) {
            LocalDate start = isoWeekMonday(number(m.group(1)), number(m.group(2)));
            return new Span(start, plusDays(start, 6));
        }
        m = DATE.matcher(v);
        if (!m.matches()) throw new Unreadable("unreadable time value: " + Py.stringRepr(v));
        int y = number(m.group(1));
        if (m.group(3) != null) {
            LocalDate d = date(y, number(m.group(2)), number(m.group(3)));
            return new Span(d, d);
        }
        if (m.group(2) != null) {
            int mo = number(m.group(2));
            // score.py computes the end first, so its errors come first too
            LocalDate end = plusDays(date(y + (mo == 12 ? 1 : 0), mo % 12 + 1, 1), -1);
            return new Span(date(y, mo, 1), end);
        }
        return new Span(date(y, 1, 1), date(y, 12, 31));
    }

    /** {@code datetime.date(y, m, d)}, with its range and its ValueError. */
    private static LocalDate date(int y, int m, int d) throws Unreadable {
        if (y < 1 || y > 9999) throw new Unreadable("year " + y + " is out of range");
        if (m < 1 || m > 12) throw new Unreadable("month must be in 1..12");
        LocalDate first = LocalDate.of(y, m, 1);
        if (d < 1 || d > first.lengthOfMonth()) throw new Unreadable("day is out of range for month");
        return first.withDayOfMonth(d);
    }

    /** {@code date + timedelta(days=n)}: past either end Python raises OverflowError, which score.py does not catch. */
    private static LocalDate plusDays(LocalDate d, long n) {
        LocalDate out = d.plusDays(n);
        if (out.isBefore(MIN) || out.isAfter(MAX)) {
            throw new EvalInputException("time value out of Python's date range: " + d + " + " + n + " days");
        }
        return out;
    }

    /** {@code date.fromisocalendar(year, week, 1)}, including its rule for which years have a week 53. */
    private static LocalDate isoWeekMonday(int year, int week) throws Unreadable {
        if (year < 1 || year > 9999) throw new Unreadable("Year is out of range: " + year);
        boolean inRange = week > 0 && week < 53;
        if (week == 53) {
            DayOfWeek jan1 = LocalDate.of(year, 1, 1).getDayOfWeek();
            inRange = jan1 == DayOfWeek.THURSDAY
                    || (jan1 == DayOfWeek.WEDNESDAY && LocalDate.of(year, 1, 1).isLeapYear());
        }
        if (!inRange) throw new Unreadable("Invalid week: " + week);
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        LocalDate week1 = jan4.minusDays(jan4.getDayOfWeek().getValue() - 1L);
        return week1.plusWeeks(week - 1L);
    }

    /** {@code int(s)} of a run of Unicode decimal digits. */
    private static int number(String digits) {
        int n = 0;
        for (int i = 0; i < digits.length(); ) {
            int c = digits.codePointAt(i);
            n = n * 10 + Character.digit(c, 10);
            i += Character.charCount(c);
        }
        return n;
    }
}
