package org.tumen.core.watch;

import java.util.List;
import org.tumen.core.fuse.FusedEvent;

/**
 * The one job of telling which places an ingest made resume or burst. Called inside the ingest, after the report's
 * events are stored, with the fused events it touched; the default finds none. The places module's
 * {@code ActivityDetector} is wired in by an adapter from its {@code PlaceSignal} to {@link WatchSignal}.
 */
@FunctionalInterface
public interface PlaceSignals {
    List<WatchSignal> signals(List<FusedEvent> touched);

    /**
     * Whether {@link #signals(List, List)} needs the store's activity history for these touched events (read in the
     * ingest's transaction, so worth skipping when nothing touched can be activity at a place).
     */
    default boolean needsHistory(List<FusedEvent> touched) {
        return false;
    }

    /**
     * Whether {@link #places} tells where events are, so that the store may keep that and read only the history of
     * the places an ingest touched; when not, the store reads the whole history.
     */
    default boolean placesEvents() {
        return false;
    }

    /** The place each of these events is at, by event id (events at no place left out). */
    default java.util.Map<String, String> places(List<org.tumen.core.place.ActivityEvent> events) {
        return java.util.Map.of();
    }

    /**
     * With the activity history of the places the touched events are at (or of every place), including the events of
     * the report being ingested.
     */
    default List<WatchSignal> signals(List<FusedEvent> touched, List<org.tumen.core.place.ActivityEvent> history) {
        return signals(touched);
    }

    static PlaceSignals none() {
        return touched -> List.of();
    }
}
