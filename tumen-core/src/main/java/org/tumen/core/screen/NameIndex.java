package org.tumen.core.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * An inverted index from name keys to listed names, so that a screen scores only the few names that share a key
 * with the query instead of every one of the ~60,000 listed names.
 *
 * <p>Keys per token: the token itself, its Double Metaphone code (spelling variants), its Korean romanisation key
 * ({@link KoreanRomanisation}); per name: the space-free form (joined or split words) and, for non-persons, an
 * acronym key on the first letter of the first word (a query that is one short token looks there). Very common
 * keys (over 2,000 names, e.g. "al", "co") are left out at query time: they select everything and decide nothing.
 */
final class NameIndex {
    private static final int COMMON = 2000;
    private static final DoubleMetaphone DM = new DoubleMetaphone();

    /** A listed name, normalised once at load. */
    record Entry(ListedParty party, ListedName name, NameNormaliser.Normal normal) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();

    NameIndex(List<SanctionsList> lists) {
        for (SanctionsList list : lists)
            for (ListedParty p : list.parties())
                for (ListedName n : p.names()) {
                    var normal = NameNormaliser.normalise(n.text(), p.type().schema());
                    if (normal.tokens().isEmpty()) continue;
                    int id = entries.size();
                    entries.add(new Entry(p, n, normal));
                    for (String k : keys(normal, p.type() == PartyType.PERSON, true)) post(k, id);
                }
    }

    int size() {
        return entries.size();
    }

    /** The listed names that share at least one selective key with the query. */
    List<Entry> candidates(NameNormaliser.Normal query, boolean person) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (String k : keys(query, person, false)) {
            List<Integer> p = postings.get(k);
            if (p != null && (p.size() <= COMMON || k.startsWith("acr:"))) ids.addAll(p);
        }
        List<Entry> out = new ArrayList<>(ids.size());
        for (int id : ids) out.add(entries.get(id));
        return out;
    }

    private static Set<String> keys(NameNormaliser.Normal n, boolean person, boolean listed) {
        Set<String> keys = new HashSet<>();
        for (String t : n.tokens()) {
            keys.add("t:" + t);
            if (t.length() >= 3) keys.add("m:" + DM.doubleMetaphone(t));
            String k = KoreanRomanisation.key(t);
            if (k != null) keys.add("k:" + k);
        }
        keys.add("c:" + n.compact());
        // a joined given name ("Jongun") meets its split form ("Jong Un") under the pair's concatenation
        List<String> tk = n.tokens();
        for (int i = 0; i + 1 < tk.size(); i++) keys.add("t:" + tk.get(i) + tk.get(i + 1));
        if (!person) {
            if (listed) {
                keys.add("acr:" + n.tokens().getFirst().charAt(0));
            } else if (tk.size() == 1 && tk.getFirst().length() <= 8) {
                keys.add("acr:" + tk.getFirst().charAt(0));
            }
        }
        return keys;
    }

    private void post(String key, int id) {
        postings.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
    }
}
