package org.tumen.store.internal;

import static org.tumen.store.internal.Jdbc.instant;
import static org.tumen.store.internal.Jdbc.localDate;
import static org.tumen.store.internal.Jdbc.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tumen.core.assess.Assessment;
import org.tumen.core.fuse.Stance;
import org.tumen.core.model.Flag;
import org.tumen.core.model.Span;
import org.tumen.core.place.ActivityEvent;
import org.tumen.core.place.ActivityEvent.Account;
import org.tumen.store.AssessmentChange;
import org.tumen.store.ClaimView;
import org.tumen.store.EntityMatch;
import org.tumen.store.EntityQuery;
import org.tumen.store.EntityView;
import org.tumen.store.EventQuery;
import org.tumen.store.EventView;
import org.tumen.store.Provenance;
import org.tumen.store.ReportSummary;
import org.tumen.store.ReportView;
import org.tumen.store.SourceView;
import org.tumen.store.StoreStats;

/** The store's read side: each query one or two statements from store.sql, rows turned into views at once. */
public final class Reader {
    private Reader() {}

    /** The crossings, transfers and status changes with their claims in force, each claim with its sentence. */
    public static List<ActivityEvent> activityEvents(Connection c) throws SQLException {
        return activityEvents(c, Sql.get("activity_events") + "\n" + Sql.get("activity_events_order"));
    }

