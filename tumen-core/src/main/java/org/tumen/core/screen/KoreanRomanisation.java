package org.tumen.core.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A loose key under which the romanisations of one Korean name agree: McCune–Reischauer with or without breves and
 * apostrophes ("Kim Chŏng-sik", "Kim Cho'ng-sik", "Kim Chong-sik"), Revised Romanisation ("Gim Jeong-sik", also
 * what ICU makes of Hangul 김정식) and the DPRK's own spellings ("Kim Jong Sik", "Ri", "Ryo").
 *
 * <p>A token is first split into Korean syllables (onset, vowel, coda, from the romanised inventories of the
 * three systems); only a token that splits completely gets a key, so "Vladimir" is left alone (though "Putin", as pu-tin, is not). Each
 * syllable is then folded: {@code eo, ŏ → o}; {@code eu, ŭ → u}; the consonant pairs that the systems write
 * differently in Korean syllables collapse — {@code ch/j/ts → j}, {@code k/g → g}, {@code t/d → d}, {@code p/b → b},
 * {@code r/l → r}, {@code sh → s}; doubled (tense) consonants become single. Common surnames have many spellings
 * that no rule covers (Lee/Yi/Ri/Rhee, Park/Pak/Bak, Choi/Choe, Roh/No/Ro), so they come from a table.
 */
public final class KoreanRomanisation {
    private static final List<String> ONSETS = List.of(
            "kk", "tt", "pp", "ss", "jj", "ch", "ts", "sh", "ng", "k", "g", "n", "d", "t", "r", "l", "m", "b", "p", "s",
            "j", "h", "");
    private static final List<String> VOWELS = List.of(
            "yeo", "wae", "yae", "ae", "ya", "eo", "ye", "wa", "oe", "oi", "yo", "wo", "we", "wi", "yu", "eu", "ui",
            "yu", "a", "e", "o", "u", "i");
    private static final List<String> CODAS = List.of("ng", "k", "g", "n", "t", "d", "l", "r", "m", "p", "b", "");

    private static final Map<String, String> SURNAMES = Map.ofEntries(
            Map.entry("lee", "ri"),
            Map.entry("yi", "ri"),
            Map.entry("rhee", "ri"),
            Map.entry("rhie", "ri"),
            Map.entry("ri", "ri"),
            Map.entry("li", "ri"),
            Map.entry("park", "bag"),
            Map.entry("pak", "bag"),
            Map.entry("bak", "bag"),
            Map.entry("bag", "bag"),
            Map.entry("choi", "jo"),
            Map.entry("choe", "jo"),
            Map.entry("chwe", "jo"),
            Map.entry("roh", "ro"),
            Map.entry("noh", "ro"),
            Map.entry("no", "ro"),
            Map.entry("ro", "ro"),
            Map.entry("ryu", "ryu"),
            Map.entry("yu", "ryu"),
            Map.entry("yoo", "ryu"),
            Map.entry("ryom", "rom"),
            Map.entry("yeom", "rom"),
            Map.entry("yom", "rom"),
            Map.entry("rim", "rim"),
            Map.entry("lim", "rim"),
            Map.entry("im", "rim"),
            Map.entry("kang", "gang"),
            Map.entry("gang", "gang"),
            Map.entry("jung", "jong"),
            Map.entry("chung", "jong"),
            Map.entry("jeong", "jong"),
            Map.entry("chong", "jong"),
            Map.entry("jong", "jong"));

    private KoreanRomanisation() {}

    private static final Memo<String> KEYS = new Memo<>(200_000, KoreanRomanisation::computeKey);

    /** The folded key of one token, or null when the token is not a run of romanised Korean syllables. */
    public static String key(String token) {
        return KEYS.get(token);
    }

    private static String computeKey(String token) {
        String t =
                token.replace("ŏ", "eo").replace("ǒ", "eo").replace("ŭ", "eu").replace("ǔ", "eu");
        String surname = SURNAMES.get(t);
        if (surname != null) return surname;
        List<String> syllables = new ArrayList<>();
        if (t.length() > 12 || !split(t, 0, syllables)) return null;
        StringBuilder key = new StringBuilder();
        for (String s : syllables) key.append(fold(s));
        return key.toString();
    }

    /** Backtracking split into at most four syllables; the first split found, longest parts first. */
    private static boolean split(String t, int from, List<String> out) {
        if (from == t.length()) return !out.isEmpty();
        if (out.size() == 4) return false;
        for (String on : ONSETS) {
            if (!t.startsWith(on, from)) continue;
            int v0 = from + on.length();
            for (String v : VOWELS) {
                if (!t.startsWith(v, v0)) continue;
                int c0 = v0 + v.length();
                for (String c : CODAS) {
                    if (!t.startsWith(c, c0)) continue;
                    int end = c0 + c.length();
                    // a coda that is really the next syllable's onset ("jongun" = jong + un) is tried by backtracking
                    out.add(t.substring(from, end));
                    if (split(t, end, out)) return true;
                    out.removeLast();
                }
            }
        }
        return false;
    }

    private static String fold(String syllable) {
        String s = syllable;
        s = s.replace("eo", "o").replace("eu", "u").replace("oi", "oe");
        s = s.replace("kk", "g")
                .replace("tt", "d")
                .replace("pp", "b")
                .replace("ss", "s")
                .replace("jj", "j");
        s = s.replace("ch", "j").replace("ts", "j").replace("sh", "s").replace("ng", "N");
        s = s.replace('k', 'g').replace('t', 'd').replace('p', 'b').replace('l', 'r');
        return s.replace("N", "ng");
    }
}
