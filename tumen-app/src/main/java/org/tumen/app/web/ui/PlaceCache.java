package org.tumen.app.web.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tumen.core.place.DetectionConfig;
import org.tumen.core.place.Gazetteer;
import org.tumen.core.place.Place;
import org.tumen.core.place.PlaceActivity;
import org.tumen.core.place.Sighting;
import org.tumen.store.Store;

/**
 * Place activity for the dashboard and the place pages, computed as {@code tumen place} computes it. It reads every
 * crossing, transfer and status change in the store, so it is kept for a minute and dropped after each write the
 * server makes (an ingest from the form or the API, a watchlist), rather than read on every page view. The dashboard never waits for it: it shows what was read last and
 * asks for a fresh read in the background.
 */
public final class PlaceCache {
    private static final Duration KEEP = Duration.ofMinutes(1);

    /** A place's latest sighting, for the dashboard. */
    public record Recent(Place place, LocalDate last, int sightings) {}

    private final Store store;
    private final java.util.function.LongSupplier writes;
    private final Gazetteer gazetteer = Gazetteer.load();
    private PlaceActivity activity;
    private long readAt;
    private long readAfterWrites = -1;
    private boolean fresh;

    PlaceCache(Store store, java.util.function.LongSupplier writes) {
        this.store = store;
        this.writes = writes;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    synchronized PlaceActivity activity() {
        if (stale()) {
            readAfterWrites = writes.getAsLong();
            activity = PlaceActivity.of(gazetteer, store.activityEvents(), DetectionConfig.DEFAULTS);
            readAt = System.nanoTime();
            fresh = true;
        }
        return activity;
    }

    /** After an ingest: the next read is fresh, and the dashboard shows the old activity until then. */
    synchronized void invalidate() {
        fresh = false;
    }

    private boolean stale() {
        return activity == null
                || !fresh
                || writes.getAsLong() != readAfterWrites
                || System.nanoTime() - readAt > KEEP.toNanos();
    }

    private final java.util.concurrent.ExecutorService refresher =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "tumen-ui-places");
                t.setDaemon(true);
                return t;
            });
    private final java.util.concurrent.atomic.AtomicBoolean refreshing =
            new java.util.concurrent.atomic.AtomicBoolean();

    /** The activity read last without waiting, or null when none is ready; a stale one is refreshed meanwhile. */
    PlaceActivity ready() {
        PlaceActivity current;
        boolean stale;
        synchronized (this) {
            current = activity;
            stale = stale();
        }
        if (stale && refreshing.compareAndSet(false, true)) {
            refresher.execute(() -> {
                try {
                    activity();
                } catch (RuntimeException e) {
                    // the dashboard shows no places; the place page reports the error when asked
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return current;
    }

    /** The places with dated activity, latest first; empty while the first read is under way. */
    List<Recent> recent(int limit) {
        PlaceActivity a = ready();
        List<Recent> out = new ArrayList<>();
        if (a == null) return out;
        for (Place p : gazetteer.all()) {
            List<Sighting> seen = a.series(p).sightings();
            seen.stream()
                    .map(Sighting::day)
                    .filter(d -> d != null)
                    .max(Comparator.naturalOrder())
                    .ifPresent(last -> out.add(new Recent(p, last, seen.size())));
        }
        out.sort(Comparator.comparing(Recent::last).reversed());
        return out.subList(0, Math.min(limit, out.size()));
    }
}
