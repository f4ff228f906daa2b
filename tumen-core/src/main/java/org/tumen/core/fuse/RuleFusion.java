package org.tumen.core.fuse;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tumen.core.model.Event;
import org.tumen.core.time.Edtf;
import org.tumen.core.time.Interval;

/**
 * Fusion by the event contract's own matching rules ({@code eval/events/README.md}), so that two mentions become one
 * event exactly when the scorer would pair them with the same gold event:
 *
 * <ul>
 *   <li>TRANSFER: the same supplier and the same recipient, and the goods agree — the same HS chapter, a shared
 *       word of the item, or both arms;
 *   <li>CROSSING: where both name a side (from or to), the sides named on both agree and none disagrees; otherwise
 *       a shared word of the vehicle or the cargo;
 *   <li>STATUS_CHANGE: the same state and a shared word of the subject;
 *   <li>ACCUSE: the accusers overlap and the accused overlap; DENY: the deniers overlap and the "about" words do.
 * </ul>
 *
 * Times must overlap, and an absent time agrees with any. The first candidate that matches wins, so the caller's
 * order (for example by fused event id) makes the result deterministic.
 */
public final class RuleFusion implements EventFusion {
    /**
     * A denial is dated when it is made, while what it denies may be dated by the accusation or the shipment, so the
     * two are compatible when they lie within this many days of each other: "both Moscow and Pyongyang denied the
     * weapons trade when the US made similar accusations in September" answers shipments reported in November.
     */
    public static final int DENIAL_WINDOW_DAYS = 92;

