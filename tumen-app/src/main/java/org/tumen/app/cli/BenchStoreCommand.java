package org.tumen.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.tumen.core.fuse.Claim;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.fuse.Stance;
import org.tumen.core.json.ExtractionJson;
import org.tumen.core.model.Span;
import org.tumen.core.schema.RoleDef;
import org.tumen.core.schema.RoleKind;
import org.tumen.core.schema.Schema;
import org.tumen.store.EventQuery;
import org.tumen.store.Store;
import org.tumen.store.StoreConfig;
import org.tumen.store.StoreException;
import org.tumen.store.search.EventDoc;
import org.tumen.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tumen bench store}: query latency of the event query and of search over a store grown to {@code --events}
 * fused events by a synthetic expansion of the events already in it.
 *
 * <p><b>Expansion.</b> The templates are the fused events in the store that came from real reports (ingest the
 * corpus first), each with its assessment and its claims in force. Synthetic event number {@code i} (ids {@code
 * syn-000000000}, {@code syn-000000001}, …; numbering continues where an earlier run stopped, so a store grown to
 * 10k can be grown on to 1M) is a clone of template {@code i mod T} with:
 *
 * <ul>
 *   <li>its dates (the event's start and end and each claim's publication date) shifted by the same number of
 *       days, spread over ±10 years around the original by a hash of {@code i};
 *   <li>each ISO 3166-1 alpha-3 party rotated through a fixed list of {@value #PARTY_COUNT} codes by {@code i / T},
 *       so the same template gives different pairs of states (party names that are not codes stay);
 *   <li>its {@code item} role, where it has one, replaced by the {@code (i·7 mod K)}-th of the K distinct items of
 *       all templates together with a fixed list of sanctioned goods;
 *   <li>the template's assessment and claims copied unchanged (claims still point at their real reports, so the
 *       event query's claim look-up joins real rows).
 * </ul>
 *
 * <p>The clones are written with batched JDBC inserts into the tables the store's ingest fills ({@code
 * fused_events} with its ranking copy of the probability, {@code fused_event_parties} with its copy of the same,
 * {@code assessments}, {@code claims}), because the normal write path
 * runs fusion against candidates for every event and would fuse the clones back into their templates; then {@code
 * ANALYZE}. Each clone is also indexed in the search index as the ingest indexes events ({@link EventDoc#of}).
 *
 * <p><b>Queries.</b> After {@code --warmup} unmeasured queries of each family, {@code --queries} event queries and
 * as many searches, drawn at random ({@code --seed}) and one at a time, each timed in-process with {@link
 * System#nanoTime()} around the public API call ({@link Store#events} with its claim look-ups; {@link
 * SearchIndex#search} with its highlighted snippets). Event queries (limit 100, the CLI's default): by type, by
 * party, by a 30-day date range, by party and a 1-year range, by a least likelihood. Searches (limit 20, the CLI's
 * default): one word and a two-word phrase from the templates' evidence, and field queries ({@code type:}, {@code
 * party:}, {@code when:YYYY*}).
 */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        description = "Grow the store to N events by synthetic expansion, then time event queries and searches.")
public final class BenchStoreCommand implements Callable<Integer> {
    static final int PARTY_COUNT = 32;

    /** States the parties are rotated through: the corpus's usual suspects, their neighbours and traders. */
    static final List<String> PARTIES = List.of(
            "PRK", "RUS", "CHN", "IRN", "SYR", "BLR", "MMR", "VEN", "CUB", "ERI", "LBY", "SDN", "YEM", "AFG", "IRQ",
            "LBN", "MLI", "CAF", "SSD", "SOM", "COD", "ZWE", "NIC", "TUR", "ARE", "IND", "PAK", "KAZ", "KGZ", "UZB",
            "MNG", "VNM");

    /** Added to the templates' items, so clones vary their goods beyond what the corpus happens to name. */
    static final List<String> ITEMS = List.of(
            "refined petroleum",
            "coal",
            "iron ore",
            "artillery shells",
            "ballistic missile parts",
            "luxury cars",
            "seafood",
            "textiles",
            "drones",
            "machine tools",
            "fertiliser",
            "crude oil",
            "rifles",
            "ammunition",
            "ship-to-ship fuel",
            "wheat",
            "semiconductors",
            "armoured vehicles",
            "liquor",
            "tobacco");

    static final String SYNTHETIC_PREFIX = "syn-";
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");
    private static final int SHIFT_DAYS = 3650;

