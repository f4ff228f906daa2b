package org.tumen.core.watch;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.place.ActivityEvent;
import org.tumen.core.place.DetectionConfig;
import org.tumen.core.place.Gazetteer;
import org.tumen.core.place.PlaceActivity;
import org.tumen.core.place.PlaceResolver;
import org.tumen.core.place.PlaceSignal;

/**
 * The places stage's detector behind the watch's {@link PlaceSignals}: resumptions, bursts and co-located sightings
 * found in the activity history that involve an event the current ingest touched. A resumption needs the history
 * (the closure two years earlier), so the store reads it inside the ingest's transaction.
 */
public final class ActivitySignals implements PlaceSignals {
    private final Gazetteer gazetteer;
    private final DetectionConfig config;

    public ActivitySignals(Gazetteer gazetteer, DetectionConfig config) {
        this.gazetteer = gazetteer;
        this.config = config;
    }

    public static ActivitySignals defaults() {
        return new ActivitySignals(Gazetteer.load(), DetectionConfig.DEFAULTS);
    }

    @Override
    public List<WatchSignal> signals(List<FusedEvent> touched) {
        return List.of();
    }

    /** Only crossings, transfers and status changes make up a place's activity; other events cannot signal. */
    @Override
    public boolean needsHistory(List<FusedEvent> touched) {
        return touched.stream().anyMatch(e -> ACTIVITY.contains(e.type()));
    }

    private static final Set<String> ACTIVITY = Set.of("CROSSING", "TRANSFER", "STATUS_CHANGE");

    @Override
    public boolean placesEvents() {
        return true;
    }

    /**
     * By the place stage's resolver, all four rules (the fourth reads the other events of a report): the signals at
     * a place depend only on the events placed there, so a store may read just those.
     */
    @Override
    public Map<String, String> places(List<ActivityEvent> events) {
        Map<String, String> out = new LinkedHashMap<>();
        new PlaceResolver(gazetteer)
                .resolveAll(events)
                .forEach((id, r) -> out.put(id, r.place().id()));
        return out;
    }

    @Override
    public List<WatchSignal> signals(List<FusedEvent> touched, List<ActivityEvent> history) {
        Set<String> ids = new HashSet<>();
        for (FusedEvent e : touched) ids.add(e.id());
        return PlaceActivity.of(gazetteer, history, config).signals().stream()
                .filter(s -> s.eventIds().stream().anyMatch(ids::contains))
                .map(ActivitySignals::watchSignal)
                .toList();
    }

    private static WatchSignal watchSignal(PlaceSignal s) {
        return new WatchSignal(
                s.kind().code(), s.place().name(), s.week().toString(), s.since(), s.reason(), s.eventIds());
    }
}
