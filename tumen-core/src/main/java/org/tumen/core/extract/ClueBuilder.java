package org.tumen.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tumen.core.annotate.AnnotatedText;
import org.tumen.core.annotate.Sentence;
import org.tumen.core.annotate.Token;
import org.tumen.core.recognise.Mention;
import org.tumen.core.recognise.MentionDetail;
import org.tumen.core.time.TimeExpression;

/**
 * Joins what the language layer and the domain recognisers found into one list of clues: countries, goods,
 * vehicles, quantities, crossing points, times, and the persons and organisations CoreNLP's NER tagged that the
 * gazetteer does not know. Leaders named in {@code leaders.tsv} count as their state.
 */
public final class ClueBuilder {
    private static final Set<String> NAMED_NER = Set.of("PERSON", "ORGANIZATION");
    private final Map<String, String> leaders;

    public ClueBuilder() {
        this.leaders = Leaders.load();
    }

    public Clues build(AnnotatedText annotated, List<Mention> mentions, List<TimeExpression> times) {
        List<Clue> out = new ArrayList<>();
        for (Mention m : mentions) {
            Clue c = fromMention(m);
            if (c != null) out.add(c);
        }
        for (TimeExpression t : times) {
            if (t.interval() != null)
                out.add(new Clue(Clue.Kind.TIME, t.begin(), t.end(), t.text(), t.edtf(), t.value()));
        }
        for (Sentence s : annotated.sentences()) addNamed(annotated.text(), s, out);
        addVesselNames(annotated.text(), out);
        markModifiers(annotated, out);
        int dateline = datelineEnd(annotated.text());
        out.removeIf(c -> c.end() <= dateline && c.kind() != Clue.Kind.TIME);
        return new Clues(out);
    }

    /**
     * "Pyongyang, June 27 (KCNA) --" and "BEIJING (Reuters) -": a dateline names where the report was filed, not a
     * party to anything in it.
     */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\s*[A-Z][\\p{L} .,'/]{1,60}?(\\d{1,2})?\\s*\\((KCNA|Reuters|AP|AFP|Yonhap|Xinhua|TASS|Bloomberg)\\)\\s*[-–—]+");

    static int datelineEnd(String text) {
        var m = DATELINE.matcher(text);
        return m.find() ? m.end() : -1;
    }

    private static Clue fromMention(Mention m) {
        return switch (m.kind()) {
            case COUNTRY -> new Clue(Clue.Kind.STATE, m.begin(), m.end(), m.text(), m.code(), form(m));
            case GOODS -> new Clue(Clue.Kind.GOODS, m.begin(), m.end(), m.text(), m.canonical(), hsHeading(m.code()));
            case VEHICLE -> new Clue(Clue.Kind.VEHICLE, m.begin(), m.end(), m.text(), m.code(), m.canonical());
            case QUANTITY ->
                m.detail() instanceof MentionDetail.Quantity q && q.unit() == null
                        ? new Clue(Clue.Kind.QUANTITY, m.begin(), m.end(), m.text(), m.code(), q.countedNoun())
                        : null;
            case CROSSING_POINT -> new Clue(Clue.Kind.PLACE, m.begin(), m.end(), m.text(), m.canonical(), m.code());
        };
    }

    private static String form(Mention m) {
        return m.detail() instanceof MentionDetail.Country c ? c.form().name() : null;
    }

    /** A chapter alone (two digits) is not a heading; the event's hs stays empty then. */
    private static String hsHeading(String code) {
        return code != null && code.length() >= 4 ? code : null;
    }

    /** Runs of PERSON or ORGANIZATION tokens not already covered by a gazetteer mention. */
    private void addNamed(String text, Sentence s, List<Clue> out) {
        List<Token> ts = s.tokens();
        int i = 0;
        while (i < ts.size()) {
            String ner = ts.get(i).ner();
            if (!NAMED_NER.contains(ner)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < ts.size() && ts.get(j + 1).ner().equals(ner)) j++;
            int begin = ts.get(i).begin();
            int end = ts.get(j).end();
            i = j + 1;
            if (covered(out, begin, end)) continue;
            String name = text.substring(begin, end);
            String state = leaders.get(key(name));
            Clue earlier = ner.equals("PERSON") && !name.contains(" ") ? fullNameOf(name, out, text) : null;
            if (earlier != null) {
                // "Kim, for his part, …" after "Kim Jong Un": a lone name part refers back to the full name
                out.add(new Clue(earlier.kind(), begin, end, name, earlier.value(), earlier.code()));
            } else if (state != null) {
                out.add(new Clue(Clue.Kind.STATE, begin, end, name, state, "LEADER"));
            } else {
                out.add(new Clue(Clue.Kind.NAMED, begin, end, name, name, ner));
            }
        }
    }

    private static final java.util.regex.Pattern VESSEL_NAMES = java.util.regex.Pattern.compile(
            "\\b(?:[A-Z][a-z]+-flagged|vessels?|ships?|tankers?|freighters?|cargo ships?|container ships?)"
                    + "\\s+(?:(?:named|called)\\s+)?(?:the\\s+)?"
                    + "((?:[A-Z][\\w'-]*(?:\\s+[A-Z0-9][\\w'-]*)*)(?:\\s*,\\s*[A-Z][\\w'-]*(?:\\s+[A-Z0-9][\\w'-]*)*)*"
                    + "(?:\\s+and\\s+[A-Z][\\w'-]*(?:\\s+[A-Z0-9][\\w'-]*)*)?)");

    /**
     * "the cargo vessels Angara, Maria and Lady R": names introduced as ships are vehicles wherever they recur ("the
     * Angara has shuttled containers…"), not organisations or places.
     */
    private static void addVesselNames(String text, List<Clue> out) {
        Set<String> names = new java.util.LinkedHashSet<>();
        var m = VESSEL_NAMES.matcher(text);
        while (m.find()) {
            for (String name : m.group(1).split("\\s*,\\s*|\\s+and\\s+")) {
                if (name.length() >= 3) names.add(name.strip());
            }
        }
        for (String name : names) {
            var at = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(name) + "\\b")
                    .matcher(text);
            while (at.find()) {
                int b = at.start();
                int e = at.end();
                out.removeIf(c -> c.kind() == Clue.Kind.NAMED && c.begin() < e && b < c.end());
                if (out.stream().anyMatch(c -> c.kind() == Clue.Kind.VEHICLE && c.begin() < e && b < c.end())) continue;
                out.add(new Clue(Clue.Kind.VEHICLE, b, e, name, "sea", name));
            }
        }
    }

