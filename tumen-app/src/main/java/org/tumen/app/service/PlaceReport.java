package org.tumen.app.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tumen.core.json.ExtractionJson;
import org.tumen.core.place.ActivitySeries;
import org.tumen.core.place.Place;
import org.tumen.core.place.PlaceSignal;
import org.tumen.core.place.Sighting;

/** A place with its activity series and the signals read from it, as {@code tumen place --json} gives it. */
public record PlaceReport(Place place, ActivitySeries series, List<PlaceSignal> signals) {
    public PlaceReport {
        signals = List.copyOf(signals);
    }

    public ObjectNode toJson(ActivitySeries.Step step) {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.set("place", ExtractionJson.MAPPER.valueToTree(place));
        ArrayNode buckets = n.putArray(step == ActivitySeries.Step.WEEK ? "weeks" : "months");
        for (ActivitySeries.Bucket b : series.buckets(step)) bucket(buckets.addObject(), b);
        ArrayNode sightings = n.putArray("sightings");
        for (Sighting s : series.sightings()) sighting(sightings.addObject(), s);
        ArrayNode sig = n.putArray("signals");
        for (PlaceSignal s : signals) signal(sig.addObject(), s);
        return n;
    }

    private static void bucket(ObjectNode o, ActivitySeries.Bucket b) {
        o.put("start", b.start().toString());
        o.put("crossings", b.crossings());
        o.put("transfers", b.transfers());
        o.put("status_changes", b.statusChanges());
        o.set("events", ExtractionJson.MAPPER.valueToTree(b.eventIds()));
    }

    private static void sighting(ObjectNode o, Sighting s) {
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

    private static void signal(ObjectNode o, PlaceSignal s) {
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
}
