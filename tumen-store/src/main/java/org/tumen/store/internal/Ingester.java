package org.tumen.store.internal;

import static org.tumen.store.internal.Jdbc.date;
import static org.tumen.store.internal.Jdbc.query;
import static org.tumen.store.internal.Jdbc.update;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tumen.core.assess.Assessment;
import org.tumen.core.assess.EventAssessor;
import org.tumen.core.assess.SourceTrack;
import org.tumen.core.fuse.Claim;
import org.tumen.core.fuse.EventFusion;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.fuse.Mention;
import org.tumen.core.fuse.Stance;
import org.tumen.core.model.EntityRef;
import org.tumen.core.model.Event;
import org.tumen.core.model.Extraction;
import org.tumen.core.model.Flag;
import org.tumen.core.model.Report;
import org.tumen.core.model.Span;
import org.tumen.core.schema.RoleDef;
import org.tumen.core.schema.Schema;
import org.tumen.core.time.Edtf;
import org.tumen.core.time.Interval;
import org.tumen.core.watch.EventChange;
import org.tumen.store.IngestOutcome;
import org.tumen.store.NearDuplicates;
import org.tumen.store.Provenance;

/**
 * Stores one report in one transaction: the report, its entities and event mentions, each mention placed by the
 * fuse stage among the fused events it could describe, then the touched events reassessed. Either all of that is
 * committed or none of it, so a crash mid-ingest leaves no partial report and a rerun stores it once.
 */
public final class Ingester {
    /** A KCNA re-issue carries its original id plus "-r2": the same report, revised. */
    private static final Pattern REVISION_SUFFIX = Pattern.compile("^(.+)-r\\d+$");

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    /** The unique-violation SQLSTATE, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** An undated mention is taken to have happened within the year before its report (news reports the past). */
    private static final int UNDATED_LOOKBACK_DAYS = 365;

    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final Database db;
    private final EventFusion fusion;
    private final EventAssessor assessor;
    private final NearDuplicates duplicates;
    private final Clock clock;
    private final EntityScreening screening;
    private final Alerts alerts;

    public Ingester(
            Database db,
            EventFusion fusion,
            EventAssessor assessor,
            NearDuplicates duplicates,
            Clock clock,
            EntityScreening screening,
            Alerts alerts) {
        this.db = db;
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.fusion = Objects.requireNonNull(fusion, "fusion");
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
        this.clock = clock;
        this.screening = Objects.requireNonNull(screening, "screening");
    }

    public static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static String reportKey(String recordId) {
        Matcher m = REVISION_SUFFIX.matcher(recordId);
        return m.matches() ? m.group(1) : recordId;
    }

    /**
     * "kcna-X-r2" is a revision of "kcna-X" when that report is stored; "isot-true-vat-r986" (a row number) is a
     * report of its own. A revision that arrives before its original is kept under its own id.
     */
    private static String resolveKey(Connection c, String recordId) throws SQLException {
        Matcher m = REVISION_SUFFIX.matcher(recordId);
        if (!m.matches()) return recordId;
        boolean originalStored =
                !query(c, "latest_revision", rs -> 1, m.group(1)).isEmpty();
        return originalStored ? m.group(1) : recordId;
    }

