package org.tumen.app.web.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tumen.app.cli.Views;
import org.tumen.core.export.GeoJsonExporter;
import org.tumen.core.place.Place;
import org.tumen.store.EventQuery;
import org.tumen.store.EventView;

/**
 * {@code /map}: an offline map. Country shapes are Natural Earth's (a static file, no tile server); events are
 * placed exactly as the GeoJSON export places them (a crossing point, or a line from origin to destination country
 * that the script draws with an arrowhead); the gazetteer's places with coordinates are marked and link to their
 * pages.
 */
public final class MapPage {
    public record Model(String json, int events, int placed) {}

    record PlaceMark(String id, String name, double lat, double lon, String kind) {}

    private MapPage() {}

    static void show(Ui ui, Context ctx) {
        EventQuery.Builder q = EventQuery.builder().limit(TimelinePage.LIMIT);
        Params.date(ctx, "since", q::since);
        Params.date(ctx, "until", q::until);
        List<EventView> events = ui.context().store().events(q.build());
        ObjectNode features = new GeoJsonExporter().collection(Views.bundle(events, List.of()));
        for (var f : features.withArray("features")) {
            EventView e = events.stream()
                    .filter(x -> x.id().equals(f.get("id").asText()))
                    .findFirst()
                    .orElseThrow();
            ((ObjectNode) f.get("properties")).put("title", EventCard.of(e).title());
        }
        List<PlaceMark> places = new ArrayList<>();
        for (Place p : ui.places().gazetteer().all()) {
            if (p.coordinates() != null)
                places.add(new PlaceMark(
                        p.id(), p.name(), p.coordinates().lat(), p.coordinates().lon(), p.kind()));
        }
        String json = SafeJson.of(Map.of("events", features, "places", places));
        ui.page(
                ctx,
                "map.jte",
                new Model(json, events.size(), features.withArray("features").size()));
    }
}
