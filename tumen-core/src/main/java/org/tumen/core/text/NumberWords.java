package org.tumen.core.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * English number words, listed once for the three readers that need them: quantities of goods ({@code
 * recognise/QuantityParser}), counts in time expressions ({@code time/WordNumbers}) and numbers spelled out in names
 * ({@code screen/NameNormaliser}). Each adds what only it needs (vague counts, "a dozen", misspellings).
 */
public final class NumberWords {
    private NumberWords() {}

    /** zero to nineteen. */
    public static final Map<String, Integer> UNITS = units();

    /** twenty, thirty, … ninety. */
    public static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety",
            90);

    /** first to twelfth. */
    public static final Map<String, Integer> ORDINALS = ordinals();

    private static Map<String, Integer> units() {
        String[] words = {
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen"
        };
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int n = 0; n < words.length; n++) m.put(words[n], n);
        return Map.copyOf(m);
    }

    private static Map<String, Integer> ordinals() {
        String[] words = {
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth"
        };
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int n = 0; n < words.length; n++) m.put(words[n], n + 1);
        return Map.copyOf(m);
    }
}
