package org.tumen.store;

import static org.tumen.store.internal.Jdbc.query;
import static org.tumen.store.internal.Jdbc.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tumen.core.assess.EventAssessor;
import org.tumen.core.fuse.EventFusion;
import org.tumen.core.model.Extraction;
import org.tumen.core.model.Report;
import org.tumen.core.place.ActivityEvent;
import org.tumen.core.watch.Alert;
import org.tumen.core.watch.PlaceSignals;
import org.tumen.core.watch.Watchlist;
import org.tumen.store.internal.Alerts;
import org.tumen.store.internal.Database;
import org.tumen.store.internal.EntityScreening;
import org.tumen.store.internal.Ingester;
import org.tumen.store.internal.Jdbc;
import org.tumen.store.internal.MentionRescreen;
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
    private final EntityScreening screening;
    private final Alerts alerts;
    private final Clock clock;

    private Store(Database db, Ingester ingester, EntityScreening screening, Alerts alerts, Clock clock) {
        this.db = db;
        this.ingester = ingester;
        this.screening = screening;
        this.alerts = alerts;
        this.clock = clock;
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
        return open(config, fusion, assessor, duplicates, clock, EntityScreen.NONE, PlaceSignals.none());
    }

    public static Store open(
            StoreConfig config,
            EventFusion fusion,
            EventAssessor assessor,
            NearDuplicates duplicates,
            Clock clock,
            EntityScreen screen) {
        return open(config, fusion, assessor, duplicates, clock, screen, PlaceSignals.none());
    }

    /** As above, with the stage that tells which places an ingest made resume or burst (for those alerts). */
    public static Store open(
            StoreConfig config,
            EventFusion fusion,
            EventAssessor assessor,
            NearDuplicates duplicates,
            Clock clock,
            PlaceSignals places) {
        return open(config, fusion, assessor, duplicates, clock, EntityScreen.NONE, places);
    }

    /** The full form: entity screening at ingest and place signals for alerts. */
    public static Store open(
            StoreConfig config,
            EventFusion fusion,
            EventAssessor assessor,
            NearDuplicates duplicates,
            Clock clock,
            EntityScreen screen,
            PlaceSignals places) {
        Database db = Database.open(config);
        EntityScreening screening = new EntityScreening(db, screen);
        Alerts alerts = new Alerts(places);
        return new Store(
                db, new Ingester(db, fusion, assessor, duplicates, clock, screening, alerts), screening, alerts, clock);
    }

    /** Stores one report in one transaction; see {@link IngestOutcome} for what can happen. */
    public IngestOutcome ingest(Extraction extraction, Provenance provenance) {
        return ingester.ingest(extraction, provenance);
    }

    /**
     * Screens every stored PERSON and ORGANIZATION entity again with the lists this store was opened with: after a
     * list update, entities answer as the lists now stand (an entity is otherwise screened once, when first stored).
     * In batches, each in a transaction of its own; a run stopped midway leaves every entity either as it was or
     * screened again, and a rerun completes it.
     *
     * <p>Then, unless {@code parties} is {@link ListedParties#NONE}, the listed-party flags of every stored TRANSFER
     * and CROSSING mention are derived again, and the events whose flags that changes get them rebuilt.
     *
     * @param progress told the count of entities screened so far, after each batch
     * @throws IllegalStateException when the store was opened without lists
     */
    public RescreenOutcome rescreen(java.util.function.IntConsumer progress, ListedParties parties) {
        RescreenOutcome entities = screening.rescreenAll(progress, clock.instant());
        if (parties == ListedParties.NONE) return entities;
        MentionRescreen events = new MentionRescreen(db, parties, alerts, clock.instant());
        int reflagged = events.run();
        return entities.withEvents(reflagged, events.alertsRaised());
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

    /**
     * The content hash of the revision that replaced the report ingested under this record id; empty while it is in
     * force or when there is none. What {@code report(id).supersededBy()} says, without reading the report's text.
     */
    public Optional<String> replacedBy(String recordId) {
        return read(
                "report " + recordId,
                c -> query(c, "report_replaced_by", rs -> rs.getString(1), recordId).stream()
                        .filter(java.util.Objects::nonNull)
                        .findFirst());
    }

    /**
     * Whether a report with this cleaned text is stored already: an ingest can then skip extracting it, since storing
     * it again would change nothing.
     */
    public boolean holds(Report report) {
        return read("report " + report.id(), c -> Reader.reportExists(c, contentHash(report.text())));
    }

    /**
     * The content hashes of every stored report, superseded revisions too, in id order, after {@code after}
     * ({@code ""} to start): a page at a time, for rebuilding what is derived from them (the search index, which
     * holds every revision under its record id, as ingest leaves it).
     */
    public List<String> reportIds(String after, int limit) {
        return read("report ids", c -> Reader.reportIds(c, after, limit));
    }

    /** The reports published last, newest first (undated ones are left out), for the browser UI's lists. */
    public List<ReportSummary> recentReports(int limit) {
        return read("recent reports", c -> Reader.recentReports(c, limit));
    }

    /** The events that began last, newest first (undated ones are left out). */
    public List<EventView> recentEvents(int limit) {
        return read("recent events", c -> Reader.recentEvents(c, limit));
    }

    /** The events a report has a claim in force about (for, against or doubting), at most {@code limit}. */
    public List<EventView> reportEvents(String reportId, int limit) {
        return read("events of report " + reportId, c -> Reader.reportEvents(c, reportId, limit));
    }

    /** The stored entity with this name (any case) or code, the best listed or most mentioned if several. */
    public Optional<EntityView> entityNamed(String nameOrCode) {
        return read("entity " + nameOrCode, c -> Reader.entityNamed(c, nameOrCode));
    }

    /** One stored entity with its sanctions-list matches. */
    public Optional<EntityView> entity(long id) {
        return read("entity " + id, c -> Reader.entity(c, id));
    }

    /**
     * The events in force (with an assessment) whose ids follow {@code after} ({@code ""} to start), in id order, with
     * their claims and flags: a page at a time, for rebuilding what is derived from every event (the search index).
     */
    public List<EventView> eventsById(String after, int limit) {
        return read("events by id", c -> Reader.eventsById(c, after, limit));
    }

    /** How many reports are stored, superseded revisions included: it grows with every report stored or revised. */
    public long reportCount() {
        return read(
                "report count",
                c -> query(c, "report_count", rs -> rs.getLong(1)).getFirst());
    }

    public StoreStats stats() {
        return read("counts", Reader::stats);
    }

    /** Assessment changes recorded at or after {@code since}, oldest first. */
    public List<AssessmentChange> changesSince(Instant since, int limit) {
        return read("changes since " + since, c -> Reader.changesSince(c, since, limit));
    }

    /**
     * Adds a watch; alerts are raised for it from the next ingest on (what is stored already raises none).
     *
     * @throws StoreException when a watch of that name exists
     */
    public void addWatch(Watchlist w) {
        write("adding watch " + w.name(), c -> {
            if (Alerts.watches(c).stream().anyMatch(x -> x.name().equals(w.name())))
                throw new StoreException("a watch named " + w.name() + " exists; remove it first");
            return update(
                    c,
                    "insert_watch",
                    w.name(),
                    w.party(),
                    w.place(),
                    w.goods(),
                    w.type(),
                    w.minLikelihood(),
                    clock.instant());
        });
    }

    public List<Watchlist> watches() {
        return read("watch list", Alerts::watches);
    }

    /** Removes a watch; its past alerts stay. Returns whether there was one. */
    public boolean removeWatch(String name) {
        return write("removing watch " + name, c -> update(c, "delete_watch", name)) > 0;
    }

    /** Alerts raised at or after {@code since}, oldest first. */
    public List<Alert> alertsSince(Instant since, int limit) {
        return read("alerts since " + since, c -> query(c, "alerts_since", Alerts::alert, since, limit));
    }

    /** Alerts the webhook at {@code url} has not acknowledged, oldest first. */
    public List<PendingAlert> undelivered(String url, int limit) {
        return read(
                "alerts for " + url,
                c -> query(
                        c,
                        "alerts_undelivered",
                        rs -> new PendingAlert(rs.getLong("seq"), Alerts.alert(rs), rs.getInt("attempts")),
                        webhookKey(url),
                        limit));
    }

    /**
     * Records one attempt to deliver an alert. Once {@code delivered} is set the alert is never offered to that
     * webhook again.
     *
     * @param error null on success
     */
    public void recordDelivery(String url, long seq, int attempts, String error, boolean delivered) {
        write("recording delivery to " + url, c -> {
            Instant now = clock.instant();
            Object at = delivered ? now : new Jdbc.NullOf(java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            String key = webhookKey(url);
            if (query(c, "delivery_row", rs -> 1, key, seq).isEmpty())
                return update(c, "insert_delivery", key, seq, url, attempts, error, at, now);
            return update(c, "update_delivery", attempts, error, at, now, key, seq);
        });
    }

    /** What {@code follow} recorded about an item, if it saw it before. */
    public Optional<FollowedItem> followedItem(String source, String item) {
        return read(
                "follow state of " + source,
                c -> query(
                                c,
                                "follow_item",
                                rs -> new FollowedItem(rs.getString("content_hash"), rs.getString("status")),
                                contentHash(source),
                                contentHash(item))
                        .stream()
                        .findFirst());
    }

    /** Records that {@code follow} dealt with an item: it will not be read again unless its content changes. */
    public void recordFollowed(String source, String item, String contentHash, String status, String reportId) {
        write("recording follow state of " + source, c -> {
            String sk = contentHash(source);
            String ik = contentHash(item);
            Instant now = clock.instant();
            if (query(c, "follow_item", rs -> 1, sk, ik).isEmpty())
                return update(c, "insert_follow_item", sk, ik, source, item, contentHash, status, reportId, now);
            return update(c, "update_follow_item", contentHash, status, reportId, now, sk, ik);
        });
    }

    private static String webhookKey(String url) {
        return contentHash(url);
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

    /** One short write in a transaction of its own. */
    private <T> T write(String what, Read<T> write) {
        return db.transaction(what, write::apply);
    }

    private <T> T read(String what, Read<T> read) {
        try (Connection c = db.connection()) {
            return read.apply(c);
        } catch (SQLException e) {
            throw db.failure(what, e);
        }
    }

    /**
     * The span class (migration V6) the store gives an event with this {@code when} and these dates, for tools
     * that write fused events directly (the store bench).
     */
    public static Integer spanClass(String when, java.time.LocalDate start, java.time.LocalDate end) {
        return Ingester.spanClass(when, start, end);
    }

    /** The content hash a report's cleaned text is stored under. */
    public static String contentHash(String text) {
        return Ingester.contentHash(text);
    }
}
