package org.tumen.app.web.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tumen.app.web.WebContext;
import org.tumen.core.place.DetectionConfig;
import org.tumen.core.place.Gazetteer;
import org.tumen.core.place.Place;
import org.tumen.core.place.PlaceActivity;
import org.tumen.core.place.Sighting;

/**
 * Place activity for the dashboard and the place pages: the server's own, computed as {@code tumen place} computes it
 * once per state of the store ({@link WebContext#placeActivity}). Reading it means reading every crossing, transfer
 * and status change, so the dashboard never waits for it: it shows what was read last and has a fresh read made in
 * the background after a write.
 */
public final class PlaceCache {
    private static final int GAP_MONTHS = DetectionConfig.DEFAULTS.gapMonths();

    /** A place's latest sighting, for the dashboard. */
    public record Recent(Place place, LocalDate last, int sightings) {}

    private final WebContext context;
    private volatile PlaceActivity last;

    PlaceCache(WebContext context) {
        this.context = context;
    }

    Gazetteer gazetteer() {
        return context.places().gazetteer();
    }

    /** The activity of the store as it is now (read when a write has made the last one stale). */
    PlaceActivity activity() {
        PlaceActivity a = context.placeActivity(GAP_MONTHS);
        last = a;
        return a;
    }

    private final java.util.concurrent.ExecutorService refresher =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "tumen-ui-places");
                t.setDaemon(true);
                return t;
            });
    private final java.util.concurrent.atomic.AtomicBoolean refreshing =
            new java.util.concurrent.atomic.AtomicBoolean();

    /** The activity of the store as it is, when already read; else the one read last (or null) while a fresh read runs. */
    PlaceActivity ready() {
        if (context.placeActivityReady(GAP_MONTHS)) return activity();
        if (refreshing.compareAndSet(false, true)) {
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
        return last;
    }

    /** The places with dated activity, latest first; empty while the first read is under way. */
    List<Recent> recent(int limit) {
        PlaceActivity a = ready();
        List<Recent> out = new ArrayList<>();
        if (a == null) return out;
        for (Place p : gazetteer().all()) {
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
