package org.tumen.core.screen;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tumen.core.text.NumberWords;

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
            "cooperation",
            "ano",
            "spzoo",
            "sro",
            "sprl",
            "and",
            "of",
            "und",
            "et"));

    /**
     * Legal forms written out, folded to their usual abbreviation before anything is dropped, so that "Siemens
     * Aktiengesellschaft" = "Siemens AG" and "OOO Baikal" = "Limited Liability Company Baikal". Applied to the
     * lower-case ASCII tokens joined by single spaces; the Russian and Ukrainian forms are matched as ICU
     * romanises them and in the common English-style transliteration.
     */
    private static final List<Map.Entry<Pattern, String>> LEGAL_FORMS = List.of(
            form("aktienges\\w*", "ag"),
            form("gesellschaft mit beschr\\w* haftung", "gmbh"),
            form("ob\\w*estvo s ogranich?enn\\w* otvetstvennost\\w*( y?u)?", "ooo"),
            form("tovar[iy]stvo z obmezh?en\\w* vidpovidal\\w*( nistu| nistyu)?", "tov"),
            form("(publi\\w*|otkryt\\w*|zakryt\\w*|nepubli\\w*) ak[ct]s?ionern\\w* ob\\w*estvo", "jsc"),
            form("ak[ct]s?ionern\\w* ob\\w*estvo", "jsc"),
            form("avtonomn\\w* nekommerch?esk\\w* organiza\\w*", "ano"),
            form("limited liability (company|partnership)", "llc"),
            form("(public |open |closed |private )?joint stock company", "jsc"),
            form("public limited company", "plc"),
            form("societatea cu raspundere limitata", "srl"),
            form("sociedad de responsabilidad limitada", "srl"),
            form("spolka z ograniczona odpowiedzialnoscia", "spzoo"),
            form("sp z o o", "spzoo"),
            form("societe anonyme|sociedad anonima|societe anonyme", "sa"),
            form("besloten vennootschap", "bv"),
            form("naamloze vennootschap", "nv"),
            form("limited", "ltd"),
            form("incorporated", "inc"),
            form("corporation", "corp"),
            form("company", "co"));

    /** Legal forms that say which kind of body in law; two names with forms from different families differ. */
    static final Map<String, String> LEGAL_FAMILY = Map.ofEntries(
            Map.entry("ag", "ag"),
            Map.entry("gmbh", "gmbh"),
            Map.entry("llc", "llc"),
            Map.entry("ooo", "llc"),
            Map.entry("tov", "llc"),
            Map.entry("ltd", "llc"),
            Map.entry("jsc", "jsc"),
            Map.entry("ojsc", "jsc"),
            Map.entry("pjsc", "jsc"),
            Map.entry("cjsc", "jsc"),
            Map.entry("ao", "jsc"),
            Map.entry("zao", "jsc"),
            Map.entry("oao", "jsc"),
            Map.entry("pao", "jsc"),
            Map.entry("ano", "ano"),
            Map.entry("srl", "srl"),
            Map.entry("sarl", "srl"),
            Map.entry("spzoo", "spzoo"),
            Map.entry("bv", "bv"),
            Map.entry("nv", "nv"));

    /** Units and ordinals (the shared number words) that a name may spell out ("Seventh General Bureau"). */
    private static final Map<String, Integer> UNITS = units();

    /** The tens, and a common misspelling. */
    private static final Map<String, Integer> TENS = tens();

    private static Map<String, Integer> units() {
        Map<String, Integer> m = new java.util.HashMap<>(NumberWords.UNITS);
        m.putAll(NumberWords.ORDINALS);
        return Map.copyOf(m);
    }

    private static Map<String, Integer> tens() {
        Map<String, Integer> m = new java.util.HashMap<>(NumberWords.TENS);
        m.put("fourty", 40);
        return Map.copyOf(m);
    }

    private static final Pattern ORDINAL_DIGITS = Pattern.compile("([0-9]+)(st|nd|rd|th)");

    /** Vessel-type prefixes ("MV", "M/V", "MT"): they say what kind of ship, not which. */
    private static final Set<String> VESSEL_PREFIXES = Set.of("mv", "mt", "ms", "ss", "fv", "my");

    private static Map.Entry<Pattern, String> form(String regex, String abbreviation) {
        return Map.entry(Pattern.compile("(?<![a-z0-9])(" + regex + ")(?![a-z0-9])"), abbreviation);
    }

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
        String lower = latin.toLowerCase(Locale.ROOT).replace("&", " and ");
        List<String> all = new ArrayList<>();
        for (String t : NON_ALNUM.split(lower)) if (!t.isEmpty()) all.add(t);
        boolean person = isPerson(schema);
        if (!person) all = legalForms(all);
        all = numbers(all);
        if (person) all = particles(all);
        if ("Vessel".equalsIgnoreCase(schema)) all = vesselPrefix(all);
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (String t : all) {
            if (TITLES.contains(t) || (!person && CORPORATE.contains(t))) dropped.add(t);
            else kept.add(t);
        }
        if (kept.isEmpty()) return new Normal(name, all, List.of(), nonLatin);
        return new Normal(name, kept, dropped, nonLatin);
    }

    /** Written-out legal forms replaced by their abbreviation ({@link #LEGAL_FORMS}). */
    static List<String> legalForms(List<String> tokens) {
        String joined = String.join(" ", tokens);
        for (Map.Entry<Pattern, String> f : LEGAL_FORMS)
            joined = f.getKey().matcher(joined).replaceAll(f.getValue());
        List<String> out = new ArrayList<>();
        for (String t : joined.split(" ")) if (!t.isEmpty()) out.add(t);
        return out;
    }

    /**
     * Numbers as digits: "1st" and "first" are 1, "forty-four", "forty four" and "forty 4" are 44 (tens followed by a
     * unit combine).
     */
    static List<String> numbers(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            var ord = ORDINAL_DIGITS.matcher(t);
            if (ord.matches()) t = ord.group(1);
            Integer tens = TENS.get(t);
            if (tens != null) {
                int value = tens;
                if (i + 1 < tokens.size()) {
                    String next = tokens.get(i + 1);
                    Integer unit = UNITS.get(next);
                    if (unit == null && next.length() == 1 && Character.isDigit(next.charAt(0)))
                        unit = next.charAt(0) - '0';
                    if (unit != null && unit >= 1 && unit <= 9) {
                        value += unit;
                        i++;
                    }
                }
                out.add(Integer.toString(value));
                continue;
            }
            Integer unit = UNITS.get(t);
            out.add(unit != null ? unit.toString() : t);
        }
        return out;
    }

    /**
     * Arabic name particles in one spelling: "ibn" and (not first) "ben" are "bin", "el" (not first) is "al" —
     * "Usama ibn Laden" = "Osama bin Laden".
     */
    static List<String> particles(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("ibn") || (i > 0 && t.equals("ben"))) t = "bin";
            else if (i > 0 && t.equals("el")) t = "al";
            out.add(t);
        }
        return out;
    }

    private static List<String> vesselPrefix(List<String> tokens) {
        if (tokens.size() > 1 && VESSEL_PREFIXES.contains(tokens.getFirst())) return tokens.subList(1, tokens.size());
        if (tokens.size() > 2
                && tokens.get(0).length() == 1
                && tokens.get(1).length() == 1
                && VESSEL_PREFIXES.contains(tokens.get(0) + tokens.get(1))) return tokens.subList(2, tokens.size());
        return tokens;
    }

    /** The legal-form families a normalised name carries (from its dropped words). */
    static Set<String> legalFamilies(Normal n) {
        Set<String> out = new java.util.HashSet<>();
        for (String d : n.dropped()) {
            String f = LEGAL_FAMILY.get(d);
            if (f != null) out.add(f);
        }
        return out;
    }

    /** All tokens, nothing dropped: an acronym may spell a suffix too ("JSC", "Co."), so it is tried on the full name. */
    public static List<String> allTokens(String name) {
        return ALL_TOKENS.get(name);
    }

    private static final Memo<List<String>> ALL_TOKENS = new Memo<>(100_000, NameNormaliser::computeAllTokens);

    private static List<String> computeAllTokens(String name) {
        String text = APOSTROPHES.matcher(name).replaceAll("");
        String latin = NON_ASCII.matcher(text).find() ? LATIN.get().transliterate(text) : text;
        List<String> all = new ArrayList<>();
        for (String t : NON_ALNUM.split(latin.toLowerCase(Locale.ROOT))) if (!t.isEmpty()) all.add(t);
        return List.copyOf(all);
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
