package org.tumen.store.internal;

import static org.tumen.store.internal.Jdbc.query;
import static org.tumen.store.internal.Jdbc.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import org.tumen.store.EntityMatch;
import org.tumen.store.EntityScreen;
import org.tumen.store.RescreenOutcome;

/**
 * The sanctions-list matches of stored entities: written when an entity is first stored, and all written again when
 * the lists change ({@link #rescreenAll}), so that the store answers with the lists now in use.
 */
public final class EntityScreening {
    /** Entities per transaction when screening again: a stopped run loses at most one batch, and a rerun redoes it. */
    static final int BATCH = 500;

    private final Database db;
    private final EntityScreen screen;

    public EntityScreening(Database db, EntityScreen screen) {
        this.db = db;
        this.screen = Objects.requireNonNull(screen, "screen");
    }

    /** Whether this store screens (it was opened with lists) and screens entities of this kind. */
    boolean screens(String kind) {
        return screen != EntityScreen.NONE && EntityScreen.screens(kind);
    }

    /** Screens one entity and stores what it matched, in the caller's transaction. */
    void screenAndStore(Connection c, long entityId, String kind, String name, Instant now) throws SQLException {
        store(c, entityId, screen.screen(kind, name), now);
    }

    /**
     * Screens every stored PERSON and ORGANIZATION entity again, {@link #BATCH} at a time, each batch in a
     * transaction of its own. The screening itself runs outside the transactions, so ingests are not held up by it.
     *
     * @param progress told the count of entities screened after each batch
     */
    public RescreenOutcome rescreenAll(IntConsumer progress, Instant now) {
        if (screen == EntityScreen.NONE) throw new IllegalStateException("the store was opened without lists");
        int entities = 0, listed = 0, unlisted = 0, changed = 0;
        long after = -1;
        while (true) {
            List<Named> batch = read(after);
            if (batch.isEmpty()) break;
            List<List<EntityMatch>> found = new ArrayList<>();
            for (Named e : batch) found.add(screen.screen(e.kind(), e.name()));
            for (Verdict v : write(batch, found, now)) {
                if (v == Verdict.LISTED) listed++;
                else if (v == Verdict.UNLISTED) unlisted++;
                else if (v == Verdict.CHANGED) changed++;
            }
            entities += batch.size();
            after = batch.getLast().id();
            progress.accept(entities);
        }
        return new RescreenOutcome(entities, listed, unlisted, changed, 0, 0);
    }

    private record Named(long id, String kind, String name) {}

    private enum Verdict {
        SAME,
        LISTED,
        UNLISTED,
        CHANGED
    }

    private List<Named> read(long after) {
        try (Connection c = db.connection()) {
            return query(
                    c,
                    "screenable_entities",
                    rs -> new Named(rs.getLong("id"), rs.getString("kind"), rs.getString("name")),
                    after,
                    BATCH);
        } catch (SQLException e) {
            throw db.failure("reading entities to screen", e);
        }
    }

    private List<Verdict> write(List<Named> batch, List<List<EntityMatch>> found, Instant now) {
        return db.transaction("storing entity screening", c -> {
            List<Verdict> verdicts = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                long id = batch.get(i).id();
                Set<String> before =
                        new HashSet<>(query(c, "entity_match_keys", rs -> rs.getString(1) + " " + rs.getString(2), id));
                update(c, "delete_entity_matches", id);
                store(c, id, found.get(i), now);
                Set<String> afterKeys = new HashSet<>();
                for (EntityMatch m : found.get(i)) afterKeys.add(m.list() + " " + m.reference());
                verdicts.add(verdict(before, afterKeys));
            }
            return verdicts;
        });
    }

    private static Verdict verdict(Set<String> before, Set<String> after) {
        if (before.equals(after)) return Verdict.SAME;
        if (before.isEmpty()) return Verdict.LISTED;
        if (after.isEmpty()) return Verdict.UNLISTED;
        return Verdict.CHANGED;
    }

    private static void store(Connection c, long entityId, List<EntityMatch> matches, Instant now) throws SQLException {
        for (EntityMatch m : matches) {
            update(
                    c,
                    "merge_entity_match",
                    entityId,
                    m.list(),
                    m.reference(),
                    m.listedName(),
                    m.matchedName(),
                    m.score(),
                    Json.write(m.features()),
                    Json.write(m.programmes()),
                    now);
        }
        update(c, "mark_entity_screened", now, entityId);
    }
}
