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
        if (site.negated()) return List.of();
        List<Clue> subjects = coordinatedSubjects(site);
        if (subjects.isEmpty()) return List.of();
        LinkedHashSet<String> deniers = new LinkedHashSet<>();
        for (Clue c : subjects) deniers.add(site.party(c));
        List<Draft> out = new ArrayList<>();
        for (String denier : deniers) {
            Draft d = new Draft("DENY", site.sentence.index())
                    .role("denier", List.of(denier))
                    .role("about", AccuseRule.about(site));
            int begin = Math.max(site.segment.begin(), Math.min(subjects.getFirst().begin(), site.trigger.begin()));
            out.add(d.evidence(begin, site.segment.end()));
        }
        return out;
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

    private static List<Clue> coordinatedSubjects(Site site) {
        List<Clue> before = site.partiesBefore();
        List<Clue> out = new ArrayList<>();
        for (Clue c : before) {
            String pre = site.reading.text.substring(Math.max(site.segment.begin(), c.begin() - 12), c.begin()).toLowerCase();
            if (pre.matches(".*\\b(of|in|to|from|with|against|for)\\s+(the\\s+)?$")) continue;
            out.add(c);
        }
        if (!out.isEmpty()) return out;
        Clue s = site.subject();
        return s == null ? List.of() : List.of(s);
    }
}