    public IngestOutcome ingest(Extraction x, Provenance provenance) {
        String id = contentHash(x.report().text());
        String key = reportKey(x.report().id());
        try (Connection c = db.connection()) {
            // the common case on a re-run: answered without waiting for the ingest lock
            if (exists(c, id)) return IngestOutcome.unchanged(id, key);
            c.setAutoCommit(false);
            try {
                IngestOutcome outcome = inTransaction(c, x, provenance, id, key);
                c.commit();
                return outcome;
            } catch (SQLException e) {
                c.rollback();
                // another process stored the same text between our check and our insert: that is success
                if (UNIQUE_VIOLATION.equals(e.getSQLState()) && exists(c, id)) return IngestOutcome.unchanged(id, key);
                throw e;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw db.failure("storing report " + x.report().id(), e);
        }
    }

    private IngestOutcome inTransaction(Connection c, Extraction x, Provenance p, String id, String key)
            throws SQLException {
        query(c, "lock_ingest", rs -> rs.getInt(1));
        if (exists(c, id)) return IngestOutcome.unchanged(id, key);
        key = resolveKey(c, x.report().id());
        Report r = x.report();
        Instant now = clock.instant();
        List<Previous> previous =
                query(c, "latest_revision", rs -> new Previous(rs.getString("id"), rs.getInt("revision")), key);
        int revision = previous.isEmpty() ? 1 : previous.getFirst().revision() + 1;
        String group = independenceGroup(c, id, r.text());
        insertReport(c, x, p, id, key, revision, group, now);
        for (String band : new LinkedHashSet<>(duplicates.bandKeys(r.text()))) update(c, "insert_band", band, id);

        Touches touches = new Touches();
        List<String> withdrawnFrom =
                previous.isEmpty() ? List.of() : supersede(c, previous.getFirst(), id, key, revision, touches);
        storeEntities(c, id, x.entities(), now);

        Context ctx = new Context(id, r, group, now, touches);
        List<Event> ordered = new ArrayList<>();
        // claims first, denials after, so that a report carrying both (a claim and its denial) links them
        x.events().stream().filter(e -> !"DENY".equals(e.type())).forEach(ordered::add);
        x.events().stream().filter(e -> "DENY".equals(e.type())).forEach(ordered::add);
        for (Event e : ordered) {
            Mention m = new Mention(id, group, r.published(), r.outlet(), e);
            List<String> fused = place(c, m, ctx);
            insertMention(c, id, e, fused.isEmpty() ? null : fused.getFirst());
            // a denial carries no flags of its own and must not pass any to the events it denies
            if ("DENY".equals(e.type())) continue;
            EventFlags.record(c, id + "/" + e.id(), x.flags(e.id()));
            if (!fused.isEmpty()) EventFlags.merge(c, fused.getFirst(), x.flags(e.id()), id);
            fused.forEach(f -> ctx.touches().flag(f, x.flags(e.id())));
        }
        // the claims a revision withdrew take their flags with them
        for (String f : withdrawnFrom) EventFlags.rebuild(c, f);
        List<EventChange> changed = reassess(c, ctx);
        int changes =
                (int) changed.stream().filter(EventChange::assessmentChanged).count();
        int raised = alerts.raise(c, changed, id, now);
        return new IngestOutcome(
                revision == 1 ? IngestOutcome.Status.STORED : IngestOutcome.Status.REVISED,
                id,
                key,
                revision,
                x.events().size(),
                List.copyOf(touches.ids()),
                changes,
                raised);
    }

    private record Previous(String id, int revision) {}

    private record Context(String reportId, Report report, String group, Instant now, Touches touches) {
        String reportRef() {
            String who = report.outlet() != null ? report.outlet() + " report " : "report ";
            return who + report.id() + (report.published() != null ? " of " + report.published() : "");
        }
    }

    /** The fused events this report touched, in order, with what happened to each, in words. */
    private static final class Touches {
        private final Map<String, List<String>> causes = new LinkedHashMap<>();
        private final Set<String> created = new HashSet<>();
        private final Map<String, List<Flag>> flags = new LinkedHashMap<>();

        void created(String eventId) {
            created.add(eventId);
        }

        boolean isCreated(String eventId) {
            return created.contains(eventId);
        }

        void flag(String eventId, List<Flag> more) {
            if (more.isEmpty()) return;
            List<Flag> list = flags.computeIfAbsent(eventId, k -> new ArrayList<>());
            for (Flag f : more) if (list.stream().noneMatch(g -> g.tag().equals(f.tag()))) list.add(f);
        }

        List<Flag> flags(String eventId) {
            return flags.getOrDefault(eventId, List.of());
        }

        void add(String eventId, String cause) {
            List<String> list = causes.computeIfAbsent(eventId, k -> new ArrayList<>());
            if (!list.contains(cause)) list.add(cause);
        }

        Set<String> ids() {
            return causes.keySet();
        }

        String cause(String eventId) {
            return String.join("; ", causes.getOrDefault(eventId, List.of()));
        }
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        return !query(c, "report_exists", rs -> rs.getString(1), id).isEmpty();
    }

    private String independenceGroup(Connection c, String id, String text) throws SQLException {
        Set<String> asked = new HashSet<>();
        for (String band : duplicates.bandKeys(text)) {
            List<String[]> rows = query(
                    c,
                    "near_duplicate_candidates",
                    rs -> new String[] {rs.getString("id"), rs.getString("text"), rs.getString("independence_group")},
                    band);
            for (String[] row : rows) {
                if (asked.add(row[0]) && duplicates.nearIdentical(text, row[1])) return row[2];
            }
        }
        return id;
    }

    private static void insertReport(
            Connection c, Extraction x, Provenance p, String id, String key, int revision, String group, Instant now)
            throws SQLException {
        Report r = x.report();
        update(
                c,
                "insert_report",
                id,
                key,
                r.id(),
                revision,
                null, // url: core's Report has no URL yet; file carries path or path#line
                r.file(),
                r.title(),
                r.outlet(),
                date(r.published()),
                null, // language: not yet carried by core's Report
                r.text(),
                null, // raw hash: the raw bytes are not in the Extraction
                x.tokens(),
                group,
                now,
                p.tumenVersion(),
                p.modelVersions(),
                p.ruleSetVersion());
    }

    /** Withdraws the claims of the revision replaced; returns the fused events they were about. */
    private static List<String> supersede(
            Connection c, Previous old, String id, String key, int revision, Touches touches) throws SQLException {
        String cause =
                "revision %d of report %s replaced the claims of revision %d".formatted(revision, key, old.revision());
        List<String> events = query(c, "claims_events_of_report", rs -> rs.getString(1), old.id());
        for (String fused : events) touches.add(fused, cause);
        update(c, "supersede_claims", old.id());
        update(c, "supersede_reports", id, key, id);
        return events;
    }

    private void storeEntities(Connection c, String reportId, List<EntityRef> entities, Instant now)
            throws SQLException {
        for (EntityRef e : entities) {
            String nameKey = nameKey(e.name());
            update(c, "merge_entity", e.kind(), e.name(), nameKey, e.code());
            Object[] row = query(
                            c,
                            "entity_screening",
                            rs -> new Object[] {rs.getLong("id"), rs.getTimestamp("screened_at")},
                            e.kind(),
                            nameKey)
                    .getFirst();
            long entityId = (Long) row[0];
            if (row[1] == null) screenEntity(c, entityId, e, now);
            Set<Integer> begins = new HashSet<>();
            for (Span s : e.mentions()) {
                if (begins.add(s.begin())) update(c, "insert_entity_mention", reportId, entityId, s.begin(), s.end());
            }
        }
    }

    /**
     * Screens an entity the first time it is stored (an entity already screened is not screened again, so a name
     * mentioned in many reports costs one screening; a list update screens them all again). A store without lists
     * leaves it unscreened, for a later one.
     */
    private void screenEntity(Connection c, long entityId, EntityRef e, Instant now) throws SQLException {
        if (screening.screens(e.kind())) screening.screenAndStore(c, entityId, e.kind(), e.name(), now);
    }

    private static void insertMention(Connection c, String reportId, Event e, String fusedId) throws SQLException {
        Interval t = interval(e.when());
        update(
                c,
                "insert_event_mention",
                reportId + "/" + e.id(),
                reportId,
                e.id(),
                e.type(),
                Json.write(e.roles()),
                e.when(),
                date(t == null ? null : t.start()),
                date(t == null ? null : t.end()),
                e.status(),
                Json.write(e.sources()),
                e.evidence().begin(),
                e.evidence().end(),
                e.evidence().text(),
                fusedId);
    }

    /** Places one mention among the stored fused events; returns the ids of the events it joined or denied. */
    private List<String> place(Connection c, Mention m, Context ctx) throws SQLException {
        Interval w = window(m);
        if ("DENY".equals(m.event().type())) {
            // a denial answers claims made around it: widen its window as the fusion rule does
            int days = org.tumen.core.fuse.RuleFusion.DENIAL_WINDOW_DAYS;
            Object end = w.end().equals(LATEST) ? w.end() : w.end().plusDays(days);
            Object start = w.start().equals(EARLIEST) ? w.start() : w.start().minusDays(days);
            List<FusedEvent> targets = fusion.denied(m, candidates(c, "deny_candidates", end, start));
            if (!targets.isEmpty()) {
                List<String> ids = new ArrayList<>();
                for (FusedEvent target : targets) {
                    save(c, target, fusion.deny(target, m), ctx);
                    ids.add(target.id());
                }
                return ids;
            }
            // a denial of nothing stored yet is kept as an event of its own, so that it is seen and can be joined
        }
        List<FusedEvent> candidates = candidates(c, "candidates", m.event().type(), w.end(), w.start());
        Optional<FusedEvent> same = fusion.sameHappening(m, candidates);
        FusedEvent after = same.isPresent() ? fusion.join(same.get(), m) : fusion.start(newEventId(m), m);
        save(c, same.orElse(null), after, ctx);
        return List.of(after.id());
    }

    private static String newEventId(Mention m) {
        return "ev-" + contentHash(m.reportId() + "/" + m.event().id()).substring(0, 16);
    }

    private static Interval window(Mention m) {
        Interval when = interval(m.event().when());
        if (when != null)
            return new Interval(
                    when.start() == null ? EARLIEST : when.start(), when.end() == null ? LATEST : when.end());
        if (m.published() != null) return new Interval(m.published().minusDays(UNDATED_LOOKBACK_DAYS), m.published());
        return new Interval(EARLIEST, LATEST);
    }

    static Interval interval(String when) {
        if (when == null || when.isBlank()) return null;
        try {
            return Edtf.parse(when);
        } catch (IllegalArgumentException e) {
            // a when outside the supported EDTF subset is kept as text and simply not range-searchable
            return null;
        }
    }

    private static List<FusedEvent> candidates(Connection c, String statement, Object... args) throws SQLException {
        List<FusedEvent> out = new ArrayList<>();
        for (Object[] row : query(
                c,
                statement,
                rs -> new Object[] {
                    rs.getString("id"), rs.getString("type"), rs.getString("roles"), rs.getString("when_text")
                },
                args)) {
            out.add(fused(c, row));
        }
        return out;
    }

    static Optional<FusedEvent> loadFused(Connection c, String id) throws SQLException {
        List<Object[]> rows = query(
                c,
                "fused_event_by_id",
                rs -> new Object[] {
                    rs.getString("id"), rs.getString("type"), rs.getString("roles"), rs.getString("when_text")
                },
                id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(fused(c, rows.getFirst()));
    }

    private static FusedEvent fused(Connection c, Object[] row) throws SQLException {
        String id = (String) row[0];
        List<Claim> claims = query(
                c,
                "active_claims",
                rs -> new Claim(
                        rs.getString("id"),
                        rs.getString("report_id"),
                        rs.getString("independence_group"),
                        Jdbc.localDate(rs, "published"),
                        rs.getString("source"),
                        Stance.valueOf(rs.getString("stance")),
                        rs.getString("status"),
                        rs.getString("hedge"),
                        new Span(
                                rs.getInt("evidence_begin"), rs.getInt("evidence_end"), rs.getString("evidence_text"))),
                id);
        return new FusedEvent(id, (String) row[1], Json.map((String) row[2]), (String) row[3], claims);
    }

    private static void save(Connection c, FusedEvent before, FusedEvent after, Context ctx) throws SQLException {
        Interval t = interval(after.when());
        Object place = after.roles().get("place");
        String placeText = place instanceof String s && !s.isBlank() ? s : null;
        Object[] values = {
            Json.write(after.roles()),
            after.when(),
            date(t == null ? null : t.start()),
            date(t == null ? null : t.end()),
            placeText,
            placeText == null ? null : nameKey(placeText),
            strongestStatus(after.claims()),
            ctx.now(),
            Jdbc.integer(spanClass(after.when(), t))
        };
        if (before == null) {
            ctx.touches().created(after.id());
            update(
                    c,
                    "insert_fused_event",
                    after.id(),
                    after.type(),
                    values[0],
                    values[1],
                    values[2],
                    values[3],
                    values[4],
                    values[5],
                    values[6],
                    ctx.now(),
                    ctx.now(),
                    values[8]);
        } else {
            Object[] args = java.util.Arrays.copyOf(values, values.length + 1);
            args[values.length] = after.id();
            update(c, "update_fused_event", args);
        }
        saveParties(c, after, t, values[8]);
        Set<String> stored = new HashSet<>(query(c, "claim_ids", rs -> rs.getString(1), after.id()));
        for (Claim claim : after.claims()) {
            if (stored.contains(claim.id())) continue;
            update(
                    c,
                    "insert_claim",
                    claim.id(),
                    after.id(),
                    claim.reportId(),
                    claim.independenceGroup(),
                    date(claim.published()),
                    claim.source(),
                    claim.stance().name(),
                    claim.status(),
                    claim.hedge(),
                    claim.evidence().begin(),
                    claim.evidence().end(),
                    claim.evidence().text());
            ctx.touches().add(after.id(), describe(claim, before == null, ctx));
        }
    }

    private static String describe(Claim claim, boolean first, Context ctx) {
        String verb = switch (claim.stance()) {
            case ASSERTS -> first ? "first reported by " : "corroborated by ";
            case DENIES -> "denied by ";
            case DOUBTS -> "doubted by ";
        };
        return verb + claim.source() + " in " + ctx.reportRef();
    }

    /**
     * The bounds of V6's span classes in days, from an event's start to its end: class k holds the events of at most
     * {@code SPAN_DAYS[k]} days; {@link #OPEN_SPAN} those with an open end or a longer span.
     */
    public static final int[] SPAN_DAYS = {1, 31, 366, 1830, 7320};

    public static final int OPEN_SPAN = 5;

    /**
     * The most party rows one event can have for one party: a row per party role naming it (saveParties keeps one
     * per role and name), so at most the number of party roles of the event type with the most.
     */
    static final int MOST_PARTY_ROLES = Schema.get().events().values().stream()
            .mapToInt(t -> (int) t.roles().stream()
                    .filter(r -> r.kind() == org.tumen.core.schema.RoleKind.PARTY
                            || r.kind() == org.tumen.core.schema.RoleKind.PARTIES)
                    .count())
            .max()
            .orElse(1);

    /** V6's {@code span_class}: null for an undated event, else its class by its length (see {@link #SPAN_DAYS}). */
    public static Integer spanClass(String when, LocalDate start, LocalDate end) {
        if (when == null) return null;
        if (start == null || end == null) return OPEN_SPAN;
        for (int k = 0; k < SPAN_DAYS.length; k++) if (!end.isAfter(start.plusDays(SPAN_DAYS[k]))) return k;
        return OPEN_SPAN;
    }

    static Integer spanClass(String when, Interval t) {
        return t == null ? (when == null ? null : OPEN_SPAN) : spanClass(when, t.start(), t.end());
    }

    private static void saveParties(Connection c, FusedEvent e, Interval t, Object spanClass) throws SQLException {
        update(c, "delete_parties", e.id());
        Set<String> seen = new HashSet<>();
        for (RoleDef role : Schema.get().event(e.type()).roles()) {
            if (role.kind() != org.tumen.core.schema.RoleKind.PARTY
                    && role.kind() != org.tumen.core.schema.RoleKind.PARTIES) continue;
            Object value = e.roles().get(role.name());
            List<?> values = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
            for (Object v : values) {
                if (!(v instanceof String name) || name.isBlank()) continue;
                String key = nameKey(name);
                if (!seen.add(role.name() + "\u0000" + key)) continue;
                String code = ISO3.matcher(name).matches() ? name : null;
                update(
                        c,
                        "insert_party",
                        e.id(),
                        role.name(),
                        name,
                        key,
                        code,
                        spanClass,
                        date(t == null ? null : t.start()),
                        date(t == null ? null : t.end()));
            }
        }
    }

    /** The status the event list shows: that of its strongest claim. */
    static String strongestStatus(List<Claim> claims) {
        List<String> rank = List.of("asserted", "alleged", "uncertain", "denied");
        String best = null;
        for (Claim claim : claims) {
            String s = claim.stance() == Stance.DENIES ? "denied" : claim.status();
            if (s == null || !rank.contains(s)) continue;
            if (best == null || rank.indexOf(s) < rank.indexOf(best)) best = s;
        }
        return best != null ? best : "uncertain";
    }

    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Reassesses the touched events. Track records come from every fused event that the touched events' sources
     * have claims on, so each of those sources' records is complete, without reading the whole store.
     */
    private List<EventChange> reassess(Connection c, Context ctx) throws SQLException {
        Map<String, FusedEvent> touched = new LinkedHashMap<>();
        for (String id : ctx.touches().ids()) loadFused(c, id).ifPresent(e -> touched.put(id, e));
        Set<String> sources = new LinkedHashSet<>();
        touched.values().forEach(e -> e.claims().forEach(cl -> sources.add(cl.source())));
        Map<String, FusedEvent> related = new LinkedHashMap<>(touched);
        for (String source : sources) {
            for (String id : query(c, "events_of_source", rs -> rs.getString(1), source)) {
                if (!related.containsKey(id)) loadFused(c, id).ifPresent(e -> related.put(id, e));
            }
        }
        Map<String, SourceTrack> tracks = assessor.tracks(related.values());
        for (String source : sources) {
            SourceTrack t = tracks.getOrDefault(source, new SourceTrack(source, 0, 0, 0));
            update(
                    c,
                    "merge_source",
                    source,
                    t.claims(),
                    t.corroborated(),
                    t.contradicted(),
                    assessor.reliability(t),
                    ctx.now());
        }
        List<EventChange> changes = new ArrayList<>();
        for (FusedEvent e : touched.values()) {
            List<Assessment> old = query(c, "assessment", Ingester::assessment, e.id());
            Assessment before = old.isEmpty() ? null : old.getFirst();
            Assessment after = e.claims().isEmpty() ? null : assessor.assess(e, tracks);
            update(c, "delete_assessment", e.id());
            update(
                    c,
                    "set_event_probability",
                    after == null ? new Jdbc.NullOf(java.sql.Types.DOUBLE) : (Object) after.probability(),
                    e.id());
            update(
                    c,
                    "set_party_probability",
                    after == null ? new Jdbc.NullOf(java.sql.Types.DOUBLE) : (Object) after.probability(),
                    e.id());
            if (after != null) {
                update(
                        c,
                        "insert_assessment",
                        e.id(),
                        after.supporting(),
                        after.contradicting(),
                        after.reliability(),
                        after.credibility(),
                        after.likelihood(),
                        after.probability(),
                        Json.write(after.reasons()),
                        ctx.now());
            }
            String cause = ctx.touches().cause(e.id());
            if (after == null) cause += "; no claim about it is in force any more";
            changes.add(new EventChange(
                    e,
                    before,
                    after,
                    ctx.touches().isCreated(e.id()),
                    ctx.reportId(),
                    cause,
                    ctx.touches().flags(e.id())));
            if (!sameVerdict(before, after)) {
                update(
                        c,
                        "insert_change",
                        e.id(),
                        ctx.reportId(),
                        Json.assessment(before),
                        Json.assessment(after),
                        cause,
                        ctx.now());
            }
        }
        return changes;
    }

    static Assessment assessment(java.sql.ResultSet rs) throws SQLException {
        return new Assessment(
                rs.getInt("supporting"),
                rs.getInt("contradicting"),
                rs.getString("reliability").strip(),
                rs.getInt("credibility"),
                rs.getString("likelihood"),
                rs.getDouble("probability"),
                Json.strings(rs.getString("reasons")));
    }

    /** Reasons are words about the same verdict; a change is a change of the verdict itself. */
    private static boolean sameVerdict(Assessment a, Assessment b) {
        if (a == null || b == null) return a == b;
        return a.supporting() == b.supporting()
                && a.contradicting() == b.contradicting()
                && a.reliability().equals(b.reliability())
                && a.credibility() == b.credibility()
                && a.likelihood().equals(b.likelihood())
                && Math.abs(a.probability() - b.probability()) < 1e-9;
    }
}
