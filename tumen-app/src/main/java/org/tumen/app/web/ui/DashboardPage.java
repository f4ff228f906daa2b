package org.tumen.app.web.ui;

import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.tumen.core.watch.Alert;
import org.tumen.store.EventQuery;
import org.tumen.store.ReportSummary;
import org.tumen.store.Store;
import org.tumen.store.StoreStats;

/** {@code /}: counts, the latest and the most likely events, alerts, active places and the latest reports. */
public final class DashboardPage {
    private static final int ROWS = 15;

    public record Model(
            StoreStats stats,
            List<EventCard> latest,
            List<EventCard> likely,
            List<Alert> alerts,
            List<PlaceCache.Recent> places,
            List<ReportSummary> reports) {}

    private DashboardPage() {}

    static void show(Ui ui, Context ctx) {
        Store store = ui.context().store();
        ui.page(
                ctx,
                "dashboard.jte",
                new Model(
                        store.stats(),
                        store.recentEvents(ROWS).stream().map(EventCard::of).toList(),
                        store.events(EventQuery.builder().limit(ROWS).build()).stream()
                                .map(EventCard::of)
                                .toList(),
                        latestAlerts(store),
                        ui.places().recent(10),
                        store.recentReports(ROWS)));
    }

    /** The last week's alerts, newest first (the store lists them oldest first from a time). */
    private static List<Alert> latestAlerts(Store store) {
        List<Alert> week = store.alertsSince(Instant.now().minus(Duration.ofDays(7)), 500);
        return week.reversed().stream().limit(10).toList();
    }
}
