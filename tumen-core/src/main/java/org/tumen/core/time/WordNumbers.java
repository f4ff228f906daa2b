package org.tumen.core.time;

import java.util.Locale;
import java.util.Map;

/** Reads the counts that time expressions use: digits, number words up to ninety-nine, "a", "a dozen". */
final class WordNumbers {
    /** A count that is there but not known ("several years"); TimeML writes it X. */
    static final int VAGUE = -1;

    static final String REGEX = "\\d+(?:\\.5)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten"
            + "|one|two|three|four|five|six|seven|eight|nine"
            + "|a couple of|a few|a dozen|a hundred|a half|one and a half|several|few|many|some|a|an|dozens of"
            + "|hundreds of|a hundred";

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("a couple of", 2),
            Map.entry("a dozen", 12),
            Map.entry("a hundred", 100));

    private WordNumbers() {}

    /** The count, {@link #VAGUE} for "several", "a few"; halves round down (TimeML has no fractions). */
    static int parse(String words) {
        String w = words.toLowerCase(Locale.ROOT).strip();
        if (w.isEmpty()) return 1;
        if (Character.isDigit(w.charAt(0))) {
            int dot = w.indexOf('.');
            return Integer.parseInt(dot < 0 ? w : w.substring(0, dot));
        }
        Integer small = SMALL.get(w);
        if (small != null) return small;
        String[] parts = w.split("[- ]");
        if (parts.length == 2 && SMALL.containsKey(parts[0]) && SMALL.containsKey(parts[1]))
            return SMALL.get(parts[0]) + SMALL.get(parts[1]);
        if (w.equals("one and a half")) return 1;
        return VAGUE;
    }
}
