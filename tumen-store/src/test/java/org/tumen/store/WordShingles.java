package org.tumen.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A test double of near-duplicate detection: band keys are the text's word 5-grams that start a sentence, and two
 * texts are near-identical when their word sets overlap by 80 %. Enough to tell a repost from a different story.
 */
final class WordShingles implements NearDuplicates {
    @Override
    public List<String> bandKeys(String text) {
        List<String> keys = new ArrayList<>();
        for (String sentence : text.split("(?<=\\.)\\s+")) {
            String[] w = words(sentence);
            if (w.length >= 5) keys.add(String.join(" ", List.of(w).subList(0, 5)));
        }
        return keys;
    }

    @Override
    public boolean nearIdentical(String a, String b) {
        Set<String> x = new HashSet<>(List.of(words(a)));
        Set<String> y = new HashSet<>(List.of(words(b)));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> any = new HashSet<>(x);
        any.addAll(y);
        return any.isEmpty() || (double) both.size() / any.size() >= 0.8;
    }

    private static String[] words(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} ]", " ")
                .trim()
                .split("\\s+");
    }
}