    @Mixin
    StoreOptions store;

    @Option(names = "--events", required = true, paramLabel = "N", description = "Fused events to reach.")
    int events;

    @Option(
            names = "--queries",
            paramLabel = "Q",
            description = "Timed queries of each family (default: ${DEFAULT-VALUE}).")
    int queries = 1000;

    @Option(names = "--warmup", description = "Untimed queries of each family first (default: ${DEFAULT-VALUE}).")
    int warmup = 200;

    @Option(names = "--seed", description = "Seed of the query mix (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--batch", description = "Events per insert batch and transaction (default: ${DEFAULT-VALUE}).")
    int batch = 2000;

    @Override
    public Integer call() {
        return run(System.out, System.err);
    }

    int run(PrintStream out, PrintStream err) {
        if (events < 1 || queries < 1 || warmup < 0 || batch < 1) {
            err.println("error: --events, --queries and --batch must be at least 1, --warmup at least 0");
            return 2;
        }
        try (Store db = store.open();
                SearchIndex index = SearchIndex.open(Indexer.folder(store));
                Connection c = connect(db.config())) {
            List<Template> templates = Template.load(c);
            if (templates.isEmpty()) {
                err.println("error: no assessed events in " + db.config().displayUrl()
                        + " to expand from; ingest reports first");
                return 1;
            }
            long before = db.stats().fusedEvents();
            Expansion expansion = expand(c, index, templates, before, err);
            long total = db.stats().fusedEvents();
            err.printf(
                    Locale.ROOT,
                    "bench: %,d fused events (%,d added from %d templates in %.1f s, ANALYZE %.1f s); timing…%n",
                    total,
                    expansion.added(),
                    templates.size(),
                    expansion.insertSeconds(),
                    expansion.analyzeSeconds());
            Mix mix = Mix.of(c, templates, seed);
            List<Timing> timings = new ArrayList<>();
            timings.addAll(time(
                    mix.eventQueries(warmup + queries),
                    warmup,
                    q -> db.events(q).size()));
            timings.addAll(time(mix.searches(warmup + queries), warmup, q ->
                    (int) Math.min(Integer.MAX_VALUE, index.search(q, 20).hits().size())));
            out.print(table(db.config(), total, templates.size(), expansion, index.size(), timings));
            return 0;
        } catch (SQLException e) {
            err.println("error: " + firstLine(e.getMessage()));
            return 1;
        } catch (StoreException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    // ---- expansion ----

    /** What the expansion did. */
    record Expansion(long added, double insertSeconds, double analyzeSeconds) {}

    private Expansion expand(Connection c, SearchIndex index, List<Template> templates, long existing, PrintStream err)
            throws SQLException {
        long start = System.nanoTime();
        long first = count(c, "SELECT COUNT(*) FROM fused_events WHERE id LIKE '" + SYNTHETIC_PREFIX + "%'");
        long toAdd = Math.max(0, events - existing);
        // H2's page cache defaults to 16 MB, which a million-event load outgrows: enlarged for the load only and
        // set back before anything is timed, so the queries run with the store's own settings
        String cache = db(c).equals("H2") && toAdd > 0 ? setting(c, "CACHE_SIZE") : null;
        if (cache != null) exec(c, "SET CACHE_SIZE 1048576");
        List<String> items = items(templates);
        Instant now = Instant.now();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement fe = c.prepareStatement("INSERT INTO fused_events (id, type, roles, when_text,"
                        + " start_date, end_date, place, place_key, status, created_at, updated_at, probability,"
                        + " span_class) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement pa = c.prepareStatement("INSERT INTO fused_event_parties (fused_event_id, role,"
                        + " name, name_key, code, span_class, start_date, end_date, probability) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?)");
                PreparedStatement as = c.prepareStatement("INSERT INTO assessments (fused_event_id, supporting,"
                        + " contradicting, reliability, credibility, likelihood, probability, reasons, assessed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement cl = c.prepareStatement("INSERT INTO claims (id, fused_event_id, report_id,"
                        + " independence_group, published, source, stance, status, hedge, evidence_begin,"
                        + " evidence_end, evidence_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Timestamp ts = Timestamp.from(now);
            for (long n = 0; n < toAdd; n++) {
                long i = first + n;
                Template t = templates.get((int) (i % templates.size()));
                Clone e = t.clone(i, templates.size(), items);
                fe.setString(1, e.id());
                fe.setString(2, t.type());
                fe.setString(3, json(e.roles()));
                fe.setString(4, e.when());
                fe.setDate(5, sqlDate(e.start()));
                fe.setDate(6, sqlDate(e.end()));
                fe.setString(7, t.place());
                fe.setString(8, t.placeKey());
                fe.setString(9, t.status());
                fe.setTimestamp(10, ts);
                fe.setTimestamp(11, ts);
                fe.setDouble(12, t.assessment().probability());
                Integer spanClass = Store.spanClass(e.when(), e.start(), e.end());
                if (spanClass == null) fe.setNull(13, java.sql.Types.SMALLINT);
                else fe.setInt(13, spanClass);
                fe.addBatch();
                for (String[] p : parties(t.type(), e.roles())) {
                    pa.setString(1, e.id());
                    pa.setString(2, p[0]);
                    pa.setString(3, p[1]);
                    pa.setString(4, p[2]);
                    pa.setString(5, p[3]);
                    if (spanClass == null) pa.setNull(6, java.sql.Types.SMALLINT);
                    else pa.setInt(6, spanClass);
                    pa.setDate(7, sqlDate(e.start()));
                    pa.setDate(8, sqlDate(e.end()));
                    pa.setDouble(9, t.assessment().probability());
                    pa.addBatch();
                }
                Template.Assess a = t.assessment();
                as.setString(1, e.id());
                as.setInt(2, a.supporting());
                as.setInt(3, a.contradicting());
                as.setString(4, a.reliability());
                as.setInt(5, a.credibility());
                as.setString(6, a.likelihood());
                as.setDouble(7, a.probability());
                as.setString(8, a.reasons());
                as.setTimestamp(9, ts);
                as.addBatch();
                List<Claim> claims = new ArrayList<>();
                for (Template.ClaimRow r : t.claims()) {
                    LocalDate published =
                            r.published() == null ? null : r.published().plusDays(e.shift());
                    cl.setString(1, r.id());
                    cl.setString(2, e.id());
                    cl.setString(3, r.reportId());
                    cl.setString(4, r.group());
                    cl.setDate(5, sqlDate(published));
                    cl.setString(6, r.source());
                    cl.setString(7, r.stance());
                    cl.setString(8, r.status());
                    cl.setString(9, r.hedge());
                    cl.setInt(10, r.begin());
                    cl.setInt(11, r.end());
                    cl.setString(12, r.text());
                    cl.addBatch();
                    claims.add(new Claim(
                            r.id(),
                            r.reportId(),
                            r.group(),
                            published,
                            r.source(),
                            Stance.valueOf(r.stance()),
                            r.status(),
                            r.hedge(),
                            new Span(r.begin(), r.end(), r.text())));
                }
                index.index(EventDoc.of(new FusedEvent(e.id(), t.type(), e.roles(), e.when(), claims)));
                if ((n + 1) % batch == 0 || n + 1 == toAdd) {
                    fe.executeBatch();
                    pa.executeBatch();
                    as.executeBatch();
                    cl.executeBatch();
                    c.commit();
                }
                if ((n + 1) % 100_000 == 0)
                    err.printf(
                            Locale.ROOT,
                            "bench: %,d of %,d events added, %.0f/s%n",
                            n + 1,
                            toAdd,
                            (n + 1) / BenchCommand.seconds(System.nanoTime() - start));
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        if (cache != null) exec(c, "SET CACHE_SIZE " + cache);
        index.commit();
        long inserted = System.nanoTime();
        if (toAdd > 0) {
            try (Statement s = c.createStatement()) {
                // events written around the ingest: their places are not kept (migration V11), so say so
                s.executeUpdate("UPDATE store_meta SET meta_value = 'stale' WHERE meta_key = 'event_places'");
                s.execute("ANALYZE");
            }
        }
        return new Expansion(
                toAdd, BenchCommand.seconds(inserted - start), BenchCommand.seconds(System.nanoTime() - inserted));
    }

    /** The party rows the store keeps for an event's roles, as its ingest writes them: role, name, key, code. */
    static List<String[]> parties(String type, Map<String, Object> roles) {
        List<String[]> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RoleDef role : Schema.get().event(type).roles()) {
            if (role.kind() != RoleKind.PARTY && role.kind() != RoleKind.PARTIES) continue;
            Object value = roles.get(role.name());
            List<?> values = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
            for (Object v : values) {
                if (!(v instanceof String name) || name.isBlank()) continue;
                String key = name.strip().toLowerCase(Locale.ROOT);
                if (!seen.add(role.name() + "\u0000" + key)) continue;
                out.add(new String[] {role.name(), name, key, ISO3.matcher(name).matches() ? name : null});
            }
        }
        return out;
    }

    private static List<String> items(List<Template> templates) {
        Set<String> items = new LinkedHashSet<>();
        for (Template t : templates) if (t.roles().get("item") instanceof String s && !s.isBlank()) items.add(s);
        items.addAll(ITEMS);
        return List.copyOf(items);
    }

    /** One synthetic event: a template's clone with its own id, roles and dates. */
    record Clone(String id, Map<String, Object> roles, String when, LocalDate start, LocalDate end, int shift) {}

    /** A fused event from real reports, with its assessment and claims in force, read once. */
    record Template(
            String id,
            String type,
            Map<String, Object> roles,
            String when,
            LocalDate start,
            LocalDate end,
            String place,
            String placeKey,
            String status,
            Assess assessment,
            List<ClaimRow> claims) {
        record Assess(
                int supporting,
                int contradicting,
                String reliability,
                int credibility,
                String likelihood,
                double probability,
                String reasons) {}

        record ClaimRow(
                String id,
                String reportId,
                String group,
                LocalDate published,
                String source,
                String stance,
                String status,
                String hedge,
                int begin,
                int end,
                String text) {}

        static List<Template> load(Connection c) throws SQLException {
            Map<String, Template> byId = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT e.id, e.type, e.roles, e.when_text, e.start_date,"
                            + " e.end_date, e.place, e.place_key, e.status, a.supporting, a.contradicting,"
                            + " a.reliability, a.credibility, a.likelihood, a.probability, a.reasons"
                            + " FROM fused_events e JOIN assessments a ON a.fused_event_id = e.id"
                            + " WHERE e.id NOT LIKE '" + SYNTHETIC_PREFIX + "%' ORDER BY e.id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("id");
                    byId.put(
                            id,
                            new Template(
                                    id,
                                    rs.getString("type"),
                                    parseRoles(rs.getString("roles")),
                                    rs.getString("when_text"),
                                    date(rs, "start_date"),
                                    date(rs, "end_date"),
                                    rs.getString("place"),
                                    rs.getString("place_key"),
                                    rs.getString("status"),
                                    new Assess(
                                            rs.getInt("supporting"),
                                            rs.getInt("contradicting"),
                                            rs.getString("reliability").strip(),
                                            rs.getInt("credibility"),
                                            rs.getString("likelihood"),
                                            rs.getDouble("probability"),
                                            rs.getString("reasons")),
                                    new ArrayList<>()));
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT id, fused_event_id, report_id, independence_group,"
                            + " published, source, stance, status, hedge, evidence_begin, evidence_end, evidence_text"
                            + " FROM claims WHERE superseded = FALSE AND fused_event_id NOT LIKE '"
                            + SYNTHETIC_PREFIX + "%' ORDER BY fused_event_id, id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Template t = byId.get(rs.getString("fused_event_id"));
                    if (t == null) continue;
                    t.claims()
                            .add(new ClaimRow(
                                    rs.getString("id"),
                                    rs.getString("report_id"),
                                    rs.getString("independence_group"),
                                    date(rs, "published"),
                                    rs.getString("source"),
                                    rs.getString("stance"),
                                    rs.getString("status"),
                                    rs.getString("hedge"),
                                    rs.getInt("evidence_begin"),
                                    rs.getInt("evidence_end"),
                                    rs.getString("evidence_text")));
                }
            }
            return byId.values().stream().filter(t -> !t.claims().isEmpty()).toList();
        }

        /** Clone number {@code i}; see the class comment. */
        Clone clone(long i, int templateCount, List<String> items) {
            int shift = (int) Math.floorMod(mix(i), 2L * SHIFT_DAYS + 1) - SHIFT_DAYS;
            int rotation = (int) ((i / templateCount) % PARTIES.size());
            Map<String, Object> r = new LinkedHashMap<>(roles);
            for (RoleDef role : Schema.get().event(type).roles()) {
                Object v = r.get(role.name());
                if (v == null) continue;
                if (role.kind() == RoleKind.PARTY || role.kind() == RoleKind.PARTIES) {
                    r.put(
                            role.name(),
                            v instanceof List<?> l
                                    ? l.stream().map(x -> rotate(x, rotation)).toList()
                                    : rotate(v, rotation));
                }
            }
            if (r.get("item") instanceof String) r.put("item", items.get((int) Math.floorMod(i * 7, items.size())));
            LocalDate s = start == null ? null : start.plusDays(shift);
            LocalDate e = end == null ? null : end.plusDays(shift);
            return new Clone(
                    SYNTHETIC_PREFIX + String.format(Locale.ROOT, "%09d", i), r, when(when, s, e), s, e, shift);
        }

        private static Object rotate(Object value, int rotation) {
            if (!(value instanceof String code) || !ISO3.matcher(code).matches()) return value;
            int at = PARTIES.indexOf(code);
            int base = at >= 0 ? at : Math.floorMod(code.hashCode(), PARTIES.size());
            return PARTIES.get((base + rotation) % PARTIES.size());
        }

        /** EDTF for the shifted dates: a day, or an interval with ".." for an open end; none if none before. */
        static String when(String original, LocalDate start, LocalDate end) {
            if (original == null) return null;
            if (start == null && end == null) return original;
            if (start != null && start.equals(end)) return start.toString();
            return (start == null ? ".." : start.toString()) + "/" + (end == null ? ".." : end.toString());
        }
    }

    /** A well-spread hash of a clone's number (SplitMix64's finaliser). */
    static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---- the query mix ----

    /** A query to time and the family it belongs to. */
    record Timed<Q>(String family, String kind, Q query) {}

    /** Draws queries like an analyst's: the types, parties and dates that are in the store. */
    record Mix(
            List<String> types, LocalDate first, LocalDate last, List<String> words, List<String> phrases, long seed) {
        static Mix of(Connection c, List<Template> templates, long seed) throws SQLException {
            List<String> types = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT DISTINCT type FROM fused_events ORDER BY type")) {
                while (rs.next()) types.add(rs.getString(1));
            }
            LocalDate first;
            LocalDate last;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT MIN(start_date), MAX(start_date) FROM fused_events")) {
                rs.next();
                first = date(rs, 1);
                last = date(rs, 2);
            }
            if (first == null) first = last = LocalDate.of(2022, 1, 1);
            Set<String> words = new LinkedHashSet<>();
            Set<String> phrases = new LinkedHashSet<>();
            for (Template t : templates) {
                for (Template.ClaimRow r : t.claims()) {
                    String[] w = r.text().split("\\s+");
                    for (int k = 0; k < w.length; k++) {
                        if (!WORD.matcher(w[k]).matches()) continue;
                        words.add(w[k]);
                        if (k + 1 < w.length && WORD.matcher(w[k + 1]).matches())
                            phrases.add("\"" + w[k] + " " + w[k + 1] + "\"");
                    }
                }
            }
            return new Mix(List.copyOf(types), first, last, List.copyOf(words), List.copyOf(phrases), seed);
        }

        List<Timed<EventQuery>> eventQueries(int n) {
            Random r = new Random(seed);
            List<Timed<EventQuery>> out = new ArrayList<>(n);
            double[] least = {0.1, 0.25, 0.5, 0.75, 0.9};
            for (int k = 0; k < n; k++) {
                var b = EventQuery.builder().limit(EventQuery.DEFAULT_LIMIT);
                String kind = switch (r.nextInt(5)) {
                    case 0 -> {
                        b.type(pick(r, types));
                        yield "by type";
                    }
                    case 1 -> {
                        b.party(pick(r, PARTIES));
                        yield "by party";
                    }
                    case 2 -> {
                        LocalDate since = day(r);
                        b.since(since).until(since.plusDays(29));
                        yield "by 30-day range";
                    }
                    case 3 -> {
                        LocalDate since = day(r);
                        b.party(pick(r, PARTIES)).since(since).until(since.plusDays(364));
                        yield "by party + 1-year range";
                    }
                    default -> {
                        b.minLikelihood(least[r.nextInt(least.length)]);
                        yield "by min likelihood";
                    }
                };
                out.add(new Timed<>("event query", kind, b.build()));
            }
            return out;
        }

        List<Timed<String>> searches(int n) {
            Random r = new Random(seed + 1);
            List<Timed<String>> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                int family = r.nextInt(3);
                if (family == 0 && !words.isEmpty()) out.add(new Timed<>("search", "word", pick(r, words)));
                else if (family == 1 && !phrases.isEmpty()) out.add(new Timed<>("search", "phrase", pick(r, phrases)));
                else {
                    String q = switch (r.nextInt(3)) {
                        case 0 -> "type:" + pick(r, types) + " party:" + pick(r, PARTIES);
                        case 1 -> "party:" + pick(r, PARTIES);
                        default -> "when:" + day(r).getYear() + "*";
                    };
                    out.add(new Timed<>("search", "field", q));
                }
            }
            return out;
        }

        private LocalDate day(Random r) {
            long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
            return first.plusDays((long) (r.nextDouble() * span));
        }

        private static <T> T pick(Random r, List<T> from) {
            return from.get(r.nextInt(from.size()));
        }
    }