    /**
     * As {@link #activityEvents(Connection)}, for these events (those that are activity with a claim in force), a
     * few hundred ids to a statement; in the order of the whole history (start date, then id).
     */
    static List<ActivityEvent> activityEventsOf(Connection c, java.util.Collection<String> ids) throws SQLException {
        List<ActivityEvent> out = new ArrayList<>();
        for (List<String> chunk : chunks(ids)) {
            String sql = Sql.get("activity_events") + "\n"
                    + Sql.get("activity_events_of").formatted(marks(chunk.size())) + "\n"
                    + Sql.get("activity_events_order");
            out.addAll(activityEvents(c, sql, chunk.toArray()));
        }
        out.sort(java.util.Comparator.comparing(
                        ActivityEvent::start, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(ActivityEvent::id));
        return out;
    }

    /** These events and every other event their reports have a claim in force on. */
    static Set<String> reportMates(Connection c, java.util.Collection<String> ids) throws SQLException {
        Set<String> out = new LinkedHashSet<>(ids);
        for (List<String> chunk : chunks(ids)) {
            String sql = Sql.get("report_mates").formatted(marks(chunk.size()));
            out.addAll(Jdbc.list(c, sql, rs -> rs.getString(1), chunk.toArray()));
        }
        return out;
    }

    /** Ids a statement at a time: a few hundred placeholders, well within what either database binds. */
    private static final int CHUNK = 500;

    private static List<List<String>> chunks(java.util.Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static List<ActivityEvent> activityEvents(Connection c, String sql, Object... args) throws SQLException {
        record Row(
                String id, String type, String roles, String when, LocalDate start, LocalDate end, Account account) {}
        List<Row> rows = Jdbc.list(
                c,
                sql,
                rs -> {
                    int from = rs.getInt("context_begin");
                    String context = rs.getString("context");
                    String sentence = context == null
                            ? null
                            : ActivityEvent.sentenceAround(
                                    context, rs.getInt("evidence_begin") - from, rs.getInt("evidence_end") - from);
                    return new Row(
                            rs.getString("id"),
                            rs.getString("type"),
                            rs.getString("roles"),
                            rs.getString("when_text"),
                            localDate(rs, "start_date"),
                            localDate(rs, "end_date"),
                            new Account(
                                    rs.getString("report_id"),
                                    localDate(rs, "published"),
                                    rs.getString("stance"),
                                    sentence));
                },
                args);
        Map<String, ActivityEvent.Builder> events = new LinkedHashMap<>();
        for (Row r : rows) {
            events.computeIfAbsent(
                            r.id(),
                            id -> ActivityEvent.builder(id, r.type())
                                    .roles(Json.map(r.roles()))
                                    .when(r.when())
                                    .dates(r.start(), r.end()))
                    .account(
                            r.account().reportId(),
                            r.account().published(),
                            r.account().stance(),
                            r.account().sentence());
        }
        return events.values().stream().map(ActivityEvent.Builder::build).toList();
    }

    public static boolean reportExists(Connection c, String contentHash) throws SQLException {
        return !query(c, "report_exists", rs -> rs.getString(1), contentHash).isEmpty();
    }

    public static List<String> reportIds(Connection c, String after, int limit) throws SQLException {
        return query(c, "report_ids", rs -> rs.getString(1), after, limit);
    }

    /**
     * Builds the event query from the filters asked for, so that the database sees only conditions that apply,
     * each one an index range or a plain comparison. With a date window the overlapping events come from index
     * ranges (see migration V6) and are sorted; without one a page is read from a rank index in list order.
     */
    public static List<EventView> events(Connection c, EventQuery q) throws SQLException {
        List<Object> args = new ArrayList<>();
        String code = q.party() == null ? null : partyCode(c, q.party());
        String nameKey = q.party() == null ? null : Ingester.nameKey(q.party());
        boolean window = q.since() != null || q.until() != null;
        StringBuilder sql;
        if (window && q.party() == null) {
            // one branch per span class, each an index range with the event filters and its own first page
            List<String> branches = new ArrayList<>();
            for (int k = 0; k <= Ingester.OPEN_SPAN; k++) {
                StringBuilder b = new StringBuilder();
                if (k < Ingester.OPEN_SPAN) {
                    b.append(Sql.get("window_class"));
                    args.add(k);
                    classRange(b, q, Ingester.SPAN_DAYS[k], args);
                } else {
                    b.append(Sql.get("window_open"));
                    openRange(b, q, args);
                }
                eventFilters(b, q, args);
                b.append('\n').append(Sql.get("window_top"));
                args.add(q.offset() + q.limit());
                branches.add("(" + b + ")");
            }
            sql = new StringBuilder(Sql.get("events_select_window").formatted(String.join("\nUNION ALL\n", branches)));
        } else if (window) {
            // a party and a window: the party rows' copy of the span class, dates and probability, per class and
            // party column, each branch with its own first page unless the outer query must filter further
            List<String> branches = new ArrayList<>();
            for (String column : code == null ? List.of("name_key") : List.of("code", "name_key")) {
                String value = column.equals("code") ? code : nameKey;
                for (int k = 0; k <= Ingester.OPEN_SPAN; k++) {
                    StringBuilder b = new StringBuilder();
                    args.add(value);
                    if (k < Ingester.OPEN_SPAN) {
                        b.append(Sql.get("window_party_class").formatted(column));
                        args.add(k);
                        classRange(b, q, Ingester.SPAN_DAYS[k], args);
                    } else {
                        b.append(Sql.get("window_party_open").formatted(column));
                        openRange(b, q, args);
                    }
                    if (q.type() == null && q.place() == null) {
                        if (q.minLikelihood() != null) and(b, "filter_min_likelihood", args, q.minLikelihood());
                        b.append('\n').append(Sql.get("window_party_top"));
                        args.add(q.offset() + q.limit());
                    }
                    branches.add("(" + b + ")");
                }
            }
            sql = new StringBuilder(Sql.get("events_select_window").formatted(String.join("\nUNION\n", branches)));
            eventFilters(sql, q, args);
        } else if (q.party() != null && q.type() == null && q.place() == null) {
            // a party alone: each party column's rows in list order, the first page's worth of them
            List<String> branches = new ArrayList<>();
            for (String column : code == null ? List.of("name_key") : List.of("code", "name_key")) {
                StringBuilder b = new StringBuilder(Sql.get("party_rank").formatted(column));
                args.add(column.equals("code") ? code : nameKey);
                if (q.minLikelihood() != null) and(b, "filter_min_likelihood", args, q.minLikelihood());
                b.append('\n').append(Sql.get("party_top").formatted(column));
                args.add((q.offset() + q.limit()) * Ingester.MOST_PARTY_ROLES);
                branches.add("(" + b + ")");
            }
            sql = new StringBuilder(Sql.get("events_select_window").formatted(String.join("\nUNION\n", branches)));
            eventFilters(sql, q, args);
        } else {
            sql = new StringBuilder(Sql.get("events_select"));
            eventFilters(sql, q, args);
            // last: H2 tests the conditions of a row in order, and this one is a look-up in another table
            if (q.party() != null) and(sql, "filter_party", args, code, nameKey);
        }
        sql.append('\n').append(Sql.get(q.type() != null ? "events_tail_by_type" : "events_tail"));
        args.add(q.limit());
        args.add(q.offset());
        return withClaims(c, Jdbc.list(c, sql.toString(), Reader::eventHead, args.toArray()));
    }

    /** The events in force after {@code after} in id order, with their claims and flags. */
    public static List<EventView> eventsById(Connection c, String after, int limit) throws SQLException {
        return withClaims(c, query(c, "events_by_id", Reader::eventHead, after, limit));
    }

    /** The filters on the event's own columns. */
    private static void eventFilters(StringBuilder sql, EventQuery q, List<Object> args) {
        if (q.type() != null) and(sql, "filter_type", args, q.type());
        if (q.place() != null) and(sql, "filter_place", args, likePrefix(Ingester.nameKey(q.place())));
        if (q.minLikelihood() != null) and(sql, "filter_min_likelihood", args, q.minLikelihood());
    }

    /** A bounded span class: the window's start dates as an index range, then the end date. */
    private static void classRange(StringBuilder b, EventQuery q, int bound, List<Object> args) {
        if (q.since() != null) and(b, "window_from", args, q.since().minusDays(bound));
        if (q.until() != null) and(b, "window_to", args, q.until());
        if (q.since() != null) and(b, "window_end", args, q.since());
    }

    /** The open or longest spans: each end tested, an open end matching. */
    private static void openRange(StringBuilder b, EventQuery q, List<Object> args) {
        if (q.until() != null) and(b, "window_open_to", args, q.until());
        if (q.since() != null) and(b, "window_open_end", args, q.since());
    }

    private static void and(StringBuilder sql, String filter, List<Object> args, Object... values) {
        sql.append("\n  AND ").append(Sql.get(filter));
        args.addAll(java.util.Arrays.asList(values));
    }

    /** An ISO3 code as given, else the code of a country stored under that name ("Russia" finds RUS). */
    private static String partyCode(Connection c, String party) throws SQLException {
        String p = party.strip();
        if (p.matches("(?i)[a-z]{3}")) return p.toUpperCase(Locale.ROOT);
        List<String> codes = query(c, "country_code_by_name", rs -> rs.getString(1), Ingester.nameKey(p));
        return codes.isEmpty() ? null : codes.getFirst();
    }

    private static String likePrefix(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static Optional<EventView> event(Connection c, String id) throws SQLException {
        List<EventView> heads = query(c, "event_view", Reader::eventHead, id);
        return heads.isEmpty()
                ? Optional.empty()
                : Optional.of(withClaims(c, heads).getFirst());
    }

    public static List<ReportSummary> recentReports(Connection c, int limit) throws SQLException {
        return query(
                c,
                "recent_reports",
                rs -> new ReportSummary(
                        rs.getString("id"),
                        rs.getString("record_id"),
                        rs.getString("title"),
                        rs.getString("outlet"),
                        localDate(rs, "published"),
                        rs.getString("superseded_by")),
                limit);
    }

    public static List<EventView> recentEvents(Connection c, int limit) throws SQLException {
        return withClaims(c, query(c, "recent_events", Reader::eventHead, limit));
    }

    /** The events with a claim in force from this report; {@code claims_events_of_report} names them. */
    public static List<EventView> reportEvents(Connection c, String reportId, int limit) throws SQLException {
        List<EventView> heads = new ArrayList<>();
        for (String id : query(c, "claims_events_of_report", rs -> rs.getString(1), reportId)) {
            if (heads.size() == limit) break;
            heads.addAll(query(c, "event_view", Reader::eventHead, id));
        }
        List<EventView> events = withClaims(c, heads);
        return events.stream()
                .filter(e -> e.claims().stream().anyMatch(cl -> cl.reportId().equals(reportId)))
                .toList();
    }

    public static Optional<EntityView> entity(Connection c, long id) throws SQLException {
        return entities(c, new EntityQuery(null, false, 1), id, null).stream().findFirst();
    }

    public static Optional<EntityView> entityNamed(Connection c, String nameOrCode) throws SQLException {
        return entities(c, new EntityQuery(null, false, 1), null, nameOrCode.strip()).stream()
                .findFirst();
    }

    private static EventView eventHead(ResultSet rs) throws SQLException {
        Assessment a = null;
        if (rs.getString("likelihood") != null) a = Ingester.assessment(rs);
        return new EventView(
                rs.getString("id"),
                rs.getString("type"),
                Json.map(rs.getString("roles")),
                rs.getString("when_text"),
                rs.getString("status"),
                List.of(),
                List.of(),
                a);
    }

    /** The claims and flags of a page of events: one query for all the claims, one for all the flags. */
    private static List<EventView> withClaims(Connection c, List<EventView> heads) throws SQLException {
        if (heads.isEmpty()) return List.of();
        Object[] ids = heads.stream().map(EventView::id).toArray();
        String marks = String.join(", ", java.util.Collections.nCopies(ids.length, "?"));
        Map<String, List<ClaimView>> claims = new HashMap<>();
        Jdbc.list(
                c,
                Sql.get("claim_views").formatted(marks),
                rs -> claims.computeIfAbsent(rs.getString("fused_event_id"), k -> new ArrayList<>())
                        .add(claim(rs)),
                ids);
        Map<String, List<Flag>> flags = new HashMap<>();
        Jdbc.list(
                c,
                Sql.get("event_flags").formatted(marks),
                rs -> flags.computeIfAbsent(rs.getString("fused_event_id"), k -> new ArrayList<>())
                        .add(flag(rs)),
                ids);
        List<EventView> out = new ArrayList<>(heads.size());
        for (EventView head : heads) {
            List<ClaimView> mine = claims.getOrDefault(head.id(), List.of());
            Set<String> sources = new LinkedHashSet<>();
            for (ClaimView cl : mine) if (cl.stance() == Stance.ASSERTS) sources.add(cl.source());
            out.add(new EventView(
                    head.id(),
                    head.type(),
                    head.roles(),
                    head.when(),
                    head.status(),
                    List.copyOf(sources),
                    List.copyOf(mine),
                    head.assessment(),
                    List.copyOf(flags.getOrDefault(head.id(), List.of()))));
        }
        return out;
    }

    /** A fused event's flags, strongest first. */
    static List<Flag> eventFlags(Connection c, String fusedId) throws SQLException {
        return Jdbc.list(c, Sql.get("event_flags").formatted("?"), Reader::flag, fusedId);
    }

    private static Flag flag(ResultSet rs) throws SQLException {
        return new Flag(
                rs.getString("tag"),
                rs.getString("regime"),
                rs.getString("citation"),
                rs.getString("goods"),
                rs.getString("hs_matched"),
                Json.strings(rs.getString("parties")),
                rs.getString("date_test"),
                rs.getString("severity"),
                rs.getString("explanation"),
                rs.getBoolean("verify"),
                rs.getBoolean("event_tag"));
    }

    /** Entities with their matches; those with the best match first, then the most mentioned. */
    public static List<EntityView> entities(Connection c, EntityQuery q) throws SQLException {
        return entities(c, q, null, null);
    }

    private static List<EntityView> entities(Connection c, EntityQuery q, Long id, String named) throws SQLException {
        StringBuilder sql = new StringBuilder(Sql.get("entities_select"));
        List<Object> args = new ArrayList<>();
        if (id != null) and(sql, "filter_entity_id", args, id);
        if (named != null) and(sql, "filter_entity_named", args, Ingester.nameKey(named), named);
        if (q.kind() != null) and(sql, "filter_entity_kind", args, q.kind());
        if (q.listedOnly()) sql.append("\n  AND ").append(Sql.get("filter_entity_listed"));
        sql.append('\n').append(Sql.get("entities_tail"));
        args.add(q.limit());
        List<EntityView> heads = Jdbc.list(
                c,
                sql.toString(),
                rs -> new EntityView(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("name"),
                        rs.getString("code"),
                        rs.getInt("mentions"),
                        instant(rs, "screened_at"),
                        List.of()),
                args.toArray());
        List<EntityView> out = new ArrayList<>();
        for (EntityView h : heads) {
            List<EntityMatch> matches = query(
                    c,
                    "entity_matches",
                    rs -> new EntityMatch(
                            rs.getString("list_id"),
                            rs.getString("reference"),
                            rs.getString("listed_name"),
                            rs.getString("matched_name"),
                            rs.getDouble("score"),
                            Json.strings(rs.getString("features")),
                            Json.strings(rs.getString("programmes"))),
                    h.id());
            out.add(new EntityView(h.id(), h.kind(), h.name(), h.code(), h.mentions(), h.screenedAt(), matches));
        }
        return out;
    }

    private static ClaimView claim(ResultSet rs) throws SQLException {
        return new ClaimView(
                rs.getString("id"),
                rs.getString("source"),
                rs.getString("report_id"),
                rs.getString("record_id"),
                rs.getString("title"),
                rs.getString("outlet"),
                localDate(rs, "published"),
                Stance.valueOf(rs.getString("stance")),
                rs.getString("status"),
                rs.getString("hedge"),
                new Span(rs.getInt("evidence_begin"), rs.getInt("evidence_end"), rs.getString("evidence_text")));
    }

    public static List<SourceView> sources(Connection c) throws SQLException {
        return query(
                c,
                "sources",
                rs -> new SourceView(
                        rs.getString("name"),
                        rs.getInt("claims"),
                        rs.getInt("corroborated"),
                        rs.getInt("contradicted"),
                        rs.getString("reliability").strip()));
    }

    /** By content hash, or by the record id it was ingested under (then its latest revision). */
    public static Optional<ReportView> report(Connection c, String id) throws SQLException {
        List<ReportView> rows = query(c, "report_view", Reader::report, id, id, id);
        return rows.stream().findFirst();
    }

    private static ReportView report(ResultSet rs) throws SQLException {
        return new ReportView(
                rs.getString("id"),
                rs.getString("report_key"),
                rs.getString("record_id"),
                rs.getInt("revision"),
                rs.getString("superseded_by"),
                rs.getString("url"),
                rs.getString("file"),
                rs.getString("title"),
                rs.getString("outlet"),
                localDate(rs, "published"),
                rs.getString("language"),
                rs.getString("text"),
                rs.getString("raw_hash"),
                rs.getInt("tokens"),
                rs.getString("independence_group"),
                instant(rs, "ingested_at"),
                new Provenance(
                        rs.getString("tumen_version"),
                        rs.getString("model_versions"),
                        rs.getString("rule_set_version")));
    }

    public static StoreStats stats(Connection c) throws SQLException {
        return query(
                        c,
                        "stats",
                        rs -> new StoreStats(
                                rs.getLong("reports"),
                                rs.getLong("superseded_reports"),
                                rs.getLong("entities"),
                                rs.getLong("event_mentions"),
                                rs.getLong("fused_events"),
                                rs.getLong("claims"),
                                rs.getLong("superseded_claims"),
                                rs.getLong("sources"),
                                rs.getLong("assessment_changes")))
                .getFirst();
    }

    public static List<AssessmentChange> changesSince(Connection c, Instant since, int limit) throws SQLException {
        return query(
                c,
                "changes_since",
                rs -> new AssessmentChange(
                        rs.getLong("id"),
                        rs.getString("fused_event_id"),
                        rs.getString("report_id"),
                        Json.assessment(rs.getString("before_json")),
                        Json.assessment(rs.getString("after_json")),
                        rs.getString("cause"),
                        instant(rs, "changed_at")),
                since,
                limit);
    }
}
