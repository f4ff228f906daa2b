package org.tumen.core.fuse;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word comparison for matching roles across reports. It follows the eval contract's rules (lower case, stop words
 * out, a trailing {@code s} dropped) so that two mentions fuse when the scorer would call them the same event, and
 * adds the words of trade itself ("trade", "exports", "supply") to the stop words: every transfer and every denial
 * of one uses them, so sharing one says nothing about sharing the goods.
 */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Set<String> STOP = Set.of(
            "the",
            "a",
            "an",
            "of",
            "and",
            "s",
            "to",
            "in",
            "on",
            "for",
            "from",
            "with",
            "by",
            "its",
            "their",
            "us",
            "that",
            "this",
            "any",
            "all",
            "some",
            "trade",
            "export",
            "import",
            "supply",
            "supplie",
            "supplying",
            "shipment",
            "deliverie",
            "delivery",
            "transfer",
            "sale",
            "deal",
            "sending",
            "sent",
            "covert",
            "covertly",
            "secret",
            "secretly",
            "september",
            "never",
            "number",
            "significant");
    /**
     * Goods that a report may name only generically: "the weapons trade" or "arms exports" agree with a transfer of
     * artillery shells. Stems as {@link #of} leaves them (trailing s gone).
     */
    private static final Set<String> ARMS = Set.of(
            "arm",
            "weapon",
            "ammunition",
            "munition",
            "shell",
            "artillery",
            "missile",
            "rocket",
            "gun",
            "rifle",
            "ordnance",
            "explosive",
            "grenade",
            "launcher",
            "military");

    private Words() {}

    static Set<String> of(Object value) {
        Set<String> out = new LinkedHashSet<>();
        if (value == null) return out;
        if (value instanceof Collection<?> items) {
            for (Object item : items) out.addAll(of(item));
            return out;
        }
        Matcher m = WORD.matcher(value.toString().toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = stripS(m.group());
            if (!w.isEmpty() && !STOP.contains(w) && !STOP.contains(m.group())) out.add(w);
        }
        return out;
    }

    static boolean share(Set<String> a, Set<String> b) {
        for (String w : a) if (b.contains(w)) return true;
        return false;
    }

    /** Whether these words name arms (weapons, ammunition, shells …) — the goods the UN DPRK arms embargo covers. */
    static boolean arms(Set<String> words) {
        for (String w : words) if (ARMS.contains(w)) return true;
        return false;
    }

    /** The eval contract's party rule: equal ISO codes, or, for names, a shared word. */
    static boolean sameParty(Object a, Object b) {
        if (a == null || b == null) return false;
        String x = a.toString().strip(), y = b.toString().strip();
        if (CODE.matcher(x).matches() || CODE.matcher(y).matches()) return x.equalsIgnoreCase(y);
        return share(of(x), of(y));
    }

    /** Some party of one (a list or a single value) is the same as some party of the other. */
    static boolean overlap(Object a, Object b) {
        for (Object x : items(a)) {
            for (Object y : items(b)) {
                if (sameParty(x, y)) return true;
            }
        }
        return false;
    }

    static List<?> items(Object value) {
        if (value == null) return List.of();
        if (value instanceof List<?> l) return l;
        return List.of(value);
    }

    static boolean absent(Object value) {
        return value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
    }

    private static String stripS(String w) {
        int end = w.length();
        while (end > 1 && w.charAt(end - 1) == 's') end--;
        return w.substring(0, end);
    }
}