    // ---- timing ----

    /** The latencies of one kind of query, in nanoseconds, and the rows they returned. */
    record Timing(String family, String kind, long[] nanos, long rows) {
        double percentileMillis(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return percentile(sorted, p) / 1e6;
        }

        double maxMillis() {
            return Arrays.stream(nanos).max().orElse(0) / 1e6;
        }
    }

    /** The nearest-rank percentile of sorted values: the smallest value with at least p of them at or below it. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    interface Run<Q> {
        int apply(Q query);
    }

    /** Runs the first {@code warm} untimed, then times the rest one by one; one timing per kind and one for all. */
    static <Q> List<Timing> time(List<Timed<Q>> all, int warm, Run<Q> run) {
        for (Timed<Q> t : all.subList(0, Math.min(warm, all.size()))) run.apply(t.query());
        List<Timed<Q>> timed = all.subList(Math.min(warm, all.size()), all.size());
        Map<String, List<Long>> byKind = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        List<Long> every = new ArrayList<>();
        long allRows = 0;
        for (Timed<Q> t : timed) {
            long t0 = System.nanoTime();
            int n = run.apply(t.query());
            long dt = System.nanoTime() - t0;
            byKind.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(dt);
            rows.merge(t.kind(), (long) n, Long::sum);
            every.add(dt);
            allRows += n;
        }
        List<Timing> out = new ArrayList<>();
        String family = timed.isEmpty() ? "" : timed.getFirst().family();
        out.add(new Timing(family, "all", longs(every), allRows));
        for (var e : new java.util.TreeMap<>(byKind).entrySet())
            out.add(new Timing(family, e.getKey(), longs(e.getValue()), rows.get(e.getKey())));
        return out;
    }

