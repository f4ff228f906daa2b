package org.tumen.core.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The place stages put together: resolves a batch of stored events to places, builds each place's series and reads
 * its signals. The CLI, the watch alerts and the UI call this and nothing below it.
 *
 * <pre>{@code
 * PlaceActivity activity = PlaceActivity.of(Gazetteer.load(), store.activityEvents(), DetectionConfig.DEFAULTS);
 * for (PlaceSignal s : activity.signals()) ...
 * }</pre>
 */
public final class PlaceActivity {
    private final Gazetteer gazetteer;
    private final Map<String, List<Sighting>> byPlace;
    private final ActivityDetector detector;

    private PlaceActivity(Gazetteer gazetteer, Map<String, List<Sighting>> byPlace, ActivityDetector detector) {
        this.gazetteer = gazetteer;
        this.byPlace = byPlace;
        this.detector = detector;
    }

    public static PlaceActivity of(Gazetteer gazetteer, List<ActivityEvent> events, DetectionConfig config) {
        Map<String, PlaceResolver.Resolution> placed = new PlaceResolver(gazetteer).resolveAll(events);
        Map<String, List<Sighting>> byPlace = new LinkedHashMap<>();
        for (ActivityEvent e : events) {
            PlaceResolver.Resolution r = placed.get(e.id());
            if (r != null)
                byPlace.computeIfAbsent(r.place().id(), k -> new ArrayList<>()).add(Sighting.of(e, r));
        }
        return new PlaceActivity(gazetteer, byPlace, new ActivityDetector(config));
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The place's series; empty when nothing resolved to it. */
    public ActivitySeries series(Place place) {
        return new ActivitySeries(place, byPlace.getOrDefault(place.id(), List.of()));
    }

    public List<PlaceSignal> signals(Place place) {
        return detector.detect(series(place));
    }

    /** The signals of every place with activity, place by place in gazetteer order. */
    public List<PlaceSignal> signals() {
        List<PlaceSignal> out = new ArrayList<>();
        for (Place p : gazetteer.all()) if (byPlace.containsKey(p.id())) out.addAll(signals(p));
        return out;
    }
}
