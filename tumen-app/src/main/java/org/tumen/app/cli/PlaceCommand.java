package org.tumen.app.cli;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tumen.app.service.PlaceReport;
import org.tumen.app.service.Places;
import org.tumen.core.place.ActivitySeries;
import org.tumen.core.place.Gazetteer;
import org.tumen.core.place.Place;
import org.tumen.core.place.PlaceSignal;
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
        Places places = new Places(Gazetteer.load());
        Place place;
        try {
            place = places.find(name);
        } catch (NoSuchElementException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        ActivitySeries.Step step = Places.step(by);
        PlaceReport report;
        try (Store db = store.open()) {
            report = Places.report(places.activity(db.activityEvents(), gapMonths), place);
        }
        System.out.println(json ? report.toJson(step).toString() : text(places.gazetteer(), report, step));
        return 0;
    }

    static String text(Gazetteer g, PlaceReport report, ActivitySeries.Step step) {
        Place p = report.place();
        ActivitySeries series = report.series();
        List<PlaceSignal> signals = report.signals();
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
}
