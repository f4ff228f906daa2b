package org.tumen.core.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which state a named person speaks or acts for, read from the appositions around the name ("Russia's ambassador to
 * the United Nations, Vasily Nebenzia"; "John Kirby, spokesman for the National Security Council"). Leaders count as
 * their state, as the event contract says.
 */
final class Affiliations {
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(president|prime minister|premier|leader|minister|ambassador|envoy|spokes(?:man|woman|person)"
                    + "|secretary|official|officials|chancellor|king|foreign minister|defen[cs]e minister|chairman"
                    + "|general secretary|adviser|advisor|diplomat|representative|deputy|vice)\\b");
    private static final Set<String> BLOCKERS = Set.of(".", ";", "\n");

    private Affiliations() {}

    static void collect(Reading r) {
        List<Clue> all = r.clues.all();
        for (int i = 0; i < all.size(); i++) {
            Clue person = all.get(i);
            if (person.kind() != Clue.Kind.NAMED || !"PERSON".equals(person.code())) continue;
            if (r.affiliation.containsKey(person.value())) continue;
            Clue state = stateBefore(r, all, i);
            if (state == null) state = stateAfter(r, all, i);
            if (state != null) r.affiliation.put(person.value(), state);
        }
    }

    /** "Russian President Vladimir Putin", "Russia's ambassador …, Vasily Nebenzia". */
    private static Clue stateBefore(Reading r, List<Clue> all, int i) {
        Clue person = all.get(i);
        for (int k = i - 1; k >= 0; k--) {
            Clue c = all.get(k);
            if (person.begin() - c.end() > 60) return null;
            if (c.kind() == Clue.Kind.NAMED && "PERSON".equals(c.code())) return null;
            if (c.kind() == Clue.Kind.STATE) {
                String between = r.text.substring(c.end(), person.begin());
                return clean(between) && ROLE.matcher(between).find() ? c : null;
            }
        }
        return null;
    }

    /** "John Kirby, spokesman for the National Security Council of the United States". */
    private static Clue stateAfter(Reading r, List<Clue> all, int i) {
        Clue person = all.get(i);
        for (int k = i + 1; k < all.size(); k++) {
            Clue c = all.get(k);
            if (c.begin() - person.end() > 60) return null;
            if (c.isParty() && c.kind() != Clue.Kind.STATE) continue;
            if (c.kind() == Clue.Kind.STATE) {
                String between = r.text.substring(person.end(), c.begin());
                return clean(between)
                                && between.startsWith(",")
                                && ROLE.matcher(between).find()
                        ? c
                        : null;
            }
        }
        return null;
    }

    private static boolean clean(String between) {
        for (String b : BLOCKERS) if (between.contains(b)) return false;
        if (between.matches("(?s).*\\b(and|or)\\b.*")) return false;
        return true;
    }
}
