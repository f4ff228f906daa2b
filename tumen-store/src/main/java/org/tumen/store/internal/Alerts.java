package org.tumen.store.internal;

import static org.tumen.store.internal.Jdbc.query;
import static org.tumen.store.internal.Jdbc.update;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.tumen.core.watch.Alert;
import org.tumen.core.watch.AlertKind;
import org.tumen.core.watch.Alerter;
import org.tumen.core.watch.EventChange;
import org.tumen.core.watch.PlaceSignals;
import org.tumen.core.watch.WatchSignal;
import org.tumen.core.watch.Watchlist;

/**
 * Raises the alerts an ingest causes, inside its transaction and under its lock: the alerts commit with the report
 * or not at all, and the check for an alert's cause key cannot race another ingest.
 */
public final class Alerts {
    private final PlaceSignals places;

    public Alerts(PlaceSignals places) {
        this.places = Objects.requireNonNull(places, "places");
    }

    /** Returns how many alerts were raised (a cause already alerted on is not raised again). */
    int raise(Connection c, List<EventChange> changes, String reportId, Instant now) throws SQLException {
        if (changes.isEmpty()) return 0;
        List<Watchlist> watches = watches(c);
        var touched = changes.stream().map(EventChange::event).toList();
        if (watches.isEmpty()) {
            // no watch, no work: the places of events are not kept up, and the next watched ingest places them all
            if (places.needsHistory(touched)) EventPlaces.stale(c);
            return 0;
        }
        List<WatchSignal> signals = places.needsHistory(touched)
                ? places.signals(touched, new EventPlaces(places).history(c, touched))
                : places.signals(touched);
        int raised = 0;
        for (Alert a : Alerter.alerts(watches, changes, signals, now)) {
            if (!query(c, "alert_exists", rs -> rs.getLong(1), a.causeKey()).isEmpty()) continue;
            update(
                    c,
                    "insert_alert",
                    a.id(),
                    a.causeKey(),
                    a.kind().wire(),
                    a.watch(),
                    a.event(),
                    a.place(),
                    a.reason(),
                    a.at(),
                    reportId,
                    a.raised());
            raised++;
        }
        return raised;
    }

    public static List<Watchlist> watches(Connection c) throws SQLException {
        return query(
                c,
                "watches",
                rs -> new Watchlist(
                        rs.getString("name"),
                        rs.getString("party"),
                        rs.getString("place"),
                        rs.getString("goods"),
                        rs.getString("event_type"),
                        rs.getString("min_likelihood")));
    }

    public static Alert alert(ResultSet rs) throws SQLException {
        return new Alert(
                AlertKind.of(rs.getString("kind")),
                rs.getString("watch_name"),
                rs.getString("fused_event_id"),
                rs.getString("place"),
                rs.getString("reason"),
                rs.getString("at_text"),
                rs.getString("cause_key"),
                Jdbc.instant(rs, "raised_at"));
    }
}
