package org.tumen.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.tumen.core.time.Edtf;
import org.tumen.core.time.Interval;

/**
 * One event per happening: a report that mentions the same shipment in its lead, in a quote and in a caption yields
 * one event, carrying the first statement as evidence, the most precise time and every source.
 */
final class EventMerger {
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "s", "to", "in");

    private EventMerger() {}

    static List<Draft> merge(List<Draft> drafts) {
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparingInt((Draft d) -> d.sentence).thenComparingInt(d -> d.trigger));
        List<Draft> out = new ArrayList<>();
        for (Draft d : sorted) {
            Draft same = out.stream().filter(o -> same(o, d)).findFirst().orElse(null);
            if (same == null) out.add(d);
            else absorb(same, d);
        }
        return out;
    }

    static boolean same(Draft a, Draft b) {
        if (!a.type.equals(b.type) || !timesAgree(textual(a), textual(b))) return false;
        return switch (a.type) {
            case "TRANSFER" ->
                Objects.equals(a.role("supplier"), b.role("supplier"))
                        && Objects.equals(a.role("recipient"), b.role("recipient"))
                        && goodsAgree(a, b)
                        && (a.role("kind") == null
                                || b.role("kind") == null
                                || a.role("kind").equals(b.role("kind")));
            case "CROSSING" ->
                Objects.equals(a.role("from"), b.role("from"))
                        && Objects.equals(a.role("to"), b.role("to"))
                        && shareWord(a.role("vehicle"), b.role("vehicle"));
            case "STATUS_CHANGE" ->
                Objects.equals(a.role("state"), b.role("state")) && shareWord(a.role("subject"), b.role("subject"));
            case "ACCUSE" ->
                overlap(a.list("accuser"), b.list("accuser")) && overlap(a.list("accused"), b.list("accused"));
            case "DENY" -> overlap(a.list("denier"), b.list("denier"));
            default -> false;
        };
    }

    private static void absorb(Draft kept, Draft other) {
        kept.sources.addAll(other.sources);
        if (other.datedByText && (!kept.datedByText || narrower(other.when, kept.when))) {
            kept.when = other.when;
            kept.datedByText = true;
        }
        for (var e : other.roles.entrySet()) kept.roles.putIfAbsent(e.getKey(), e.getValue());
        if (kept.type.equals("ACCUSE")) kept.roles.put("accused", union(kept.list("accused"), other.list("accused")));
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        for (String s : b) if (!out.contains(s)) out.add(s);
        return out;
    }

    private static boolean goodsAgree(Draft a, Draft b) {
        String ha = (String) a.role("hs");
        String hb = (String) b.role("hs");
        if (ha != null && hb != null) return ha.substring(0, 2).equals(hb.substring(0, 2));
        // a generic "weapons shipments" and the "artillery shells" of the same allegation are one alleged supply
        boolean alleged = a.status.equals("alleged") || b.status.equals("alleged");
        if (alleged && ImpliedAccusations.isArms(a) && ImpliedAccusations.isArms(b)) return true;
        return shareWord(a.role("item"), b.role("item"));
    }

    private static String textual(Draft d) {
        return d.datedByText ? d.when : null;
    }

    static boolean timesAgree(String a, String b) {
        if (a == null || b == null) return true;
        Interval x = Edtf.parse(a);
        Interval y = Edtf.parse(b);
        if (x == null || y == null) return true;
        return x.overlaps(y);
    }

    private static boolean narrower(String candidate, String current) {
        if (candidate == null) return false;
        if (current == null) return true;
        Interval c = Edtf.parse(candidate);
        Interval k = Edtf.parse(current);
        if (c == null || k == null) return false;
        return length(c) < length(k);
    }

    private static long length(Interval i) {
        if (i.start() == null || i.end() == null) return Long.MAX_VALUE / 2;
        return i.end().toEpochDay() - i.start().toEpochDay();
    }

    private static boolean overlap(List<String> a, List<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    static boolean shareWord(Object a, Object b) {
        Set<String> wa = words(a);
        wa.retainAll(words(b));
        return !wa.isEmpty();
    }

    static Set<String> words(Object o) {
        Set<String> out = new HashSet<>();
        if (o == null) return out;
        for (String w : o.toString().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            String stem = w.replaceAll("s+$", "");
            if (!w.isEmpty() && !STOP.contains(w)) out.add(stem);
        }
        return out;
    }
}
