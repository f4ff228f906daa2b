package org.tumen.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tumen.core.assess.Assessment;
import org.tumen.core.assess.EventAssessor;
import org.tumen.core.assess.SourceTrack;
import org.tumen.core.fuse.Claim;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.fuse.Stance;

/**
 * A test double of the assessment policy: independent groups for and against, probability (for + ½) / (for +
 * against + 1), ICD 203 phrases. Deterministic numbers so that likelihood filters can be tested exactly. The real
 * policy is core's AdmiraltyAssessor.
 */
final class SimpleAssessor implements EventAssessor {
    @Override
    public Map<String, SourceTrack> tracks(Collection<FusedEvent> events) {
        Map<String, int[]> counts = new HashMap<>();
        for (FusedEvent e : events) {
            for (Claim c : e.claims()) {
                int[] n = counts.computeIfAbsent(c.source(), k -> new int[3]);
                n[0]++;
                boolean corroborated = e.claims().stream()
                        .anyMatch(o -> o.stance() == c.stance()
                                && !o.independenceGroup().equals(c.independenceGroup()));
                boolean contradicted = e.claims().stream().anyMatch(o -> o.stance() != c.stance());
                if (corroborated) n[1]++;
                if (contradicted) n[2]++;
            }
        }
        Map<String, SourceTrack> out = new HashMap<>();
        counts.forEach((s, n) -> out.put(s, new SourceTrack(s, n[0], n[1], n[2])));
        return out;
    }

    @Override
    public String reliability(SourceTrack t) {
        if (t.claims() == 0) return "F";
        if (t.contradicted() > t.corroborated()) return "D";
        return t.corroborated() > 0 ? "B" : "C";
    }

    @Override
    public Assessment assess(FusedEvent e, Map<String, SourceTrack> tracks) {
        int supporting = groups(e, Stance.ASSERTS);
        int contradicting = groups(e, Stance.DENIES);
        double p = (supporting + 0.5) / (supporting + contradicting + 1);
        String best = e.claims().stream()
                .filter(c -> c.stance() == Stance.ASSERTS)
                .map(c -> reliability(tracks.getOrDefault(c.source(), new SourceTrack(c.source(), 0, 0, 0))))
                .min(String::compareTo)
                .orElse("F");
        int credibility = supporting >= 2 ? 2 : contradicting > 0 ? 4 : 3;
        return new Assessment(
                supporting,
                contradicting,
                best,
                credibility,
                phrase(p),
                p,
                List.of(supporting + " independent sources for, " + contradicting + " against"));
    }

    private static int groups(FusedEvent e, Stance stance) {
        Set<String> groups = new HashSet<>();
        e.claims().stream().filter(c -> c.stance() == stance).forEach(c -> groups.add(c.independenceGroup()));
        return groups.size();
    }

    static String phrase(double p) {
        if (p < 0.05) return "almost no chance";
        if (p < 0.20) return "very unlikely";
        if (p < 0.45) return "unlikely";
        if (p < 0.55) return "roughly even chance";
        if (p < 0.80) return "likely";
        if (p < 0.95) return "very likely";
        return "almost certain";
    }
}
