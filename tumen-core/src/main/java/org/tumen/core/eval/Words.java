package org.tumen.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * score.py's comparison of names and descriptions: words lower-cased, stop words dropped, trailing {@code s}
 * stripped, and parties that agree on an ISO code or share a word.
 */
final class Words {
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Set<String> STOP =
            Set.of("the", "a", "an", "of", "and", "s", "to", "in", "us", "set", "three", "car");
    // Python's '$' also matches before one final '\n'; UNIX_LINES makes Java's agree and ignore other breaks
    private static final Pattern CODE = Pattern.compile("^[A-Z]{3}$", Pattern.UNIX_LINES);

    private Words() {}

    /** {@code words(x)}: the word set of a value, of each element of a list, or of the value's str() otherwise. */
    static Set<String> of(JsonNode x) {
        Set<String> out = new HashSet<>();
        if (Py.isNone(x)) return out;
        if (x.isArray()) {
            for (JsonNode item : x) out.addAll(of(item));
            return out;
        }
        return of(Py.str(x));
    }

    static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!STOP.contains(w)) out.add(rstripS(w));
        }
        return out;
    }

    /**
     * {@code w.rstrip('s')}: every trailing s goes, so "glass" becomes "gla" and "ss" the empty word, which two
     * values can share. Checked against the stop words before stripping, as score.py does.
     */
    static String rstripS(String w) {
        int end = w.length();
        while (end > 0 && w.charAt(end - 1) == 's') end--;
        return w.substring(0, end);
    }

    static boolean intersect(Set<String> a, Set<String> b) {
        for (String w : a) if (b.contains(w)) return true;
        return false;
    }

    /** {@code same(a, b)}: equal ISO codes, or names sharing a word; two absent values agree too. */
    static boolean same(JsonNode a, JsonNode b) {
        if (Py.isNone(a) || Py.isNone(b)) return Py.isNone(a) && Py.isNone(b);
        String x = Py.str(a), y = Py.str(b);
        if (CODE.matcher(x).find() || CODE.matcher(y).find()) {
            return x.toUpperCase(Locale.ROOT).equals(y.toUpperCase(Locale.ROOT));
        }
        return intersect(of(x), of(y));
    }

    /** {@code overlap(a, b)}: some non-null party of one list (or single value) is the same as one of the other. */
    static boolean overlap(JsonNode a, JsonNode b) {
        for (JsonNode x : items(a)) {
            if (Py.isNone(x)) continue;
            for (JsonNode y : items(b)) {
                if (!Py.isNone(y) && same(x, y)) return true;
            }
        }
        return false;
    }

    /** {@code as_set(x)}: the upper-cased str() of each element, or of the value itself. */
    static Set<String> asSet(JsonNode x) {
        Set<String> out = new HashSet<>();
        if (Py.isNone(x)) return out;
        for (JsonNode item : items(x)) {
            out.add(Py.str(item).toUpperCase(Locale.ROOT));
        }
        return out;
    }

    /** {@code x if isinstance(x, list) else [x]} */
    private static List<JsonNode> items(JsonNode x) {
        if (x == null || !x.isArray()) return Collections.singletonList(x);
        List<JsonNode> out = new ArrayList<>();
        x.forEach(out::add);
        return out;
    }
}
