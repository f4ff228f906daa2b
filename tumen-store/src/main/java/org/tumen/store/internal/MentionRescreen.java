package org.tumen.store.internal;

import static org.tumen.store.internal.Jdbc.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tumen.core.model.Flag;
import org.tumen.store.ListedParties;

/**
 * Re-derives the listed-party flags of every stored TRANSFER and CROSSING mention with the lists now in use, and
 * rebuilds the flags of the fused events whose mentions' flags changed. The goods rules' flags do not depend on the
 * lists and stay as extracted. In batches, each in a transaction of its own, like the entities' screening.
 */
public final class MentionRescreen {
    private static final int BATCH = 500;
    private static final String LISTED_SUFFIX = "/listed-party";

    private final Database db;
    private final ListedParties parties;

    public MentionRescreen(Database db, ListedParties parties) {
        this.db = db;
        this.parties = Objects.requireNonNull(parties, "parties");
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

    private int write(List<Mention> batch, List<List<Flag>> found) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                Set<String> touched = new LinkedHashSet<>();
                for (int i = 0; i < batch.size(); i++) {
                    Mention m = batch.get(i);
                    List<Flag> now = found.get(i).stream()
                            .filter(f -> f.tag().endsWith(LISTED_SUFFIX))
                            .toList();
                    if (!EventFlags.replaceListed(c, m.id(), now, LISTED_SUFFIX)) continue;
                    if (m.fusedEventId() != null) touched.add(m.fusedEventId());
                }
                int changed = 0;
                for (String fused : touched) if (EventFlags.rebuild(c, fused)) changed++;
                c.commit();
                return changed;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw db.failure("storing listed-party flags", e);
        }
    }
}
