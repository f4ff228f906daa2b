package org.tumen.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;

/** TIMEX3 values and intervals for calendar units: one place that knows ISO weeks, quarters and seasons. */
final class Dates {
    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1),
            Map.entry("jan", 1),
            Map.entry("february", 2),
            Map.entry("feb", 2),
            Map.entry("march", 3),
            Map.entry("mar", 3),
            Map.entry("april", 4),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("june", 6),
            Map.entry("jun", 6),
            Map.entry("july", 7),
            Map.entry("jul", 7),
            Map.entry("august", 8),
            Map.entry("aug", 8),
            Map.entry("september", 9),
            Map.entry("sept", 9),
            Map.entry("sep", 9),
            Map.entry("october", 10),
            Map.entry("oct", 10),
            Map.entry("november", 11),
            Map.entry("nov", 11),
            Map.entry("december", 12),
            Map.entry("dec", 12));

    /** TimeML season codes with the first month of each (meteorological seasons, northern hemisphere). */
    static final Map<String, Integer> SEASON_START = Map.of("SP", 3, "SU", 6, "FA", 9, "WI", 12);

    private Dates() {}

    static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    static String season(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "fall", "autumn" -> "FA";
            default -> "WI";
        };
    }

    static String year(int year) {
        return "%04d".formatted(year);
    }

    static String week(LocalDate day) {
        return "%04d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static Interval weekInterval(LocalDate day) {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        return new Interval(monday, monday.plusDays(6));
    }

    static Interval weekendInterval(LocalDate day) {
        LocalDate saturday = day.with(DayOfWeek.SATURDAY);
        return new Interval(saturday, saturday.plusDays(1));
    }

    static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    static String quarter(int year, int quarter) {
        return "%04d-Q%d".formatted(year, quarter);
    }

    static Interval quarterInterval(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Interval(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    static Interval seasonInterval(int year, String code) {
        YearMonth first = YearMonth.of(year, SEASON_START.get(code));
        return new Interval(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    static String decade(int firstYear) {
        return "%03dX".formatted(firstYear / 10);
    }
}
