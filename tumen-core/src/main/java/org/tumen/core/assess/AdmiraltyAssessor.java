package org.tumen.core.assess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tumen.core.fuse.Claim;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.fuse.Stance;

/**
 * Grades fused events on the Admiralty (NATO AJP-2.1) scale and in ICD 203 words.
 *
 * <p><b>Independent sources.</b> Claims count per independence group (near-identical reports are one group), so
 * a wire story reposted ten times is one source. A group supports an event when one of its claims asserts it and
 * contradicts it when one of its claims denies it.
 *
 * <p><b>Track records.</b> Each source (by name, ignoring case and apostrophe style) has one entry per fused event it
 * speaks to. The entry is <i>contradicted</i> when more independent groups citing other sources take the opposite
 * stance than the same one — or, for an assertion, when the event's own groups mostly deny it — and otherwise
 * <i>corroborated</i> when at least one such group takes the same stance; else it is unchecked, which says nothing
 * either way. A source quoted by two outlets does not corroborate itself. When an event is assessed, its own
 * entries are left out of its sources' records, so a dispute does not grade its parties by itself.
 *
 * <p><b>Reliability</b> from the k checked entries (corroborated c plus contradicted x) of a record:
 *
 * <ul>
 *   <li>F (cannot be judged) while k &lt; {@value #MIN_RECORD} — the prior for every unknown source;
 *   <li>A (completely reliable): k ≥ 10 and x = 0;
 *   <li>B (usually reliable): x/k ≤ 0.1; C (fairly reliable): x/k ≤ 0.25; D (not usually reliable): x/k ≤ 0.5;
 *   <li>E (unreliable): x/k &gt; 0.5.
 * </ul>
 *
 * <p><b>Probability.</b> Each supporting group adds, and each contradicting group takes away, the log-odds of its
 * best source being right: A 0.95, B 0.85, C 0.75, D 0.6, E 0.5 (adds nothing), and for F — the stated prior for a
 * source with no record — 0.7, a little less than "fairly reliable": most named sources in news are right about
 * what they report, but nothing is known of this one yet. A claim the report states as fact counts whole; an
 * allegation counts half, and so does a denial, which is likewise one party's word relayed by the report; a doubt
 * counts nothing either way. The sum, from even odds, gives the probability, kept within 0.01–0.99 as ICD 203 has
 * no words for certainty.
 *
 * <p><b>Credibility</b>: 1 (confirmed) when at least two groups state it as fact and none denies it; otherwise 2
 * (probably true) from probability 0.7, 3 (possibly true) from 0.45, 4 (doubtful) from 0.2, else 5 (improbable); 6
 * (cannot be judged) when no group asserts or denies it. Deterministic: the same events give the same assessments.
 */
public final class AdmiraltyAssessor implements EventAssessor {
    /** Checked entries a source needs before its reliability is judged. */
    public static final int MIN_RECORD = 3;

    /** The chance that a claim of a source with no record (reliability F) is right. */
    public static final double PRIOR = 0.7;

    static final double ALLEGED = 0.5;