    /** Nouns after which a country adjective still stands for the state: "North Korean officials said". */
    private static final Set<String> STATE_NOUNS = Set.of(
            "government",
            "regime",
            "authorities",
            "authority",
            "officials",
            "official",
            "military",
            "forces",
            "army",
            "navy",
            "leader",
            "leaders",
            "leadership",
            "diplomats",
            "diplomat",
            "side",
            "ministry",
            "state",
            "administration",
            "troops",
            "president",
            "premier",
            "delegation",
            "envoy",
            "ambassador",
            "spokesman",
            "spokeswoman",
            "people");

    /**
     * "a Chinese bank", "North Korean elites": a country adjective before another noun names that noun's
     * nationality, not the state; such clues stay for goods' origin but are marked so that rules looking for who
     * acted pass them by.
     */
    private static void markModifiers(AnnotatedText annotated, List<Clue> clues) {
        for (int k = 0; k < clues.size(); k++) {
            Clue c = clues.get(k);
            boolean modifiable = "DEMONYM".equals(c.code()) || "NAME".equals(c.code()) || "CODE".equals(c.code());
            if (c.kind() != Clue.Kind.STATE || !modifiable) continue;
            Token next = tokenAfter(annotated, c.end());
            if (next != null && next.isNoun() && !next.isProperNoun() && !STATE_NOUNS.contains(next.lower())) {
                clues.set(k, new Clue(c.kind(), c.begin(), c.end(), c.surface(), c.value(), "MODIFIER"));
            }
        }
    }

    private static Token tokenAfter(AnnotatedText annotated, int offset) {
        for (Sentence s : annotated.sentences()) {
            if (s.end() < offset) continue;
            for (Token t : s.tokens()) if (t.begin() >= offset) return t;
        }
        return null;
    }

    /** The latest earlier person (or leader) whose name has this word as its first or last part. */
    private static Clue fullNameOf(String part, List<Clue> clues, String text) {
        Clue found = null;
        for (Clue c : clues) {
            boolean person = (c.kind() == Clue.Kind.NAMED && "PERSON".equals(c.code())) || "LEADER".equals(c.code());
            if (!person || !c.surface().contains(" ")) continue;
            String[] words = c.surface().split("\\s+");
            if (words[0].equals(part) || words[words.length - 1].equals(part)) found = c;
        }
        return found;
    }

    private static boolean covered(List<Clue> clues, int begin, int end) {
        for (Clue c : clues) {
            if (c.kind() != Clue.Kind.TIME && c.begin() < end && begin < c.end()) return true;
        }
        return false;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replaceAll("[-‐]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
