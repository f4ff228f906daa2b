package org.tumen.core.time;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.tumen.core.text.NumberWords;

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

    /** One to ninety (with the shared number words), and the article counts ("a", "a dozen"). */
    private static final Map<String, Integer> SMALL = small();

    private static Map<String, Integer> small() {
        Map<String, Integer> m = new HashMap<>(NumberWords.UNITS);
        m.remove("zero");
        m.putAll(NumberWords.TENS);
        m.putAll(Map.of("a", 1, "an", 1, "a couple of", 2, "a dozen", 12, "a hundred", 100));
        return Map.copyOf(m);
    }

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