    @Override
    public Map<String, SourceTrack> tracks(Collection<FusedEvent> events) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (FusedEvent event : events) {
            entries(event).forEach((source, n) -> {
                int[] sum = counts.computeIfAbsent(source, k -> new int[3]);
                for (int i = 0; i < 3; i++) sum[i] += n[i];
            });
            for (Claim c : event.claims()) names.putIfAbsent(key(c.source()), c.source());
        }
        Map<String, SourceTrack> out = new LinkedHashMap<>();
        counts.forEach((k, n) -> out.put(k, new SourceTrack(names.get(k), n[0], n[1], n[2])));
        return out;
    }

    /**
     * One event's entries in its sources' records: {claims, corroborated, contradicted} per source key. An entry is
     * contradicted when independent groups of other sources oppose it more than they agree (or, for an assertion,
     * when the event's groups mostly deny it), else corroborated when at least one agrees; else it is unchecked.
     */
    static Map<String, int[]> entries(FusedEvent event) {
        Map<String, List<Claim>> bySource = new LinkedHashMap<>();
        for (Claim c : event.claims()) {
            if (c.stance() != Stance.DOUBTS)
                bySource.computeIfAbsent(key(c.source()), k -> new ArrayList<>())
                        .add(c);
        }
        boolean mostlyDenied = groups(event, Stance.DENIES).size()
                > groups(event, Stance.ASSERTS).size();
        Map<String, int[]> out = new LinkedHashMap<>();
        bySource.forEach((source, claims) -> {
            Stance stance = claims.getFirst().stance();
            Set<String> own = new LinkedHashSet<>(), agree = new LinkedHashSet<>(), oppose = new LinkedHashSet<>();
            for (Claim c : claims) own.add(c.independenceGroup());
            for (Claim o : event.claims()) {
                if (own.contains(o.independenceGroup()) || key(o.source()).equals(source)) continue;
                if (o.stance() == stance) agree.add(o.independenceGroup());
                else if (o.stance() != Stance.DOUBTS) oppose.add(o.independenceGroup());
            }
            boolean contradicted = oppose.size() > agree.size() || (stance == Stance.ASSERTS && mostlyDenied);
            boolean corroborated = !contradicted && !agree.isEmpty();
            out.put(source, new int[] {1, corroborated ? 1 : 0, contradicted ? 1 : 0});
        });
        return out;
    }

    /**
     * The records without this event's own entries: a source's reliability when weighing an event comes from its
     * other claims, or a dispute would grade both sides by the dispute itself.
     */
    static Map<String, SourceTrack> without(Map<String, SourceTrack> tracks, FusedEvent event) {
        Map<String, SourceTrack> out = new LinkedHashMap<>(tracks);
        entries(event).forEach((source, n) -> {
            SourceTrack t = tracks.get(source);
            if (t != null)
                out.put(
                        source,
                        new SourceTrack(
                                t.source(),
                                Math.max(0, t.claims() - n[0]),
                                Math.max(0, t.corroborated() - n[1]),
                                Math.max(0, t.contradicted() - n[2])));
        });
        return out;
    }

    /** Looks a source up in {@link #tracks}' map. */
    public static SourceTrack track(Map<String, SourceTrack> tracks, String source) {
        return tracks.getOrDefault(key(source), new SourceTrack(source, 0, 0, 0));
    }

    @Override
    public String reliability(SourceTrack t) {
        int checked = t == null ? 0 : t.corroborated() + t.contradicted();
        if (checked < MIN_RECORD) return "F";
        double x = (double) t.contradicted() / checked;
        if (checked >= 10 && t.contradicted() == 0) return "A";
        if (x <= 0.1) return "B";
        if (x <= 0.25) return "C";
        if (x <= 0.5) return "D";
        return "E";
    }

    /** The chance that a source of this reliability is right, as the probability weighs it. */
    public static double trust(String reliability) {
        return switch (reliability) {
            case "A" -> 0.95;
            case "B" -> 0.85;
            case "C" -> 0.75;
            case "D" -> 0.6;
            case "E" -> 0.5;
            default -> PRIOR;
        };
    }

    @Override
    public Assessment assess(FusedEvent event, Map<String, SourceTrack> allTracks) {
        Map<String, SourceTrack> tracks = without(allTracks, event);
        Map<String, List<Claim>> support = groups(event, Stance.ASSERTS);
        Map<String, List<Claim>> against = groups(event, Stance.DENIES);
        Map<String, List<Claim>> doubts = groups(event, Stance.DOUBTS);
        double logOdds = 0;
        for (List<Claim> g : support.values()) logOdds += weight(g, tracks);
        for (List<Claim> g : against.values()) logOdds -= weight(g, tracks);
        double p = Math.min(0.99, Math.max(0.01, 1 / (1 + Math.exp(-logOdds))));
        long asFact = support.values().stream()
                .filter(g -> g.stream().anyMatch(c -> "asserted".equals(c.status())))
                .count();
        int credibility;
        if (support.isEmpty() && against.isEmpty()) credibility = 6;
        else if (asFact >= 2 && against.isEmpty()) credibility = 1;
        else if (p >= 0.7) credibility = 2;
        else if (p >= 0.45) credibility = 3;
        else if (p >= 0.2) credibility = 4;
        else credibility = 5;
        String best = "F";
        for (List<Claim> g : support.values()) {
            for (Claim c : g) {
                String r = reliability(track(tracks, c.source()));
                if (r.compareTo(best) < 0) best = r;
            }
        }
        String phrase = likelihood(p);
        List<String> reasons = reasons(support, against, doubts, event, tracks, phrase, p);
        return new Assessment(support.size(), against.size(), best, credibility, phrase, p, reasons);
    }

    /**
     * ICD 203's expression for a probability, each band including its lower bound: almost no chance below 0.05,
     * very unlikely below 0.20, unlikely below 0.45, roughly even chance below 0.55, likely below 0.80, very likely
     * below 0.95, almost certain from 0.95.
     */
    public static String likelihood(double p) {
        if (p < 0.05) return "almost no chance";
        if (p < 0.20) return "very unlikely";
        if (p < 0.45) return "unlikely";
        if (p < 0.55) return "roughly even chance";
        if (p < 0.80) return "likely";
        if (p < 0.95) return "very likely";
        return "almost certain";
    }

    /** A group's strongest claim: its source's trust as log-odds, times how firmly the report puts it. */
    private double weight(List<Claim> group, Map<String, SourceTrack> tracks) {
        double best = 0;
        for (Claim c : group) {
            double trust = trust(reliability(track(tracks, c.source())));
            double firmness = c.stance() == Stance.DENIES || !"asserted".equals(c.status()) ? ALLEGED : 1.0;
            best = Math.max(best, Math.log(trust / (1 - trust)) * firmness);
        }
        return best;
    }

    private List<String> reasons(
            Map<String, List<Claim>> support,
            Map<String, List<Claim>> against,
            Map<String, List<Claim>> doubts,
            FusedEvent event,
            Map<String, SourceTrack> tracks,
            String phrase,
            double p) {
        List<String> out = new ArrayList<>();
        if (support.isEmpty()) out.add("no source reports it");
        else {
            long alleged = support.values().stream()
                    .filter(g -> g.stream().noneMatch(c -> "asserted".equals(c.status())))
                    .count();
            out.add(count(support.size(), "independent source reports it", "independent sources report it")
                    + (alleged == 0
                            ? ""
                            : alleged == support.size() ? ", as an allegation" : ", " + alleged + " as an allegation")
                    + " (" + names(support) + ")");
        }
        if (!against.isEmpty()) out.add(count(against.size(), "denies it", "deny it") + " (" + names(against) + ")");
        if (!doubts.isEmpty())
            out.add(count(doubts.size(), "says it cannot be determined", "say it cannot be determined") + " ("
                    + names(doubts) + ")");
        int reports =
                (int) event.claims().stream().map(Claim::reportId).distinct().count();
        int groups = (int)
                event.claims().stream().map(Claim::independenceGroup).distinct().count();
        if (reports > groups)
            out.add(reports + " reports carry it, " + (reports - groups)
                    + " of them near-copies of another, counted once");
        Set<String> seen = new LinkedHashSet<>();
        for (Map<String, List<Claim>> side : List.of(support, against)) {
            for (List<Claim> g : side.values()) {
                for (Claim c : g) {
                    if (!seen.add(key(c.source()))) continue;
                    SourceTrack t = track(tracks, c.source());
                    String r = reliability(t);
                    out.add(c.source()
                            + (r.equals("F")
                                    ? " has too short a record to judge (" + (t.corroborated() + t.contradicted())
                                            + " of " + count(t.claims(), "other claim", "other claims") + " checked)"
                                    : "'s other claims have been corroborated " + t.corroborated() + " of "
                                            + (t.corroborated() + t.contradicted()) + " times they could be checked"
                                            + " (reliability " + r + ")"));
                }
            }
        }
        out.add("so it is " + phrase + " (" + Math.round(p * 100) + "%)");
        return out;
    }

    private static Map<String, List<Claim>> groups(FusedEvent event, Stance stance) {
        Map<String, List<Claim>> out = new LinkedHashMap<>();
        for (Claim c : event.claims()) {
            if (c.stance() == stance)
                out.computeIfAbsent(c.independenceGroup(), k -> new ArrayList<>())
                        .add(c);
        }
        return out;
    }

    private static String names(Map<String, List<Claim>> groups) {
        Set<String> names = new LinkedHashSet<>();
        for (List<Claim> g : groups.values()) names.add(g.getFirst().source());
        return String.join(", ", names);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String key(String source) {
        return source.strip().replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
