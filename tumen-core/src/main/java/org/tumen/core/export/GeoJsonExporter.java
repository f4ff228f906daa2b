package org.tumen.core.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.tumen.core.assess.Assessment;
import org.tumen.core.recognise.CrossingPoint;

/**
 * Placed events as a GeoJSON FeatureCollection (RFC 7946, WGS 84, longitude first) for map tools.
 *
 * <p>An event that names a curated crossing point is a Point there: that is where it happened. Otherwise a
 * movement between two countries (supplier to recipient, from to to) is a LineString between the countries'
 * representative points, which shows direction, not a route. Events with neither (an accusation, a denial, a
 * transfer with one side unknown) are left out rather than pinned to a guess. The line is drawn straight in
 * longitude and latitude; a pair of countries across the antimeridian gets the long way round, which RFC 7946
 * allows but a map may draw oddly.
 */
public final class GeoJsonExporter implements Exporter {
    @Override
    public String mediaType() {
        return "application/geo+json";
    }

    @Override
    public String extension() {
        return "geojson";
    }

    @Override
    public void write(ExportBundle bundle, Writer out) throws IOException {
        ExportJson.writePretty(collection(bundle), out);
    }

    public ObjectNode collection(ExportBundle bundle) {
        ObjectNode fc = ExportJson.object();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (EventView e : EventView.all(bundle)) {
            geometry(e).ifPresent(g -> features.add(feature(e, g)));
        }
        return fc;
    }

    private static ObjectNode feature(EventView e, ObjectNode geometry) {
        ObjectNode f = ExportJson.object();
        f.put("type", "Feature");
        f.put("id", e.id());
        f.set("geometry", geometry);
        ObjectNode p = f.putObject("properties");
        p.put("id", e.id());
        p.put("type", e.event().type());
        p.put("label", e.label());
        if (e.event().when() != null) p.put("when", e.event().when());
        else p.putNull("when");
        p.put("status", e.status());
        Assessment a = e.assessment();
        if (a != null) {
            p.put("likelihood", a.likelihood());
            p.put("probability", a.probability());
        } else {
            p.putNull("likelihood");
            p.putNull("probability");
        }
        p.put("supporting", e.supporting());
        p.put("contradicting", e.contradicting());
        e.crossing().ifPresent(c -> p.put("place", c.name()));
        e.firstOf(EventView.ORIGIN_ROLES).ifPresent(o -> p.put("from", o));
        e.firstOf(EventView.DESTINATION_ROLES).ifPresent(d -> p.put("to", d));
        return f;
    }

    static Optional<ObjectNode> geometry(EventView e) {
        Optional<CrossingPoint> crossing = e.crossing();
        if (crossing.isPresent()) {
            ObjectNode g = ExportJson.object();
            g.put("type", "Point");
            g.set("coordinates", position(crossing.get().lon(), crossing.get().lat()));
            return Optional.of(g);
        }
        Optional<Places.Country> from = e.firstOf(EventView.ORIGIN_ROLES).flatMap(Places.get()::country);
        Optional<Places.Country> to = e.firstOf(EventView.DESTINATION_ROLES).flatMap(Places.get()::country);
        if (from.isEmpty() || to.isEmpty() || from.get().equals(to.get())) return Optional.empty();
        ObjectNode g = ExportJson.object();
        g.put("type", "LineString");
        ArrayNode line = g.putArray("coordinates");
        line.add(position(from.get().lon(), from.get().lat()));
        line.add(position(to.get().lon(), to.get().lat()));
        return Optional.of(g);
    }

    private static ArrayNode position(double lon, double lat) {
        ArrayNode p = ExportJson.NODES.arrayNode();
        p.add(lon);
        p.add(lat);
        return p;
    }
}
