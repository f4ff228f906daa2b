package org.tumen.core.time;

import java.time.LocalDate;
import java.util.Locale;

/** TIMEX3 duration values and calendar arithmetic by the units that English counts in. */
final class Durations {
    private Durations() {}

    /** The unit's singular base form: "centuries" -> "century", "nights" -> "night". */
    static String base(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.equals("centuries")) return "century";
        return u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
    }

    /** "P2Y", "PT48H", "PXM" for a vague count. Decades and centuries as years, as TimeBank writes them. */
    static String value(int n, String unit) {
        boolean vague = n == WordNumbers.VAGUE;
        String count = vague ? "X" : Integer.toString(n);
        return switch (base(unit)) {
            case "second" -> "PT" + count + "S";
            case "minute" -> "PT" + count + "M";
            case "hour" -> "PT" + count + "H";
            case "day", "night" -> "P" + count + "D";
            case "week" -> "P" + count + "W";
            case "fortnight" -> "P" + (vague ? "X" : 2 * n) + "W";
            case "month" -> "P" + count + "M";
            case "quarter" -> "P" + (vague ? "X" : 3 * n) + "M";
            case "decade" -> vague ? "PXDE" : "P" + 10 * n + "Y";
            case "century" -> vague ? "PXCE" : "P" + 100 * n + "Y";
            default -> "P" + count + "Y";
        };
    }

    /** The day n units after (before, when negative) a day; units under a day leave it unchanged. */
    static LocalDate plus(LocalDate day, int n, String unit) {
        return switch (base(unit)) {
            case "day", "night" -> day.plusDays(n);
            case "week" -> day.plusWeeks(n);
            case "fortnight" -> day.plusWeeks(2L * n);
            case "month" -> day.plusMonths(n);
            case "quarter" -> day.plusMonths(3L * n);
            case "year" -> day.plusYears(n);
            case "decade" -> day.plusYears(10L * n);
            case "century" -> day.plusYears(100L * n);
            default -> day;
        };
    }
}
