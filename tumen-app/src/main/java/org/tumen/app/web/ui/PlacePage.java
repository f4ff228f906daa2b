package org.tumen.app.web.ui;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tumen.core.place.ActivitySeries;
import org.tumen.core.place.Gazetteer;
import org.tumen.core.place.Place;
import org.tumen.core.place.PlaceActivity;
import org.tumen.core.place.PlaceSignal;

/**
 * {@code /places}: the gazetteer's watched places; {@code /places/{name}}: one place (found as {@code tumen place}
 * finds it: id, name, alias or the start of one) with its activity by week or month as a chart, its signals and
 * the sightings behind them.
 */
public final class PlacePage {
    public record ListModel(List<Place> places) {}

    public record Model(
            Place place,
            List<Place> around,
            ActivitySeries series,
            List<PlaceSignal> signals,
            String step,
            String chart) {}

    private PlacePage() {}

    static void list(Ui ui, Context ctx) {
        ui.page(ctx, "places.jte", new ListModel(ui.places().gazetteer().all()));
    }

    static void show(Ui ui, Context ctx) {
        Gazetteer g = ui.places().gazetteer();
        String name = ctx.pathParam("name");
        var found = g.byId(name).or(() -> g.lookup(name).found());
        if (found.isEmpty()) {
            var matches = g.lookup(name).matches();
            ui.notFound(
                    ctx,
                    matches.isEmpty()
                            ? "No place named " + name + "."
                            : name + " is ambiguous: "
                                    + String.join(
                                            ", ",
                                            matches.stream().map(Place::id).toList())
                                    + ".");
            return;
        }
        Place p = found.get();
        String by = "month".equals(ctx.queryParam("by")) ? "month" : "week";
        ActivitySeries.Step step = ActivitySeries.Step.valueOf(by.toUpperCase(Locale.ROOT));
        PlaceActivity activity = ui.places().activity();
        ActivitySeries series = activity.series(p);
        List<PlaceSignal> signals = activity.signals(p);
        List<Map<String, Object>> buckets = series.buckets(step).stream()
                .map(b -> Map.<String, Object>of(
                        "start", b.start().toString(),
                        "crossings", b.crossings(),
                        "transfers", b.transfers(),
                        "status_changes", b.statusChanges()))
                .toList();
        List<Map<String, Object>> marks = signals.stream()
                .map(s -> Map.<String, Object>of("kind", s.kind().code(), "at", s.at().toString()))
                .toList();
        String chart = SafeJson.of(Map.of("step", by, "buckets", buckets, "signals", marks));
        ui.page(ctx, "place.jte", new Model(p, g.around(p.id()), series, signals, by, chart));
    }
}