    private static long[] longs(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    static String table(StoreConfig config, long total, int templates, Expansion x, int indexDocs, List<Timing> t) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "bench store: %s; %,d fused events (%,d synthetic added now from %d templates in %.1f s + ANALYZE"
                        + " %.1f s); search index %,d documents%n",
                config.displayUrl(),
                total,
                x.added(),
                templates,
                x.insertSeconds(),
                x.analyzeSeconds(),
                indexDocs));
        String[] head = {"query", "n", "p50 ms", "p95 ms", "p99 ms", "max ms", "rows/query"};
        List<String[]> rows = new ArrayList<>();
        for (Timing m : t) {
            String label = m.kind().equals("all") ? m.family() + " (all)" : "  " + m.kind();
            rows.add(new String[] {
                label,
                Integer.toString(m.nanos().length),
                BenchCommand.number(m.percentileMillis(0.50), 2),
                BenchCommand.number(m.percentileMillis(0.95), 2),
                BenchCommand.number(m.percentileMillis(0.99), 2),
                BenchCommand.number(m.maxMillis(), 2),
                BenchCommand.number(m.nanos().length == 0 ? 0 : (double) m.rows() / m.nanos().length, 1)
            });
        }
        b.append(BenchCommand.table(head, rows));
        b.append("Latencies are wall-clock per call in this JVM (System.nanoTime), after the warm-up; event queries"
                + " limit 100 with claims, searches limit 20 with snippets.\n");
        return b.toString();
    }

    // ---- small helpers ----

    private static Connection connect(StoreConfig config) throws SQLException {
        Properties p = new Properties();
        if (config.user() != null) p.setProperty("user", config.user());
        if (config.password() != null) p.setProperty("password", config.password());
        return DriverManager.getConnection(config.jdbcUrl(), p);
    }

    private static String db(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName();
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT setting_value FROM information_schema.settings WHERE setting_name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Object> parseRoles(String json) {
        try {
            return ExtractionJson.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable roles " + json, e);
        }
    }

    private static String json(Map<String, Object> roles) {
        try {
            return ExtractionJson.MAPPER.writeValueAsString(roles);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Date sqlDate(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static String firstLine(String message) {
        if (message == null) return "no message";
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
