package org.tumen.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tumen.core.json.ExtractionJson;
import org.tumen.core.place.ActivitySeries;
import org.tumen.core.place.DetectionConfig;
import org.tumen.core.place.Gazetteer;
import org.tumen.core.place.Place;
import org.tumen.core.place.PlaceActivity;
import org.tumen.core.place.PlaceSignal;
import org.tumen.core.place.Sighting;
import org.tumen.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tumen place NAME}: a place from the gazetteer and its activity over time, with the signals read from it. */
@Command(
        name = "place",
        mixinStandardHelpOptions = true,
        description = "Show a place (name, aliases, coordinates, source) and its activity by week or month.")
public final class PlaceCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "NAME", description = "An id, name, alias or the start of one (\"Tumangang\").")
    String name;

    @Option(names = "--json", description = "As one JSON object.")
    boolean json;

    @Option(names = "--by", defaultValue = "week", description = "week or month (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(
            names = "--gap-months",
            defaultValue = "6",
            description = "Months without activity after which activity is a resumption (default: ${DEFAULT-VALUE}).")
    int gapMonths;

    @Override
    public Integer call() {
        Gazetteer gazetteer = Gazetteer.load();
        var lookup = gazetteer.lookup(name);
        if (lookup.found().isEmpty()) {
            System.err.println("error: "
                    + (lookup.matches().isEmpty()
                            ? "no place named " + name
                            : name + " is ambiguous: "
                                    + lookup.matches().stream().map(Place::id).collect(Collectors.joining(", "))));
            return 1;
        }
        Place place = lookup.found().get();
        ActivitySeries.Step step = ActivitySeries.Step.valueOf(by.toUpperCase(java.util.Locale.ROOT));
        PlaceActivity activity;
        try (Store db = store.open()) {
            activity =
                    PlaceActivity.of(gazetteer, db.activityEvents(), DetectionConfig.DEFAULTS.withGapMonths(gapMonths));
        }
        ActivitySeries series = activity.series(place);
        List<PlaceSignal> signals = activity.signals(place);
        System.out.println(json ? json(place, series, step, signals) : text(gazetteer, place, series, step, signals));
        return 0;
    }

    static String text(
            Gazetteer g, Place p, ActivitySeries series, ActivitySeries.Step step, List<PlaceSignal> signals) {
        StringBuilder out = new StringBuilder();
        out.append(p.name()).append(" (").append(p.id()).append("): ").append(p.kind());
        out.append(", ").append(String.join("/", p.modes())).append(", ").append(String.join("–", p.countries()));
        if (p.status() != null) out.append(", ").append(p.status());
        out.append('\n');
        if (!p.aliases().isEmpty())
            out.append("aliases: ").append(String.join("; ", p.aliases())).append('\n');
        if (p.coordinates() != null) {
            var c = p.coordinates();
            out.append("coordinates: %.6f, %.6f (%s)%s%n"
                    .formatted(c.lat(), c.lon(), c.precision(), c.note() == null ? "" : " — " + c.note()));
        } else {
            out.append("coordinates: none — ").append(p.coordinatesAbsent()).append('\n');
        }
        out.append("source: ").append(p.source()).append('\n');
        if (p.near() != null) out.append("near: ").append(p.near()).append('\n');
        List<Place> around = g.around(p.id());
        if (!around.isEmpty())
            out.append("around it: ")
                    .append(around.stream().map(Place::name).collect(Collectors.joining("; ")))
                    .append('\n');
        out.append('\n');
        out.append("%-10s  %9s  %9s  %13s  %s%n"
                .formatted(
                        step.name().toLowerCase(java.util.Locale.ROOT),
                        "crossings",
                        "transfers",
                        "status-changes",
                        "signals"));
        for (ActivitySeries.Bucket b : series.buckets(step)) {
            String marks = signals.stream()
                    .filter(s -> step == ActivitySeries.Step.WEEK
                            ? s.week().equals(b.start())
                            : s.at().withDayOfMonth(1).equals(b.start()))
                    .map(s -> s.kind().code())
                    .distinct()
                    .collect(Collectors.joining(", "));
            out.append("%-10s  %9d  %9d  %13d  %s"
                            .formatted(b.start(), b.crossings(), b.transfers(), b.statusChanges(), marks)
                            .stripTrailing())
                    .append('\n');
        }
        if (series.sightings().isEmpty()) out.append("(no activity in the store)\n");
        if (!signals.isEmpty()) out.append("\nsignals:\n");
        for (PlaceSignal s : signals) {
            out.append("  ").append(s.kind().code()).append(' ').append(s.at());
            if (s.since() != null) out.append(" since ").append(s.since());
            out.append(": ")
                    .append(s.reason())
                    .append(" [")
                    .append(String.join(", ", s.eventIds()))
                    .append("]\n");
        }
        return out.toString().stripTrailing();
    }

    static String json(Place p, ActivitySeries series, ActivitySeries.Step step, List<PlaceSignal> signals) {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.set("place", ExtractionJson.MAPPER.valueToTree(p));
        ArrayNode buckets = n.putArray(step == ActivitySeries.Step.WEEK ? "weeks" : "months");
        for (ActivitySeries.Bucket b : series.buckets(step)) {
            ObjectNode o = buckets.addObject();
            o.put("start", b.start().toString());
            o.put("crossings", b.crossings());
            o.put("transfers", b.transfers());
            o.put("status_changes", b.statusChanges());
            o.set("events", ExtractionJson.MAPPER.valueToTree(b.eventIds()));
        }
        ArrayNode sightings = n.putArray("sightings");
        for (Sighting s : series.sightings()) {
            ObjectNode o = sightings.addObject();
            o.put("event", s.id());
            o.put("type", s.type());
            o.put("when", s.event().when());
            o.put("day", String.valueOf(s.day()));
            o.put("dating", s.dating());
            o.put(
                    "reported",
                    s.event().reported() == null ? null : s.event().reported().toString());
            o.put(
                    "captured",
                    s.event().captured() == null ? null : s.event().captured().toString());
            o.put("resolved_by", s.rule().code());
            o.put("summary", s.phrase());
        }
        ArrayNode sig = n.putArray("signals");
        for (PlaceSignal s : signals) {
            ObjectNode o = sig.addObject();
            o.put("kind", s.kind().code());
            o.put("place", s.place().id());
            o.put("at", s.at().toString());
            o.put("week", s.week().toString());
            o.put("when", s.when());
            o.put("since", s.since());
            o.put("reason", s.reason());
            o.set("events", ExtractionJson.MAPPER.valueToTree(s.eventIds()));
            o.put("key", s.key());
        }
        return n.toString();
    }
}
