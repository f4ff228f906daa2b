package org.tumen.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Item words compared the way the event contract compares them: lower case, a trailing s dropped. */
final class GoodsWords {
    private static final Set<String> STOP = Set.of(
            "the",
            "and",
            "of",
            "for",
            "with",
            "from",
            "to",
            "its",
            "their",
            "some",
            "number",
            "significant",
            "goods",
            "cargo",
            "shipment",
            "item",
            "thi",
            "that",
            "other",
            "new",
            "old");

    private GoodsWords() {}

    static List<String> tokens(String text) {
        if (text == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) continue;
            out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    /** The first rule word or phrase that occurs, as whole words, in the item; null when none. */
    static String firstMatch(List<String> ruleWords, String item) {
        List<String> itemTokens = tokens(item);
        for (String phrase : ruleWords) {
            List<String> p = tokens(phrase);
            if (!p.isEmpty() && Collections.indexOfSubList(itemTokens, p) >= 0) return phrase;
        }
        return null;
    }

    /** Whether the text shares a content word with the item. */
    static boolean sharesContentWord(String item, String text) {
        List<String> words = tokens(text);
        return tokens(item).stream()
                .filter(w -> w.length() >= 3 && !STOP.contains(w))
                .anyMatch(words::contains);
    }
}
