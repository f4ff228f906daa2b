package org.tumen.core.ingest;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts back the spaces a scraper lost around names: KCNA sets leaders' names in their own HTML spans, and the
 * scraped text reads "ComradeKim Jong Uninvited". The named-entity recogniser cannot find a name glued into a
 * word, so the repair has to happen before annotation.
 *
 * <p>A glued word is split off only where the join is not itself a word: a name of several words ("Kim Jong
 * Un") is specific enough that anything glued to it is a separate word ("Uninvited" only after "Kim Jong"); a
 * single word such as a title is split off only from a capitalised word ("ComradeKim"), because "Comrades" and
 * "Marshall" are words.
 */
final class GluedNames {
    private final Pattern names;

    GluedNames(Collection<String> knownNames) {
        List<String> sorted = new LinkedHashSet<>(knownNames)
                .stream()
                        .map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .map(name -> name.replaceAll("\\s+", " "))
                        .distinct()
                        // Longest first, so that "Comrades" wins over "Comrade" and "Kim Song Nam" over a shorter name.
                        .sorted(Comparator.comparingInt(String::length)
                                .reversed()
                                .thenComparing(Comparator.naturalOrder()))
                        .toList();
        this.names = sorted.isEmpty()
                ? null
                : Pattern.compile(sorted.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    }

    String repair(String text) {
        if (names == null) return text;
        Matcher m = names.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        do {
            int start = m.start();
            int end = m.end();
            boolean severalWords = m.group().indexOf(' ') >= 0;
            out.append(text, last, start);
            if (start > 0 && Character.isLetter(text.charAt(start - 1)) && Character.isUpperCase(text.charAt(start))) {
                appendSpace(out);
            }
            out.append(text, start, end);
            if (end < text.length()) {
                char next = text.charAt(end);
                if (Character.isLetter(next) && (severalWords || Character.isUpperCase(next))) out.append(' ');
            }
            last = end;
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    private static void appendSpace(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') out.append(' ');
    }
}