    private static final Set<String> DENIABLE = Set.of("TRANSFER", "ACCUSE", "CROSSING");
    private static final List<String> PARTY_ROLES = List.of("supplier", "recipient", "accused", "from", "to");
    private static final Pattern HEDGE = Pattern.compile(
            "could not be (?:determined|confirmed|verified)|cannot be (?:determined|confirmed|verified)"
                    + "|not known whether|unclear whether|indicates?|suggests?|appears?|reportedly|allegedly"
                    + "|suspected|accused|amid reports|claims?|said to|believed to|may have|might have",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Optional<FusedEvent> sameHappening(Mention mention, List<FusedEvent> candidates) {
        Event e = mention.event();
        for (FusedEvent f : candidates) {
            // one report's events are already told apart by the extractor; a report does not corroborate itself
            if (f.claims().stream().anyMatch(c -> c.reportId().equals(mention.reportId()))) continue;
            if (f.type().equals(e.type())
                    && rolesAgree(e.type(), f.roles(), e.roles())
                    && timesOverlap(f.when(), e.when(), 0)) return Optional.of(f);
        }
        return Optional.empty();
    }

    @Override
    public FusedEvent start(String id, Mention mention) {
        Event e = mention.event();
        return new FusedEvent(id, e.type(), e.roles(), e.when(), List.of(claim(mention)));
    }

    @Override
    public FusedEvent join(FusedEvent event, Mention mention) {
        Event e = mention.event();
        Claim c = claim(mention);
        for (Claim existing : event.claims()) if (existing.id().equals(c.id())) return event;
        Map<String, Object> roles = new LinkedHashMap<>(event.roles());
        e.roles().forEach((name, value) -> {
            if (Words.absent(roles.get(name)) && !Words.absent(value)) roles.put(name, value);
        });
        return new FusedEvent(event.id(), event.type(), roles, finer(event.when(), e.when()), with(event.claims(), c));
    }

    @Override
    public List<FusedEvent> denied(Mention deny, List<FusedEvent> candidates) {
        Event d = requireDeny(deny);
        Set<String> about = Words.of(d.role("about"));
        List<FusedEvent> out = new ArrayList<>();
        for (FusedEvent f : candidates) {
            if (!DENIABLE.contains(f.type())) continue;
            if (!deniedBy(f, d.role("denier"))) continue;
            if (!aboutAgrees(f, about)) continue;
            if (!timesOverlap(f.when(), d.when(), DENIAL_WINDOW_DAYS)) continue;
            out.add(f);
        }
        return out;
    }

    @Override
    public FusedEvent deny(FusedEvent event, Mention deny) {
        Event d = requireDeny(deny);
        // the source of a denial is whoever the report says denies; failing a named source, the denying party itself
        String source = !d.sources().isEmpty()
                ? d.sources().getFirst()
                : !Words.items(d.role("denier")).isEmpty()
                        ? String.join(
                                ", ",
                                Words.items(d.role("denier")).stream()
                                        .map(Object::toString)
                                        .toList())
                        : sourceOf(deny);
        Claim c = new Claim(
                claimId(deny),
                deny.reportId(),
                deny.independenceGroup(),
                deny.published(),
                source,
                Stance.DENIES,
                "denied",
                null,
                d.evidence());
        for (Claim existing : event.claims()) if (existing.id().equals(c.id())) return event;
        return new FusedEvent(event.id(), event.type(), event.roles(), event.when(), with(event.claims(), c));
    }

    /** The claim a mention makes about its own event. */
    static Claim claim(Mention m) {
        Event e = m.event();
        Stance stance = switch (e.status()) {
            case "denied" -> Stance.DENIES;
            case "uncertain" -> Stance.DOUBTS;
            default -> Stance.ASSERTS;
        };
        String hedge = switch (e.status()) {
            case "alleged", "uncertain" -> hedge(e.evidence().text(), e.status());
            default -> null;
        };
        return new Claim(
                claimId(m),
                m.reportId(),
                m.independenceGroup(),
                m.published(),
                sourceOf(m),
                stance,
                e.status(),
                hedge,
                e.evidence());
    }

    /** Stable across reruns: a report's event ids are fixed by its text, which its id hashes. */
    static String claimId(Mention m) {
        return m.reportId() + "#" + m.event().id();
    }

    static String sourceOf(Mention m) {
        if (!m.event().sources().isEmpty()) return m.event().sources().getFirst();
        if (m.outlet() != null && !m.outlet().isBlank()) return m.outlet();
        return "report";
    }

    /** The cue in the evidence that makes the claim hedged, else the status itself as the cue. */
    static String hedge(String evidence, String status) {
        var m = HEDGE.matcher(evidence);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : status;
    }

    static boolean rolesAgree(String type, Map<String, Object> a, Map<String, Object> b) {
        return switch (type) {
            case "TRANSFER" ->
                samePartyOrBothAbsent(a.get("supplier"), b.get("supplier"))
                        && samePartyOrBothAbsent(a.get("recipient"), b.get("recipient"))
                        && goodsAgree(a, b)
                        && (a.get("kind") == null
                                || b.get("kind") == null
                                || a.get("kind").equals(b.get("kind")));
            case "CROSSING" -> crossingAgrees(a, b);
            case "STATUS_CHANGE" ->
                a.get("state") != null && a.get("state").equals(b.get("state")) && Words.share(subject(a), subject(b));
            case "ACCUSE" ->
                Words.overlap(a.get("accuser"), b.get("accuser")) && Words.overlap(a.get("accused"), b.get("accused"));
            case "DENY" ->
                Words.overlap(a.get("denier"), b.get("denier")) && aboutsAgree(a.get("about"), b.get("about"));
            default -> false;
        };
    }

    /** Two denials agree on what they deny when they share a word or both speak of arms ("weapons trade"/"arms exports"). */
    private static boolean aboutsAgree(Object a, Object b) {
        Set<String> wa = Words.of(a), wb = Words.of(b);
        return Words.share(wa, wb) || (Words.arms(wa) && Words.arms(wb));
    }

    private static boolean samePartyOrBothAbsent(Object a, Object b) {
        if (Words.absent(a) || Words.absent(b)) return Words.absent(a) && Words.absent(b);
        return Words.sameParty(a, b);
    }

    static boolean goodsAgree(Map<String, Object> a, Map<String, Object> b) {
        Object ha = a.get("hs"), hb = b.get("hs");
        if (ha != null
                && hb != null
                && ha.toString().substring(0, 2).equals(hb.toString().substring(0, 2))) return true;
        Set<String> wa = Words.of(a.get("item")), wb = Words.of(b.get("item"));
        if (Words.share(wa, wb)) return true;
        return isArms(ha, wa) && isArms(hb, wb);
    }

    private static boolean isArms(Object hs, Set<String> itemWords) {
        return (hs != null && hs.toString().startsWith("93")) || Words.arms(itemWords);
    }

    private static boolean crossingAgrees(Map<String, Object> a, Map<String, Object> b) {
        boolean named = false;
        for (String side : List.of("from", "to")) {
            Object x = a.get(side), y = b.get(side);
            if (Words.absent(x) || Words.absent(y)) continue;
            if (!Words.sameParty(x, y)) return false;
            named = true;
        }
        if (named) return true;
        Set<String> wa = Words.of(List.of(String.valueOf(a.get("vehicle")), String.valueOf(a.get("item"))));
        Set<String> wb = Words.of(List.of(String.valueOf(b.get("vehicle")), String.valueOf(b.get("item"))));
        wa.remove("null");
        wb.remove("null");
        return Words.share(wa, wb);
    }

    private static Set<String> subject(Map<String, Object> roles) {
        Set<String> words = Words.of(roles.get("subject"));
        words.addAll(Words.of(roles.get("subject_terms")));
        return words;
    }

    private static boolean deniedBy(FusedEvent f, Object deniers) {
        for (String role : PARTY_ROLES) {
            if (Words.overlap(f.roles().get(role), deniers)) return true;
        }
        return false;
    }

    private static boolean aboutAgrees(FusedEvent f, Set<String> about) {
        Set<String> words = Words.of(f.roles().get("item"));
        words.addAll(Words.of(f.roles().get("about")));
        words.addAll(Words.of(f.roles().get("vehicle")));
        if (Words.share(words, about)) return true;
        Object hs = f.roles().get("hs");
        return Words.arms(about) && isArms(hs, words);
    }

    /**
     * Whether two EDTF times can be the same happening: intervals that overlap once widened by {@code slackDays}; an
     * absent or unreadable time agrees with any, since it says nothing against the match.
     */
    static boolean timesOverlap(String a, String b, int slackDays) {
        Interval x = interval(a), y = interval(b);
        if (x == null || y == null) return true;
        if (slackDays > 0) x = widen(x, slackDays);
        return x.overlaps(y);
    }

    /** The more precise of two times: the shorter interval, an open one counting as endless; absent yields. */
    static String finer(String a, String b) {
        Interval x = interval(a), y = interval(b);
        if (x == null) return y == null ? a : b;
        if (y == null) return a;
        return length(y) < length(x) ? b : a;
    }

    private static long length(Interval i) {
        return i.isOpen() ? Long.MAX_VALUE : ChronoUnit.DAYS.between(i.start(), i.end());
    }

    private static Interval widen(Interval i, int days) {
        return new Interval(
                i.start() == null ? null : i.start().minusDays(days),
                i.end() == null ? null : i.end().plusDays(days));
    }

    private static Interval interval(String edtf) {
        if (edtf == null || edtf.isBlank()) return null;
        try {
            return Edtf.parse(edtf);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Event requireDeny(Mention m) {
        if (!m.event().type().equals("DENY"))
            throw new IllegalArgumentException(
                    "not a DENY mention: " + m.event().type());
        return m.event();
    }

    private static List<Claim> with(List<Claim> claims, Claim c) {
        List<Claim> out = new ArrayList<>(claims);
        out.add(c);
        return out;
    }
}
