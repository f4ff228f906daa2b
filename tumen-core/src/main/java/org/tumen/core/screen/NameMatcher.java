package org.tumen.core.screen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Scores how likely two names name the same party, from 0 to 1, and explains the score. The screener and the
 * evaluation harness ({@link NameBench}) both use this one method, so the figures in docs/quality.md describe what
 * screening does.
 *
 * <p>Both names are normalised ({@link NameNormaliser}: any script to Latin ASCII, apostrophes and diacritics
 * dropped, titles and — for non-persons — corporate suffixes removed). Then the first rule that holds decides:
 *
 * <ol>
 *   <li><b>1.00</b> equal after normalisation;
 *   <li><b>0.98</b> the same words in another order ("PUTIN, Vladimir");
 *   <li><b>0.97</b> equal once spaces are removed ("Kim Jongun" = "Kim Jong Un"), in either word order;
 *   <li><b>0.95</b> equal under the Korean romanisation key ({@link KoreanRomanisation}), word order ignored —
 *       every token of both names must be romanised Korean syllables;
 *   <li><b>0.92</b> acronym: one name is a single token that can be spelled from the start of each word of the
 *       other, in order, a word contributing one or more leading letters and the trailing generic words allowed
 *       to contribute nothing ("KOMID" = KOrea MIning Development Trading Corporation);
 *   <li>otherwise the <b>token alignment</b> score below.
 * </ol>
 *
 * <p>Token alignment: each pair of tokens gets a similarity — 1 if equal; 0.95 if their Korean keys agree; for
 * tokens holding digits 1 if equal else 0 (numbers must agree); 0.6 for an initial that matches the other token's
 * first letter; otherwise Jaro-Winkler (less 0.1 for tokens of three letters or fewer) rescaled so that only its top
 * range counts, {@code (jw − 0.7) / 0.3} (plain Jaro-Winkler gives 0.74 to estonia/ethiopia), and at least 0.85 when
 * Jaro-Winkler ≥ 0.8, the first letters agree and the Double Metaphone codes agree. Pairs above 0 are aligned
 * greedily, best first. The score is Σ sim·(|a|+|b|) over aligned pairs divided by the total length of all tokens,
 * where an unaligned token counts 40% (a patronymic 10%) when the other name is a person's and wholly aligned (an
 * extra middle name is weak evidence against), and in full otherwise (contradicting names; an extra company word).
 * A whole-string Levenshtein ratio on the space-free names, less 0.05, is taken instead when it is higher and at
 * least 0.85 (word splits with a typo). Finally, for persons, when no token pair has similarity ≥ 0.9 the score is
 * capped at 0.6: a person match needs at least one name part that is really the same.
 *
 * <p>Contradictions cap the score at {@link #CONTRADICTION_CAP} (0.6, under the threshold): after alignment each
 * name keeps a non-particle token that is unmatched or matched below {@link #AGREE} ("Kim Jong Un" / "Kim
 * Chong-sik", "Bank of Chad" / "Bank of China"); for companies, no word outside {@link #GENERIC} agrees ("BWI
 * Industries" / "BAE Industries"), or the two carry legal forms of different families (AG / GmbH); for persons,
 * the names either side of "bin" are swapped. Before scoring, written-out legal forms become their abbreviations
 * ("Aktiengesellschaft" = AG, "Limited Liability Company" = "Obshchestvo s ogranichennoy otvetstvennostyu" = LLC
 * family), number words become digits ("Forty-Four" = 44, "1st" = "First" = 1), "ibn"/"ben" become "bin", vessel
 * prefixes (MV, M/V, MT) go, and tokens of four letters or more that agree under a romanisation fold ({@link
 * #fold}) score 0.92.
 *
 * <p>{@link #THRESHOLD} is the best-F1 point on all evaluation pairs; its out-of-sample quality is measured by
 * cross-validation (see {@link NameBench}).
 */
public final class NameMatcher {
    /**
     * The decision threshold: best F1 on all evaluation pairs, the procedure whose out-of-sample quality
     * {@link NameBench#crossValidated} measures; NameMatchingEvalTest checks it still is the fitted value.
     */
    public static final double THRESHOLD = 0.72;

    /**
     * Where the names contradict each other (below), the score is capped here: under any threshold worth using,
     * but high enough that the screener still lists the pair as a lead.
     */
    static final double CONTRADICTION_CAP = 0.6;

    /** A token pair below this similarity is a disagreement, not a spelling variant. */
    static final double AGREE = 0.5;

    /** Name particles: they carry little identity, so an unmatched one contradicts nothing. */
    static final Set<String> PARTICLES = Set.of(
            "bin", "bint", "binti", "al", "abu", "da", "de", "del", "della", "di", "do", "dos", "das", "du", "van",
            "von", "der", "den", "la", "le", "na", "y", "e");

    /**
     * Words common to many company names that say what a business does or where, not which business it is. A
     * company match needs a shared word outside this set (and outside the dropped legal-form words).
     */
    static final Set<String> GENERIC = Set.of(
            "bank",
            "banking",
            "trust",
            "industries",
            "industry",
            "industrial",
            "systems",
            "system",
            "solutions",
            "services",
            "service",
            "shipping",
            "shipbuilding",
            "maritime",
            "marine",
            "navigation",
            "management",
            "foundation",
            "aviation",
            "airlines",
            "air",
            "construction",
            "engineering",
            "energy",
            "oil",
            "gas",
            "petroleum",
            "general",
            "national",
            "global",
            "commercial",
            "development",
            "investment",
            "investments",
            "capital",
            "finance",
            "financial",
            "technology",
            "technologies",
            "tech",
            "import",
            "export",
            "trade",
            "logistics",
            "transport",
            "manufacturing",
            "mining",
            "motors",
            "equipment",
            "resources",
            "partners",
            "associates",
            "consulting",
            "products",
            "plant",
            "factory",
            "works",
            "center",
            "centre",
            "agency",
            "association",
            "society",
            "ministry",
            "bureau",
            "office",
            "department",
            "committee",
            "institute",
            "university",
            "chemical",
            "chemicals",
            "electronics",
            "electric",
            "machinery",
            "steel",
            "metals",
            "insurance",
            "securities",
            "fund",
            "network",
            "media",
            "pharmaceutical",
            "pharmaceuticals",
            "supply",
            "supplies",
            "state",
            "new",
            "union",
            "united",
            "first",
            "royal",
            "central");

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEV = LevenshteinDistance.getDefaultInstance();
    private static final DoubleMetaphone DM = new DoubleMetaphone();
    private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern.compile(
            "(ovich|evich|ovych|evych|ovna|evna|ivna|ovic|evic|owicz|ewicz|owitsch|ewitsch|owitsj|ovics|ovitch|ovitj|ovitš)$");

    /** A score and the features that produced it, in words. */
    public record Score(double value, List<String> features) {
        public Score {
            features = List.copyOf(features);
        }

        public boolean match() {
            return value >= THRESHOLD;
        }
    }

    private NameMatcher() {}

    /** Scores two names; {@code schema} is a FollowTheMoney schema name ("Person", "Company", …) or null. */
    public static Score score(String name1, String name2, String schema) {
        NameNormaliser.Normal a = NameNormaliser.normalise(name1, schema);
        NameNormaliser.Normal b = NameNormaliser.normalise(name2, schema);
        return score(a, b, schema);
    }

    static Score score(NameNormaliser.Normal a, NameNormaliser.Normal b, String schema) {
        List<String> notes = new ArrayList<>();
        if (a.transliterated() || b.transliterated()) notes.add("transliterated to Latin");
        List<String> dropped = new ArrayList<>(a.dropped());
        dropped.addAll(b.dropped());
        if (!dropped.isEmpty())
            notes.add("ignored " + String.join(", ", dropped.stream().distinct().toList()));
        if (a.tokens().isEmpty() || b.tokens().isEmpty()) return new Score(0, notes);
        Score s = rules(a, b, schema, notes);
        if (!NameNormaliser.isPerson(schema)) {
            Set<String> fa = NameNormaliser.legalFamilies(a);
            Set<String> fb = NameNormaliser.legalFamilies(b);
            if (!fa.isEmpty() && !fb.isEmpty() && Collections.disjoint(fa, fb) && s.value() > CONTRADICTION_CAP)
                return capped(s, "different legal forms " + String.join("/", fa) + " and " + String.join("/", fb));
        }
        return s;
    }

    private static Score capped(Score s, String why) {
        List<String> f = new ArrayList<>(s.features());
        f.add(0, why);
        return new Score(CONTRADICTION_CAP, f);
    }

    private static Score rules(NameNormaliser.Normal a, NameNormaliser.Normal b, String schema, List<String> notes) {
        if (NameNormaliser.isPerson(schema) && binSwapped(a.tokens(), b.tokens()))
            return with(CONTRADICTION_CAP, notes, "the names either side of bin are swapped (father and son)");
        if (a.joined().equals(b.joined())) return with(1.0, notes, "equal after normalisation");
        if (sorted(a.tokens()).equals(sorted(b.tokens()))) return with(0.98, notes, "same words in another order");
        if (compactEqual(a.tokens(), b.tokens())) return with(0.97, notes, "equal once spaces and hyphens are removed");
        String ka = koreanKey(a.tokens());
        String kb = koreanKey(b.tokens());
        if (ka != null && ka.equals(kb))
            return with(0.95, notes, "equal after Korean romanisation normalisation (" + ka + ")");
        if (!NameNormaliser.isPerson(schema)) {
            String acr = acronym(a.original(), b.original());
            if (acr == null) acr = acronym(b.original(), a.original());
            if (acr != null) return with(0.92, notes, acr);
        }
        return align(a.tokens(), b.tokens(), NameNormaliser.isPerson(schema), notes);
    }

    /** "Salman bin Muhammad" is Muhammad's son; "Muhammad bin Salman" is Salman's. */
    static boolean binSwapped(List<String> a, List<String> b) {
        int i = a.indexOf("bin");
        int j = b.indexOf("bin");
        if (i <= 0 || j <= 0 || i + 1 >= a.size() || j + 1 >= b.size()) return false;
        String a0 = a.get(i - 1), a1 = a.get(i + 1), b0 = b.get(j - 1), b1 = b.get(j + 1);
        return !a0.equals(a1) && a0.equals(b1) && a1.equals(b0);
    }

    private static Score with(double v, List<String> notes, String feature) {
        List<String> f = new ArrayList<>();
        f.add(feature);
        f.addAll(notes);
        return new Score(v, f);
    }

    private static Score align(List<String> a, List<String> b, boolean person, List<String> notes) {
        record Pair(int i, int j, double sim, String why) {}
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++)
            for (int j = 0; j < b.size(); j++) {
                String[] why = new String[1];
                double s = tokenSim(a.get(i), b.get(j), why);
                if (s > 0) pairs.add(new Pair(i, j, s, why[0]));
            }
        pairs.sort((p, q) -> Double.compare(q.sim(), p.sim()));
        boolean[] ua = new boolean[a.size()];
        boolean[] ub = new boolean[b.size()];
        double aligned = 0;
        boolean strong = false;
        boolean distinctiveAgrees = false;
        double[][] bestSim = {new double[a.size()], new double[b.size()]};
        List<String> features = new ArrayList<>();
        for (Pair p : pairs) {
            if (ua[p.i()] || ub[p.j()]) continue;
            ua[p.i()] = true;
            ub[p.j()] = true;
            bestSim[0][p.i()] = p.sim();
            bestSim[1][p.j()] = p.sim();
            if (p.sim() >= 0.85 && !GENERIC.contains(a.get(p.i())) && !GENERIC.contains(b.get(p.j())))
                distinctiveAgrees = true;
            aligned += p.sim() * (a.get(p.i()).length() + b.get(p.j()).length());
            if (p.sim() >= 0.9) strong = true;
            if (p.why() != null) features.add(p.why());
        }
        boolean allA = allTrue(ua);
        boolean allB = allTrue(ub);
        double total = 0;
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) total += weight(a.get(i), ua[i], allB && person, extra);
        for (int j = 0; j < b.size(); j++) total += weight(b.get(j), ub[j], allA && person, extra);
        double score = total == 0 ? 0 : aligned / total;
        if (!extra.isEmpty()) features.add("unmatched " + String.join(", ", extra));
        double whole = 1
                - (double) LEV.apply(String.join("", a), String.join("", b))
                        / Math.max(
                                String.join("", a).length(), String.join("", b).length());
        if (whole - 0.05 > score && whole >= 0.85) {
            score = whole - 0.05;
            features.add(String.format("whole-name Levenshtein ratio %.2f", whole));
            strong = strong || whole >= 0.9;
        }
        if (person && !strong && score > 0.6) {
            score = 0.6;
            features.add("no name part really agrees");
        }
        // both names keep a part the other contradicts: "Kim Jong Un" is not "Kim Chong-sik", "Bank of Chad" not
        // "Bank of China", "Saudi Arabian Gas" not "Saudi Arabian Oil"
        List<String> offA = new ArrayList<>();
        List<String> offB = new ArrayList<>();
        for (int i = 0; i < a.size(); i++)
            if (bestSim[0][i] < AGREE && !PARTICLES.contains(a.get(i))) offA.add(a.get(i));
        for (int j = 0; j < b.size(); j++)
            if (bestSim[1][j] < AGREE && !PARTICLES.contains(b.get(j))) offB.add(b.get(j));
        if (!offA.isEmpty() && !offB.isEmpty() && score > CONTRADICTION_CAP) {
            score = CONTRADICTION_CAP;
            features.add(
                    "each name has a part the other lacks: " + String.join(" ", offA) + " / " + String.join(" ", offB));
        }
        if (!person && !distinctiveAgrees && hasDistinctive(a) && hasDistinctive(b) && score > CONTRADICTION_CAP) {
            score = CONTRADICTION_CAP;
            features.add("only generic words agree");
        }
        features.add(0, String.format("token alignment %.2f", score));
        features.addAll(notes);
        return new Score(Math.max(0, Math.min(1, score)), features);
    }

    private static boolean hasDistinctive(List<String> tokens) {
        for (String t : tokens) if (!GENERIC.contains(t)) return true;
        return false;
    }

    private static double weight(String token, boolean aligned, boolean otherAllAligned, List<String> extra) {
        if (aligned) return token.length();
        extra.add(token);
        if (!otherAllAligned) return token.length();
        // a patronymic says least: many share it, and one form of a name often leaves it out
        return (PATRONYMIC.matcher(token).find() ? 0.1 : 0.4) * token.length();
    }

    /** The similarity of two tokens, with a word for the feature that decided it (null for plain equality). */
    static double tokenSim(String x, String y, String[] why) {
        if (x.equals(y)) return 1;
        if (hasDigit(x) || hasDigit(y)) return 0;
        if (x.length() == 1 || y.length() == 1) {
            if (x.charAt(0) == y.charAt(0)) {
                why[0] = "initial " + (x.length() == 1 ? x : y).toUpperCase();
                return 0.6;
            }
            return 0;
        }
        String kx = KoreanRomanisation.key(x);
        if (kx != null && kx.equals(KoreanRomanisation.key(y))) {
            why[0] = "Korean romanisation variants " + x + "/" + y;
            return 0.95;
        }
        if (Math.min(x.length(), y.length()) >= 4 && fold(x).equals(fold(y))) {
            why[0] = "transliteration variants " + x + "/" + y;
            return 0.92;
        }
        double jw = JW.apply(x, y);
        if (Math.min(x.length(), y.length()) <= 3) jw -= 0.1;
        if (jw >= 0.8 && x.charAt(0) == y.charAt(0) && DM.isDoubleMetaphoneEqual(x, y)) {
            why[0] = "sound alike " + x + "/" + y + " (Double Metaphone)";
            return Math.max(0.85, (jw - 0.7) / 0.3);
        }
        // Jaro-Winkler is generous (0.74 for estonia/ethiopia): only its top range is evidence, rescaled to 0..1
        double s = (jw - 0.7) / 0.3;
        if (s > 0) why[0] = String.format("Jaro-Winkler %.2f on %s/%s", jw, x, y);
        return Math.max(0, s);
    }

    /**
     * A key under which common romanisation variants of one name agree: w/v, ph/f, kh/h, gh/g, q/k, ck/k, zh/dzh/dj/j,
     * z/s, ou/oo/u, ee/i, y/j/i, and doubled letters single ("Wolodymyr Selenskyj" = "Volodymyr Zelenskyy",
     * "Mahmood" = "Mahmoud", "Ahmadinezhad" = "Ahmadinejad").
     */
    static String fold(String t) {
        return FOLDS.get(t);
    }

    private static final Memo<String> FOLDS = new Memo<>(200_000, NameMatcher::computeFold);

    private static String computeFold(String t) {
        String s = t.replace("dzh", "j")
                .replace("zh", "j")
                .replace("dj", "j")
                .replace("ph", "f")
                .replace("kh", "h")
                .replace("gh", "g")
                .replace("ck", "k")
                .replace('q', 'k')
                .replace('w', 'v')
                .replace('z', 's')
                .replace("ou", "u")
                .replace("oo", "u")
                .replace("ee", "i")
                .replace('y', 'i')
                .replace('j', 'i');
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) if (i == 0 || s.charAt(i) != s.charAt(i - 1)) out.append(s.charAt(i));
        return out.toString();
    }

    /**
     * An explanation if {@code acr} (a single token of 2–8 letters) can be spelled by taking one or more leading
     * letters from each word of {@code full} in order, skipping only generic trailing or stop words.
     */
    static String acronym(String acr, String full) {
        List<String> at = NameNormaliser.allTokens(acr);
        List<String> ft = NameNormaliser.allTokens(full);
        if (at.size() != 1 || ft.size() < 2) return null;
        String x = at.getFirst();
        if (x.length() < 2 || x.length() > 8 || hasDigit(x)) return null;
        if (spell(x, 0, ft, 0, 0) >= 2) return "acronym " + x.toUpperCase() + " of " + full.toUpperCase();
        return null;
    }

    /** Returns the number of words used when x[i..] can be spelled from words w[j..], or -1. */
    private static int spell(String x, int i, List<String> w, int j, int used) {
        if (i == x.length()) {
            for (int k = j; k < w.size(); k++) if (!skippable(w.get(k))) return -1;
            return used;
        }
        if (j == w.size()) return -1;
        String word = w.get(j);
        for (int len = Math.min(word.length(), x.length() - i); len >= 1; len--) {
            if (!word.startsWith(x.substring(i, i + len))) continue;
            int r = spell(x, i + len, w, j + 1, used + 1);
            if (r >= 0) return r;
        }
        if (j > 0 && skippable(word)) return spell(x, i, w, j + 1, used);
        return -1;
    }

    private static boolean skippable(String word) {
        return NameNormaliser.CORPORATE.contains(word)
                || List.of("of", "and", "for", "the").contains(word);
    }

    private static String koreanKey(List<String> tokens) {
        List<String> keys = new ArrayList<>();
        for (String t : tokens) {
            String k = KoreanRomanisation.key(t);
            if (k == null) return null;
            keys.add(k);
        }
        if (keys.size() < 1 || String.join("", keys).length() < 4) return null;
        // word order: surname first or last; a given name split or joined: compare the sorted... only surname moves
        String first = keys.getFirst();
        List<String> rest = keys.subList(1, keys.size());
        String forward = first + "|" + String.join("", rest);
        String backward = keys.getLast() + "|" + String.join("", keys.subList(0, keys.size() - 1));
        return forward.compareTo(backward) <= 0 ? forward : backward;
    }

    private static boolean compactEqual(List<String> a, List<String> b) {
        if (String.join("", a).equals(String.join("", b))) return true;
        return String.join("", sorted(a)).equals(String.join("", sorted(b)));
    }

    private static List<String> sorted(List<String> tokens) {
        List<String> s = new ArrayList<>(tokens);
        Collections.sort(s);
        return s;
    }

    private static boolean allTrue(boolean[] v) {
        for (boolean b : v) if (!b) return false;
        return true;
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }
}
