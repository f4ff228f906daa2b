package org.tumen.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tumen.core.assess.EventAssessor;
import org.tumen.core.fuse.EventFusion;
import org.tumen.core.model.Extraction;
import org.tumen.core.place.ActivityEvent;
import org.tumen.store.internal.Database;
import org.tumen.store.internal.Ingester;
import org.tumen.store.internal.Reader;

/**
 * Tumen's evidence store. Thread-safe: every call takes its own connection, and ingests serialise their fuse step
 * on a lock row in the database, so several threads or processes may ingest into one store.
 *
 * <p>The fuse and assess policies are given, not built here, so that the store stays a store: what counts as the
 * same happening or how sure an event is are the core's decisions.
 */
public final class Store implements AutoCloseable {
    private final Database db;
    private final Ingester ingester;

    private Store(Database db, Ingester ingester) {
        this.db = db;
        this.ingester = ingester;
    }

    /**
     * Opens (and creates or migrates) the store.
     *
     * @throws StoreException with a one-line message naming the URL when the database cannot be reached or migrated
     */
    public static Store open(StoreConfig config, EventFusion fusion, EventAssessor assessor) {
        return open(config, fusion, assessor, EntityScreen.NONE);
    }

    /** As {@link #open(StoreConfig, EventFusion, EventAssessor)}, screening new PERSON and ORGANIZATION entities. */
    public static Store open(StoreConfig config, EventFusion fusion, EventAssessor assessor, EntityScreen screen) {
        return open(config, fusion, assessor, NearDuplicates.minHash(), Clock.systemUTC(), screen);
    }

    public static Store open(
            StoreConfig config, EventFusion fusion, EventAssessor assessor, NearDuplicates duplicates, Clock clock) {
        return open(config, fusion, assessor, duplicates, clock, EntityScreen.NONE);
    }

    public static Store open(
            StoreConfig config,
            EventFusion fusion,
            EventAssessor assessor,
            NearDuplicates duplicates,
            Clock clock,
            EntityScreen screen) {
        Database db = Database.open(config);
        return new Store(db, new Ingester(db, fusion, assessor, duplicates, clock, screen));
    }

    /** Stores one report in one transaction; see {@link IngestOutcome} for what can happen. */
    public IngestOutcome ingest(Extraction extraction, Provenance provenance) {
        return ingester.ingest(extraction, provenance);
    }

    /** As {@link #ingest(Extraction, Provenance)}, for a caller that cannot name its models. */
    public IngestOutcome ingest(Extraction extraction) {
        return ingest(extraction, Provenance.current("unknown"));
    }

    public List<EventView> events(EventQuery query) {
        return read("event query", c -> Reader.events(c, query));
    }

    public Optional<EventDetail> event(String id) {
        return read("event " + id, c -> Reader.event(c, id).map(EventDetail::of));
    }

    /** Stored entities with their sanctions-list matches, listed ones first. */
    public List<EntityView> entities(EntityQuery query) {
        return read("entity list", c -> Reader.entities(c, query));
    }

    /**
     * Every crossing, transfer and status change with its claims in force, each with the sentence it rests on: the
     * input of {@link org.tumen.core.place.PlaceActivity}.
     */
    public List<ActivityEvent> activityEvents() {
        return read("activity events", Reader::activityEvents);
    }

    public List<SourceView> sources() {
        return read("source list", Reader::sources);
    }

    /** A report by content hash or by the record id it was ingested under (its latest revision). */
    public Optional<ReportView> report(String id) {
        return read("report " + id, c -> Reader.report(c, id));
    }

    public StoreStats stats() {
        return read("counts", Reader::stats);
    }

    /** Assessment changes recorded at or after {@code since}, oldest first. */
    public List<AssessmentChange> changesSince(Instant since, int limit) {
        return read("changes since " + since, c -> Reader.changesSince(c, since, limit));
    }

    public StoreConfig config() {
        return db.config();
    }

    @Override
    public void close() {
        db.close();
    }

    private interface Read<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T read(String what, Read<T> read) {
        try (Connection c = db.connection()) {
            return read.apply(c);
        } catch (SQLException e) {
            throw db.failure(what, e);
        }
    }

    /** The content hash a report's cleaned text is stored under. */
    public static String contentHash(String text) {
        return Ingester.contentHash(text);
    }
}
