package org.tumen.store.internal;

import static org.tumen.store.internal.Jdbc.query;
import static org.tumen.store.internal.Jdbc.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.place.ActivityEvent;
import org.tumen.core.watch.PlaceSignals;

/**
 * The place of every activity event, kept in {@code event_places} (V11) so that an ingest reads the activity history
 * of the places it touched rather than of every place. The signals at a place (resumption, burst) depend only on the
 * events placed there, and a rail crossing that names no place is placed by its report's other events, so the
 * history read is: the events at the touched places and the other events of their reports. The table is complete
 * while {@code store_meta} says so; an ingest that does not keep it (no watchlist) says it is not, and the next one
 * that needs it places every event once.
 */
final class EventPlaces {
    private static final String META = "event_places";
    private static final String COMPLETE = "complete";

    private final PlaceSignals places;

    EventPlaces(PlaceSignals places) {
        this.places = places;
    }

    /** After a write that changed activity events without keeping their places. */
    static void stale(Connection c) throws SQLException {
        update(c, "mark_places_stale");
    }

    /** The activity history the signals of these touched events need, the places kept up on the way. */
    List<ActivityEvent> history(Connection c, List<FusedEvent> touched) throws SQLException {
        if (!places.placesEvents()) return Reader.activityEvents(c);
        if (!complete(c)) return placeAll(c);
        List<String> ids = new ArrayList<>(
                new LinkedHashSet<>(touched.stream().map(FusedEvent::id).toList()));
        // the touched events and their reports' other events, placed again: what they say may have changed
        Set<String> nearIds = Reader.reportMates(c, ids);
        List<ActivityEvent> near = Reader.activityEventsOf(c, nearIds);
        Map<String, String> at = places.places(near);
        for (String id : nearIds) update(c, "delete_event_place", id);
        for (var e : at.entrySet()) update(c, "insert_event_place", e.getKey(), e.getValue());
        Set<String> here = new LinkedHashSet<>();
        for (String id : ids) if (at.containsKey(id)) here.add(at.get(id));
        if (here.isEmpty()) return near;
        String atPlaces = Sql.get("events_at_places").formatted(marks(here.size()));
        List<String> there = Jdbc.list(c, atPlaces, rs -> rs.getString(1), here.toArray());
        return Reader.activityEventsOf(c, Reader.reportMates(c, there));
    }

    private static boolean complete(Connection c) throws SQLException {
        return query(c, "store_meta", rs -> rs.getString(1), META).contains(COMPLETE);
    }

    /** Every activity event placed, once: the whole history is read for it, and is this ingest's history too. */
    private List<ActivityEvent> placeAll(Connection c) throws SQLException {
        List<ActivityEvent> all = Reader.activityEvents(c);
        update(c, "delete_event_places");
        for (var e : places.places(all).entrySet()) update(c, "insert_event_place", e.getKey(), e.getValue());
        update(c, "set_store_meta", COMPLETE, META);
        return all;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
