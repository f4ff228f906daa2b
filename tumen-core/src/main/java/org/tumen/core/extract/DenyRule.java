package org.tumen.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * DENY: a party denies a claim. "Both Moscow and Pyongyang denied …" is two denials, one by each. A negated transfer
 * in a party's own words ("We have never exported weapons …") is that party's denial.
 */
final class DenyRule {
    private DenyRule() {}

    static List<Draft> apply(Site site) {
        if (!site.lexeme.requires().isEmpty() && !site.followedByAny(site.lexeme.requires())) return List.of();
        if (site.negated() || deprives(site)) return List.of();
        List<Clue> subjects = coordinatedSubjects(site);
        if (subjects.isEmpty()) return List.of();
        LinkedHashSet<String> deniers = new LinkedHashSet<>();
        for (Clue c : subjects) deniers.add(site.party(c));
        List<Draft> out = new ArrayList<>();
        for (String denier : deniers) {
            Draft d = new Draft("DENY", site.sentence.index())
                    .role("denier", List.of(denier))
                    .role("about", AccuseRule.about(site));
            int begin =
                    Math.max(site.segment.begin(), Math.min(subjects.getFirst().begin(), site.trigger.begin()));
            out.add(d.evidence(begin, site.segment.end()));
        }
        return out;
    }

    private static final java.util.Set<String> INSIST = java.util.Set.of("insist", "maintain", "reiterate", "stress");

    /** "The U.S. is insisting that AUKUS is not targeting any specific country": a denial in the form of a claim. */
    static List<Draft> insistence(Site site) {
        Frame f = site.frame;
        if (f.speaker() == null
                || !INSIST.contains(site.trigger.lemma())
                || f.speaker().kind() != Clue.Kind.STATE) return List.of();
        String content = site.reading
                .text
                .substring(f.contentBegin(), Math.min(f.contentEnd(), f.contentBegin() + 120))
                .toLowerCase();
        if (!content.matches("(?s).*\\b(not|never|no)\\b.*")) return List.of();
        Draft d = new Draft("DENY", site.sentence.index())
                .role("denier", List.of(f.speaker().value()))
                .role("about", content.strip().replaceFirst("^that\\s+", ""));
        return List.of(d.evidence(
                Math.max(site.segment.begin(), f.speaker().begin()),
                Math.min(site.sentence.end(), f.contentBegin() + 120)));
    }

    /** The speaker's denial when their own words negate a transfer. */
    static List<Draft> negatedTransfer(Site site) {
        Frame f = site.frame;
        if (!site.negated() || !f.covers(site.trigger.begin())) return List.of();
        String denier = site.party(f.speaker());
        Draft d = new Draft("DENY", site.sentence.index())
                .role("denier", List.of(denier))
                .role("about", AccuseRule.about(site));
        d.sources.add(f.speaker().surface());
        return List.of(d.evidence(Math.max(site.segment.begin(), site.trigger.begin() - 20), site.segment.end()));
    }

    /** "denying it any form of support": to deny someone something is to withhold it, not to deny a claim. */
    private static boolean deprives(Site site) {
        var ts = site.sentence.tokens();
        int i = ts.indexOf(site.trigger);
        if (i + 1 >= ts.size()) return false;
        var next = ts.get(i + 1);
        boolean pronoun =
                java.util.Set.of("it", "them", "him", "her", "us", "me").contains(next.lower());
        boolean party = site.reading.clues.at(next.begin(), Clue.Kind.STATE) != null;
        return (pronoun || party) && i + 2 < ts.size() && !ts.get(i + 2).text().matches("[.,;]");
    }

    private static List<Clue> coordinatedSubjects(Site site) {
        List<Clue> before = site.partiesBefore();
        List<Clue> out = new ArrayList<>();
        for (Clue c : before) {
            String pre = site.reading
                    .text
                    .substring(Math.max(site.segment.begin(), c.begin() - 12), c.begin())
                    .toLowerCase();
            if (pre.matches(".*\\b(of|in|to|from|with|against|for)\\s+(the\\s+)?$")) continue;
            out.add(c);
        }
        if (!out.isEmpty()) return out;
        Clue s = site.subject();
        return s == null ? List.of() : List.of(s);
    }
}
