package org.tumen.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.tumen.core.annotate.Token;

/**
 * ACCUSE: a party publicly accuses another — a verb of blame ("denounced", "censured", "accused"), a noun of blame
 * with its light verb ("made similar accusations"), or name-calling ("called Zelenskyy a “dictator”").
 */
final class AccuseRule {
    private AccuseRule() {}

    static List<Draft> apply(Site site) {
        if (site.negated()) return List.of();
        if (!site.lexeme.requires().isEmpty() && !site.followedByAny(site.lexeme.requires())) return List.of();
        if (site.passive()) return passive(site);
        Clue accuserClue = site.subject();
        if (accuserClue == null) return List.of();
        String accuser = site.party(accuserClue);
        List<String> accused;
        if (!site.lexeme.requires().isEmpty()) {
            Clue target = site.after(site.lexeme.requires().iterator().next());
            accused = target == null ? List.of() : List.of(site.party(target));
        } else {
            accused = site.trigger.isNoun() ? nounTargets(site, accuser) : objects(site, accuser);
        }
        if (accused.isEmpty()) return List.of();
        return List.of(draft(site, accuserClue, accuser, accused));
    }

    /** "the United States imposed sanctions on seven North Korean individuals": a sanction names whom it blames. */
    static List<Draft> sanctions(Site site) {
        if (!site.followedByAny(java.util.Set.of("sanctions", "sanction", "penalties", "embargo"))) return List.of();
        Clue accuserClue = site.subject();
        Clue target = TransferRule.firstNonNull(site.after("on"), site.after("against"));
        if (accuserClue == null || target == null) return List.of();
        String accuser = site.party(accuserClue);
        String accused = site.party(target);
        if (accuser.equals(accused)) return List.of();
        return List.of(draft(site, accuserClue, accuser, List.of(accused)));
    }

    /** "TransMorFlot has been sanctioned by the U.S. for …": the accuser follows "by", the accused is the subject. */
    private static List<Draft> passive(Site site) {
        Clue by = site.after("by");
        Clue accusedClue = site.subject();
        if (by == null || accusedClue == null) return List.of();
        List<String> accusers = parties(site, site.coordinated(by));
        String accused = site.party(accusedClue);
        if (accusers.contains(accused)) return List.of();
        Draft d = new Draft("ACCUSE", site.sentence.index())
                .role("accuser", accusers)
                .role("accused", List.of(accused))
                .role("about", about(site));
        int begin = Math.max(site.segment.begin(), Math.min(accusedClue.begin(), site.trigger.begin()));
        return List.of(d.evidence(begin, Math.min(site.sentence.end(), site.segment.end())));
    }

    private static List<String> parties(Site site, List<Clue> clues) {
        List<String> out = new ArrayList<>();
        for (Clue c : clues) if (!out.contains(site.party(c))) out.add(site.party(c));
        return out;
    }

    /** "Trump called Ukrainian President Volodymyr Zelenskyy a “dictator”". */
    static List<Draft> nameCalling(Site site) {
        List<Token> ts = site.sentence.tokens();
        int i = ts.indexOf(site.trigger);
        List<Clue> after = site.partiesAfter();
        if (after.isEmpty()) return List.of();
        Clue target = after.getFirst();
        if (target.begin() - site.trigger.end() > 40) return List.of();
        String between = site.reading.text.substring(site.trigger.end(), target.begin());
        if (between.contains("“") || between.contains("\"")) return List.of();
        String rest = site.reading.text.substring(target.end(), Math.min(site.sentence.end(), target.end() + 60));
        if (!rest.matches("(?s)[^.;“\"]{0,40}[“\"].*")) return List.of();
        Clue accuserClue = site.subject();
        if (accuserClue == null || i < 0) return List.of();
        String accuser = site.party(accuserClue);
        String accused = site.party(target);
        if (accused.equals(accuser)) return List.of();
        return List.of(draft(site, accuserClue, accuser, List.of(accused)));
    }

    private static Draft draft(Site site, Clue accuserClue, String accuser, List<String> accused) {
        Draft d = new Draft("ACCUSE", site.sentence.index())
                .role("accuser", List.of(accuser))
                .role("accused", accused)
                .role("about", about(site));
        if (accuserClue.kind() == Clue.Kind.NAMED) d.sources.add(accuserClue.surface());
        int begin = Math.max(site.segment.begin(), Math.min(accuserClue.begin(), site.trigger.begin()));
        int end = Math.min(site.sentence.end(), Math.max(site.trigger.end(), site.segment.end()));
        return d.evidence(begin, end);
    }

    private static List<String> objects(Site site, String accuser) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        List<Token> ts = site.sentence.tokens();
        int i = ts.indexOf(site.trigger);
        if (i + 1 < ts.size() && Set.of("it", "them").contains(ts.get(i + 1).lower())) {
            Clue c = site.resolvePronoun(ts.get(i + 1), accuser);
            if (c != null) out.add(site.party(c));
        }
        for (Clue c : site.partiesAfter()) {
            String gap = site.reading.text.substring(site.trigger.end(), c.begin());
            if (gap.length() > 40) break;
            // "denounces the attack on the territory of Russia": a party inside a prepositional phrase is not the
            // target
            if (gap.toLowerCase().matches("(?s).*\\b(of|on|in|at|to|by|from|over)\\s+(the\\s+)?$")) continue;
            String v = site.party(c);
            if (!v.equals(accuser)) out.add(v);
        }
        if (out.isEmpty()) {
            String name = properNameAfter(ts, i);
            if (name != null) out.add(name);
        }
        return new ArrayList<>(out);
    }

    private static String properNameAfter(List<Token> ts, int i) {
        int k = i + 1;
        while (k < ts.size() && (ts.get(k).pos().equals("DT") || ts.get(k).pos().startsWith("RB"))) k++;
        StringBuilder name = new StringBuilder();
        while (k < ts.size() && ts.get(k).isProperNoun()) {
            if (!name.isEmpty()) name.append(' ');
            name.append(ts.get(k++).text());
        }
        return name.isEmpty() ? null : name.toString();
    }

    /** "accusations against X"; otherwise the other states in the sentence, which the accusation concerns. */
    private static List<String> nounTargets(Site site, String accuser) {
        Clue against = site.after("against");
        if (against != null) return List.of(site.party(against));
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Clue c : site.reading.clues.in(site.sentence.begin(), site.sentence.end(), Clue.Kind.STATE)) {
            if (!c.value().equals(accuser)) out.add(c.value());
        }
        return new ArrayList<>(out);
    }

    static String about(Site site) {
        String s = site.reading
                .text
                .substring(site.trigger.end(), site.segment.end())
                .strip();
        s = s.replaceAll("\\s+", " ");
        return s.length() > 120 ? s.substring(0, 120) : s.isEmpty() ? null : s;
    }

    private static final class Set {
        static java.util.Set<String> of(String... words) {
            return java.util.Set.of(words);
        }
    }
}
