package org.tumen.core.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which place an event happened at. The rules, in order; the first that gives exactly one place wins:
 *
 * <ol>
 *   <li>{@code place-role}: its {@code place} role names a gazetteer place;
 *   <li>{@code evidence}: the sentences it rests on name exactly one gazetteer place;
 *   <li>{@code sole-rail-link}: it went by rail between two states the gazetteer says are joined by one rail crossing
 *       only — a CROSSING by a rail vehicle ({@code from}/{@code to}), a TRANSFER with {@code mode: rail}
 *       ({@code supplier}/{@code recipient}) or a STATUS_CHANGE of train or rail traffic ({@code actor}) — so it
 *       happened there (the seed's train from Russia to North Korea crossed the Tumangang–Khasan bridge);
 *   <li>{@code same-report}: a rail CROSSING that names neither place nor states, told in a report whose other
 *       events resolve by the rules above to exactly one rail crossing, happened there (the seed's railcars on
 *       imagery "moved across the border").
 * </ol>
 *
 * Anything else stays unresolved: a place is never guessed from a country alone.
 */
public final class PlaceResolver {
    private static final Pattern RAIL_VEHICLE = Pattern.compile(
            "(?i)\\b(trains?|rail\\w*|wagons?|locomotives?|freight cars?|boxcars?|tank cars?|flatcars?)\\b");

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** How an event was placed. */
    public enum Rule {
        PLACE_ROLE("place-role"),
        EVIDENCE("evidence"),
        SOLE_RAIL_LINK("sole-rail-link"),
        SAME_REPORT("same-report");

        private final String code;

        Rule(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public record Resolution(Place place, Rule rule) {}

    /** Resolves each event by the first three rules alone. */
    public Optional<Resolution> resolve(ActivityEvent e) {
        List<Place> named = gazetteer.mentionedIn(e.role("place"));
        if (named.size() == 1) return Optional.of(new Resolution(named.getFirst(), Rule.PLACE_ROLE));
        Set<Place> inEvidence = new HashSet<>();
        for (String s : e.sentences()) inEvidence.addAll(gazetteer.mentionedIn(s));
        if (inEvidence.size() == 1)
            return Optional.of(new Resolution(inEvidence.iterator().next(), Rule.EVIDENCE));
        List<String> states = railStates(e);
        if (states.size() == 2) {
            return gazetteer
                    .soleRailLink(states.get(0), states.get(1))
                    .map(p -> new Resolution(p, Rule.SOLE_RAIL_LINK));
        }
        return Optional.empty();
    }

    /** Resolves a batch by all four rules; events left out are unresolved. */
    public Map<String, Resolution> resolveAll(List<ActivityEvent> events) {
        Map<String, Resolution> out = new LinkedHashMap<>();
        Map<String, Set<Place>> railCrossingsOfReport = new HashMap<>();
        for (ActivityEvent e : events) {
            resolve(e).ifPresent(r -> {
                out.put(e.id(), r);
                if (r.place().serves("rail") && r.place().kind().equals("bridge")) {
                    for (String report : e.reportIds())
                        railCrossingsOfReport
                                .computeIfAbsent(report, k -> new HashSet<>())
                                .add(r.place());
                }
            });
        }
        for (ActivityEvent e : events) {
            if (out.containsKey(e.id()) || !bareRailCrossing(e)) continue;
            Set<Place> candidates = new HashSet<>();
            for (String report : e.reportIds()) candidates.addAll(railCrossingsOfReport.getOrDefault(report, Set.of()));
            if (candidates.size() == 1)
                out.put(e.id(), new Resolution(candidates.iterator().next(), Rule.SAME_REPORT));
        }
        return out;
    }

    /** The two states a rail event ran between, or an empty list when it is not by rail or not between two. */
    static List<String> railStates(ActivityEvent e) {
        return switch (e.type()) {
            case "CROSSING" -> railVehicle(e) ? pair(e.parties("from"), e.parties("to")) : List.of();
            case "TRANSFER" ->
                "rail".equals(e.role("mode")) ? pair(e.parties("supplier"), e.parties("recipient")) : List.of();
            case "STATUS_CHANGE" -> {
                String subject = e.role("subject");
                List<String> actors = e.parties("actor").stream().distinct().toList();
                yield subject != null && RAIL_VEHICLE.matcher(subject).find() && actors.size() == 2
                        ? actors
                        : List.of();
            }
            default -> List.of();
        };
    }

    private static boolean railVehicle(ActivityEvent e) {
        String vehicle = e.role("vehicle");
        return vehicle != null && RAIL_VEHICLE.matcher(vehicle).find();
    }

    private static boolean bareRailCrossing(ActivityEvent e) {
        return e.type().equals("CROSSING")
                && railVehicle(e)
                && e.role("place") == null
                && e.parties("from").isEmpty()
                && e.parties("to").isEmpty();
    }

    private static List<String> pair(List<String> a, List<String> b) {
        if (a.size() != 1 || b.size() != 1 || a.getFirst().equals(b.getFirst())) return List.of();
        return List.of(a.getFirst(), b.getFirst());
    }
}
