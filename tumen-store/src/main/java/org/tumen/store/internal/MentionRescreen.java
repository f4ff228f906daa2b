package org.tumen.store.internal;

import static org.tumen.store.internal.Jdbc.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tumen.core.assess.Assessment;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.model.Flag;
import org.tumen.core.watch.EventChange;
import org.tumen.store.ListedParties;

/**
 * Re-derives the listed-party flags of every stored TRANSFER and CROSSING mention with the lists now in use, and
 * rebuilds the flags of the fused events whose mentions' flags changed. The goods rules' flags do not depend on the
 * lists and stay as extracted. In batches, each in a transaction of its own, like the entities' screening. A flag
 * an event gains raises the watchlists' flag alerts, as one an ingest brings does.
 */
public final class MentionRescreen {
    private static final int BATCH = 500;
    private static final String LISTED_SUFFIX = "/listed-party";

    private final Database db;
    private final ListedParties parties;
    private final Alerts alerts;
    private final Instant now;
    private int alertsRaised;

    public MentionRescreen(Database db, ListedParties parties, Alerts alerts, Instant now) {
        this.db = db;
        this.parties = Objects.requireNonNull(parties, "parties");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.now = now;
    }

    /** Alerts raised by the flags events gained, after {@link #run()}. */
    public int alertsRaised() {
        return alertsRaised;
    }

    private record Mention(String id, String type, String roles, String fusedEventId) {}

    /** Returns the count of fused events whose flags changed. */
    public int run() {
        int changed = 0;
        String after = "";
        while (true) {
            List<Mention> batch = read(after);
            if (batch.isEmpty()) return changed;
            // screened before the transaction, which then only compares and writes
            List<List<Flag>> found = batch.stream()
                    .map(m -> parties.flags(m.type(), Json.map(m.roles())))
                    .toList();
            changed += write(batch, found);
            after = batch.getLast().id();
        }
    }

    private List<Mention> read(String after) {
        try (Connection c = db.connection()) {
            return query(
                    c,
                    "party_mentions",
                    rs -> new Mention(
                            rs.getString("id"),
                            rs.getString("type"),
                            rs.getString("roles"),
                            rs.getString("fused_event_id")),
                    after,
                    BATCH);
        } catch (SQLException e) {
            throw db.failure("reading event mentions to screen", e);
        }
    }

    /** What the list update did to the event, as the alerts read it: no report, its verdict unchanged, new flags. */
    private static EventChange change(Connection c, String fusedId, List<Flag> added) throws SQLException {
        FusedEvent event = Ingester.loadFused(c, fusedId).orElseThrow();
        Assessment a = query(c, "assessment", Ingester::assessment, fusedId).stream()
                .findFirst()
                .orElse(null);
        return new EventChange(event, a, a, false, null, "the sanctions lists were updated", added);
    }

    private int write(List<Mention> batch, List<List<Flag>> found) {
        return db.transaction("storing listed-party flags", c -> {
            // the ingest lock: flags and alerts are written as an ingest writes them, never beside one
            query(c, "lock_ingest", rs -> rs.getInt(1));
            Set<String> touched = new LinkedHashSet<>();
            for (int i = 0; i < batch.size(); i++) {
                Mention m = batch.get(i);
                List<Flag> listed = found.get(i).stream()
                        .filter(f -> f.tag().endsWith(LISTED_SUFFIX))
                        .toList();
                if (EventFlags.replaceListed(c, m.id(), listed, LISTED_SUFFIX) && m.fusedEventId() != null)
                    touched.add(m.fusedEventId());
            }
            int changed = 0;
            List<EventChange> gained = new ArrayList<>();
            for (String fused : touched) {
                List<Flag> before = Reader.eventFlags(c, fused);
                EventFlags.rebuild(c, fused);
                List<Flag> after = Reader.eventFlags(c, fused);
                if (after.equals(before)) continue;
                changed++;
                List<Flag> added =
                        after.stream().filter(f -> !before.contains(f)).toList();
                if (!added.isEmpty()) gained.add(change(c, fused, added));
            }
            alertsRaised += alerts.raise(c, gained, null, now);
            return changed;
        });
    }
}
