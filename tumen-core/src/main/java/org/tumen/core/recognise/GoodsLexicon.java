package org.tumen.core.recognise;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds goods terms and gives their Harmonized System code ({@code goods.yaml}), and describes HS
 * chapters and headings ({@code hs-2022-headings.csv}).
 *
 * <p>The span is the goods' noun phrase without the count: modifiers listed in {@code goods.yaml}
 * extend it to the left ("30 thoroughbred horses" gives "thoroughbred horses"), so that the mention
 * says what the goods are and the quantity parser finds the number in front of it.
 */
public final class GoodsLexicon {
    /** One goods term from goods.yaml. */
    record Term(String term, String hs, String family) {}

    private final TokenTrie<Term> terms;
    private final List<List<String>> modifiers;
    private final Map<String, String> hsDescriptions;
    private final Set<String> properNames;

    private GoodsLexicon(
            TokenTrie<Term> terms,
            List<List<String>> modifiers,
            Map<String, String> hsDescriptions,
            Set<String> properNames) {
        this.terms = terms;
        this.modifiers = modifiers;
        this.hsDescriptions = Map.copyOf(hsDescriptions);
        this.properNames = Set.copyOf(properNames);
    }

    public static GoodsLexicon load() {
        Map<String, String> hs = new HashMap<>();
        List<String> lines = Resources.lines("hs-2022-headings.csv");
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = Resources.csvFields(line);
            hs.put(f.get(1), f.get(2));
        }
        JsonNode root = Resources.yaml("goods.yaml");
        TokenTrie<Term> trie = new TokenTrie<>();
        Set<String> proper = new TreeSet<>();
        Resources.strings(root.path("block")).forEach(b -> trie.add(b, false, null));
        for (JsonNode g : root.path("goods")) {
            String term = g.path("term").asText();
            String code = g.path("hs").isNull() || g.path("hs").isMissingNode()
                    ? null
                    : g.path("hs").asText();
            if (code != null && !hs.containsKey(code)) {
                throw new IllegalStateException("goods.yaml: " + term + " has no HS code " + code);
            }
            Term t = new Term(term, code, g.path("family").asText(term));
            boolean caseSensitive = English.hasAcronym(term);
            trie.add(term, caseSensitive, t);
            if (!g.path("mass").asBoolean(false))
                trie.add(g.path("plural").asText(English.plural(term)), caseSensitive, t);
            if (!term.equals(term.toLowerCase(Locale.ROOT))) proper.add(term);
        }
        List<List<String>> modifiers = new ArrayList<>();
        for (String m : Resources.strings(root.path("modifiers"))) {
            modifiers.add(Tokenizer.forms(m.toLowerCase(Locale.ROOT)));
        }
        return new GoodsLexicon(trie.freeze(), List.copyOf(modifiers), hs, proper);
    }

    /** The HS 2022 description of a chapter ("01") or heading ("0101"), if it exists. */
    public Optional<String> hsDescription(String code) {
        return Optional.ofNullable(hsDescriptions.get(code));
    }

    /** Goods names written with capitals ("Orlov Trotter", "ATACMS"). */
    Set<String> properNames() {
        return properNames;
    }

    public List<Mention> find(String text) {
        return find(text, Tokenizer.tokenize(text));
    }

    List<Mention> find(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TokenTrie.Match<Term> direct = terms.match(tokens, i);
            // a run of modifiers, then a term: "tank shells", "anti-tank missiles", "thoroughbred horses"
            int j = skipModifiers(tokens, i);
            TokenTrie.Match<Term> modified = j > i ? terms.match(tokens, j) : null;
            if (modified != null && modified.value() == null) modified = null;
            TokenTrie.Match<Term> m = direct;
            int start = i;
            if (modified != null && (direct == null || modified.end() > direct.end())) {
                m = modified;
            }
            if (m == null) {
                i++;
                continue;
            }
            i = m.end();
            if (m.value() == null || English.inCompound(tokens, start, m.end())) continue;
            // modifiers in front of a direct match too: "luxury cars", "used tankers"
            int first = m == modified ? start : extendLeft(tokens, start);
            if (!out.isEmpty() && tokens.get(first).begin() < out.getLast().end()) first = start;
            int begin = tokens.get(first).begin();
            int end = tokens.get(m.end() - 1).end();
            StringBuilder canonical = new StringBuilder();
            int termStart = m.start();
            for (int k = first; k < termStart; k++) {
                canonical.append(tokens.get(k).key());
                if (!tokens.get(k + 1).gluedLeft()) canonical.append(' ');
            }
            canonical.append(m.value().term());
            out.add(new Mention(
                    MentionKind.GOODS,
                    begin,
                    end,
                    text.substring(begin, end),
                    m.value().hs(),
                    canonical.toString(),
                    new MentionDetail.Goods(m.value().family())));
        }
        return out;
    }

    private int skipModifiers(List<Token> tokens, int i) {
        int j = i;
        for (boolean more = true; more; ) {
            more = false;
            for (List<String> mod : modifiers) {
                if (startsWith(tokens, j, mod)) {
                    j += mod.size();
                    more = true;
                    break;
                }
            }
        }
        return j;
    }

    private int extendLeft(List<Token> tokens, int start) {
        int first = start;
        for (boolean more = true; more; ) {
            more = false;
            for (List<String> mod : modifiers) {
                if (first - mod.size() >= 0 && startsWith(tokens, first - mod.size(), mod)) {
                    first -= mod.size();
                    more = true;
                    break;
                }
            }
        }
        return first;
    }

    private static boolean startsWith(List<Token> tokens, int at, List<String> keys) {
        if (at + keys.size() > tokens.size()) return false;
        for (int k = 0; k < keys.size(); k++) {
            if (!tokens.get(at + k).key().equals(keys.get(k))) return false;
        }
        return true;
    }
}
