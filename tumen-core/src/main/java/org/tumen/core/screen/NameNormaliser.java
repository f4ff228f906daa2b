package org.tumen.core.screen;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a name in any script into lower-case ASCII tokens, and says what it dropped.
 *
 * <p>Steps: apostrophes of every kind are deleted (McCune–Reischauer writes ŏ as {@code o'} and aspiration as
 * {@code ch'}; deleting them makes "Cho'ng", "Cho’ng" and "Chong" one token); ICU {@code Any-Latin; Latin-ASCII}
 * turns Hangul (Revised Romanisation), Cyrillic, Greek, Arabic, Han and kana into Latin and drops diacritics (ŏ, ŭ,
 * é); hyphens and punctuation split tokens; titles ("President", "Dr") always, and corporate suffixes ("Co.",
 * "Ltd", "Corporation", "LLC", "JSC", "Trading", …) for non-persons, are removed unless nothing would be left.
 */
public final class NameNormaliser {
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʼʻ´]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** A Hangul word of 2–4 syllables: a Korean name written solid, surname first ("김정은"). */
    private static final Pattern HANGUL_NAME =
            Pattern.compile("(?<![\\uAC00-\\uD7A3])([\\uAC00-\\uD7A3])([\\uAC00-\\uD7A3]{1,3})(?![\\uAC00-\\uD7A3])");

    private static final Pattern NON_ASCII = Pattern.compile("[^\\p{ASCII}]");

    /** Honorifics and offices, including the translations that the Putin surface forms use. */
    static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "prof",
            "sir",
            "sheikh",
            "shaikh",
            "haji",
            "hajji",
            "president",
            "presidente",
            "prasident",
            "praesident",
            "predsjednik",
            "presedintele",
            "presiden",
            "prezident",
            "prezydent",
            "elnok",
            "presidentti",
            "presidenten",
            "rais",
            "general",
            "gen",
            "col",
            "colonel",
            "capt",
            "captain",
            "mister",
            "madame",
            "herr",
            "frau",
            "senor",
            "don");

    /** Legal-form and generic business words: they say what kind of body, not which one. */
    static final Set<String> CORPORATE = Set.copyOf(List.of(
            "co",
            "company",
            "companies",
            "corp",
            "corporation",
            "inc",
            "incorporated",
            "ltd",
            "limited",
            "llc",
            "llp",
            "lp",
            "plc",
            "jsc",
            "ojsc",
            "pjsc",
            "cjsc",
            "ojs",
            "zao",
            "ooo",
            "oao",
            "pao",
            "ao",
            "tov",
            "gmbh",
            "ag",
            "kg",
            "sa",
            "sas",
            "sarl",
            "srl",
            "spa",
            "bv",
            "nv",
            "kft",
            "pte",
            "pvt",
            "pty",
            "sdn",
            "bhd",
            "fze",
            "fzco",
            "fzc",
            "fzllc",
            "llc",
            "trading",
            "group",
            "holding",
            "holdings",
            "enterprise",
            "enterprises",
            "the",
            "liability",
            "joint",
            "stock",
            "private",
            "public",
            "closed",
            "open",
            "de",
            "cv",
            "international",
            "intl",
            "ltda",
            "as",
            "ab",
            "oy",
            "aps",
            "doo",
            "jv",
            "cooperation"));

    private static final ThreadLocal<Transliterator> LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private NameNormaliser() {}

    /** A normalised name: its tokens, and which tokens were dropped as titles or corporate suffixes. */
    public record Normal(String original, List<String> tokens, List<String> dropped, boolean transliterated) {
        public String joined() {
            return String.join(" ", tokens);
        }

        public String compact() {
            return String.join("", tokens);
        }
    }

    public static Normal normalise(String name, String schema) {
        String text = APOSTROPHES.matcher(name).replaceAll("");
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // ICU romanises 김정은 as one word, "gimjeong-eun"; Korean writes names solid, so part the surname off first
        text = HANGUL_NAME.matcher(text).replaceAll("$1 $2");
        boolean nonLatin = NON_ASCII.matcher(text).find() && !latinish(text);
        String latin = NON_ASCII.matcher(text).find() ? LATIN.get().transliterate(text) : text;
        String lower = latin.toLowerCase(Locale.ROOT);
        List<String> all = new ArrayList<>();
        for (String t : NON_ALNUM.split(lower)) if (!t.isEmpty()) all.add(t);
        boolean person = isPerson(schema);
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (String t : all) {
            if (TITLES.contains(t) || (!person && CORPORATE.contains(t))) dropped.add(t);
            else kept.add(t);
        }
        if (kept.isEmpty()) return new Normal(name, all, List.of(), nonLatin);
        return new Normal(name, kept, dropped, nonLatin);
    }

    /** All tokens, nothing dropped: an acronym may spell a suffix too ("JSC", "Co."), so it is tried on the full name. */
    public static List<String> allTokens(String name) {
        String text = APOSTROPHES.matcher(name).replaceAll("");
        String latin = NON_ASCII.matcher(text).find() ? LATIN.get().transliterate(text) : text;
        List<String> all = new ArrayList<>();
        for (String t : NON_ALNUM.split(latin.toLowerCase(Locale.ROOT))) if (!t.isEmpty()) all.add(t);
        return all;
    }

    static boolean isPerson(String schema) {
        return schema == null || schema.equalsIgnoreCase("Person");
    }

    /** Latin letters with diacritics are not "another script": no transliteration feature for "Pérez". */
    private static boolean latinish(String text) {
        return text.codePoints()
                .filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
