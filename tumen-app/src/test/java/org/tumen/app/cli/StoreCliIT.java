package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.tumen.app.cli.Cli.tumen;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tumen.app.cli.Cli.Run;
import org.tumen.core.assess.AdmiraltyAssessor;
import org.tumen.core.fuse.RuleFusion;
import org.tumen.store.Store;
import org.tumen.store.StoreConfig;
import org.tumen.store.StoreStats;

/**
 * The store commands of issue 3 as a user runs them: {@code ingest}, {@code events}, {@code show}, {@code search},
 * {@code sources} and {@code export}, through picocli with the real pipeline, on the seed report and the two fusion
 * fixtures (a wire story and a near-copy repost of it). The same checks run on embedded H2 ({@code --data}) and on
 * PostgreSQL ({@code --db}, when {@code TUMEN_TEST_PG_URL} names a server; in CI its absence is a failure).
 */
class StoreCliIT {
    private static final Path SEED =
            Path.of(System.getProperty("tumen.shared", "../../shared")).resolve("corpus/seed/orlov-trotters.txt");
    private static final Path FUSE = Path.of("../tumen-core/src/test/resources/fuse");
    private static final Path WIRE = FUSE.resolve("wire-horse-train.txt");
    private static final Path REPOST = FUSE.resolve("repost-horse-train.txt");
    private static final Set<String> THREE_REPORTS = Set.of("orlov-trotters", "wire-horse-train", "repost-horse-train");

    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:9/none";

    /** The checks every database must pass; the subclasses say where the store is. */
    abstract static class OnAStore {
        /** {@code --data DIR} or {@code --db URL}. */
        abstract List<String> store();

        abstract StoreConfig config();

        Run on(String command, Object... args) {
            List<Object> argv = new ArrayList<>();
            argv.add(command);
            argv.addAll(store());
            argv.addAll(List.of(args));
            return tumen(argv.toArray());
        }

        Run ingestTheHorseTrain() {
            return on("ingest", SEED, WIRE, REPOST);
        }

        /** Fills the store for the read commands. */
        void seed() {
            ingestTheHorseTrain().succeeded();
        }

        StoreStats stats() {
            try (Store db = Store.open(config(), new RuleFusion(), new AdmiraltyAssessor())) {
                return db.stats();
            }
        }

        List<JsonNode> events(Object... filters) {
            List<Object> args = new ArrayList<>(List.of("--json"));
            args.addAll(List.of(filters));
            return on("events", args.toArray()).succeeded().jsonLines();
        }

        Set<String> eventIds() {
            return new TreeSet<>(
                    events().stream().map(e -> e.get("id").asText()).toList());
        }

        @Test
        void ingesting_the_seed_and_two_other_outlets_stores_three_reports_and_prints_the_summary() {
            Run run = ingestTheHorseTrain().succeeded();

            StoreStats stats = stats();
            assertThat(stats.reports()).isEqualTo(3);
            assertThat(stats.supersededReports()).isZero();
            assertThat(stats.fusedEvents()).isPositive().isLessThan(stats.eventMentions());
            assertThat(run.out().strip())
                    .isEqualTo(String.format(
                            "ingest: 3 stored, 0 revised, 0 unchanged, 0 failed; the store holds 3 reports, %d events"
                                    + " from %d mentions, %d claims",
                            stats.fusedEvents(), stats.eventMentions(), stats.claims()));
            assertThat(run.errLines()).singleElement().asString().startsWith("ingest: 3 reports, ");
        }

        @Test
        void ingesting_the_same_inputs_again_changes_nothing() {
            ingestTheHorseTrain().succeeded();
            StoreStats before = stats();
            String eventsBefore = on("events", "--json").succeeded().out();
            String sourcesBefore = on("sources", "--json").succeeded().out();

            Run again = ingestTheHorseTrain().succeeded();

            assertThat(again.out()).startsWith("ingest: 0 stored, 0 revised, 3 unchanged, 0 failed; ");
            assertThat(stats()).isEqualTo(before);
            assertThat(on("events", "--json").succeeded().out()).isEqualTo(eventsBefore);
            assertThat(on("sources", "--json").succeeded().out()).isEqualTo(sourcesBefore);
            assertThat(on("search", "--json", "kind:report").succeeded().jsonLines())
                    .extracting(h -> h.get("id").asText())
                    .containsExactlyInAnyOrderElementsOf(THREE_REPORTS);
        }

        @Test
        void the_horse_train_is_one_transfer_claimed_by_three_reports_and_two_independent_sources() {
            seed();

            List<JsonNode> horses = events("--type", "TRANSFER", "--party", "PRK").stream()
                    .filter(e -> e.path("hs").asText().equals("0101")
                            && e.path("quantity").asInt() == 30)
                    .toList();

            assertThat(horses).as("the 30 horses by train, fused").hasSize(1);
            JsonNode train = horses.get(0);
            assertThat(train.get("type").asText()).isEqualTo("TRANSFER");
            assertThat(train.get("supplier").asText()).isEqualTo("RUS");
            assertThat(train.get("recipient").asText()).isEqualTo("PRK");
            assertThat(train.get("mode").asText()).isEqualTo("rail");
            assertThat(train.get("status").asText()).isEqualTo("asserted");
            assertThat(train.get("id").asText()).startsWith("ev-");
            assertThat(train.get("claims"))
                    .extracting(c -> c.get("report").asText())
                    .containsExactlyInAnyOrderElementsOf(THREE_REPORTS);
            assertThat(train.get("claims")).allSatisfy(c -> {
                assertThat(c.get("stance").asText()).isEqualTo("asserts");
                assertThat(c.get("evidence").asText()).isNotBlank();
            });
            JsonNode assessment = train.get("assessment");
            assertThat(assessment.get("supporting").asInt())
                    .as("the repost is a near-copy of the wire story: one source, not two")
                    .isEqualTo(2);
            assertThat(assessment.get("contradicting").asInt()).isZero();
            assertThat(assessment.get("reliability").asText()).matches("[A-F]");
            assertThat(assessment.get("credibility").asInt()).isBetween(1, 6);
            assertThat(assessment.get("likelihood").asText()).isNotBlank();
            assertThat(assessment.get("reasons")).isNotEmpty();
        }

        @Test
        void the_arms_transfer_to_russia_shows_the_north_korean_denial_among_the_claims_against() {
            seed();
            List<JsonNode> arms = events("--type", "TRANSFER", "--party", "RUS").stream()
                    .filter(e -> e.path("supplier").asText().equals("PRK")
                            && e.path("recipient").asText().equals("RUS"))
                    .toList();
            assertThat(arms).as("the shells PRK→RUS").hasSize(1);
            String id = arms.get(0).get("id").asText();

            JsonNode shown = on("show", id, "--json").succeeded().json();

            assertThat(shown.get("id").asText()).isEqualTo(id);
            assertThat(shown.get("item").asText()).contains("artillery shells");
            assertThat(shown.get("claims_for"))
                    .extracting(c -> c.get("report").asText())
                    .contains("orlov-trotters", "wire-horse-train");
            JsonNode against = shown.get("claims_against");
            assertThat(against)
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.get("stance").asText()).isEqualTo("denies"));
            assertThat(against)
                    .extracting(c ->
                            c.get("report").asText() + ": " + c.get("evidence").asText())
                    .contains(
                            "wire-horse-train: North Korea's Defence Ministry has denied arms exports to Russia.",
                            "orlov-trotters: Moscow and Pyongyang strongly denied the weapons trade");
            assertThat(shown.get("assessment").get("contradicting").asInt()).isPositive();

            String text = on("show", id).succeeded().out();
            assertThat(text).contains("Claims against (" + against.size() + "):");
            assertThat(text).contains("“North Korea's Defence Ministry has denied arms exports to Russia.”");
        }

        @Test
        void search_for_orlov_finds_the_seed_report_with_the_word_highlighted() {
            seed();

            Run json = on("search", "--json", "Orlov").succeeded();
            Run text = on("search", "Orlov").succeeded();

            JsonNode seedHit = json.jsonLines().stream()
                    .filter(h -> h.get("kind").asText().equals("report")
                            && h.get("id").asText().equals("orlov-trotters"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no hit for the seed report in " + json.out()));
            assertThat(seedHit.get("snippet").asText()).contains("The <mark>Orlov</mark> Trotter");
            assertThat(text.out()).contains("orlov-trotters").contains("The «Orlov» Trotter");
            assertThat(text.err()).containsPattern("(?m)^" + json.jsonLines().size() + " hits$");
        }

        @Test
        void sources_are_listed_with_an_admiralty_reliability_letter_and_a_consistent_record() {
            seed();

            List<JsonNode> sources = on("sources", "--json").succeeded().jsonLines();

            assertThat(sources)
                    .extracting(s -> s.get("name").asText())
                    .contains("White House", "United States", "North Korean Defence Ministry")
                    .doesNotHaveDuplicates();
            assertThat(sources).allSatisfy(s -> {
                assertThat(s.get("reliability").asText()).matches("[A-F]");
                assertThat(s.get("corroborated").asInt() + s.get("contradicted").asInt())
                        .isLessThanOrEqualTo(s.get("claims").asInt());
            });
            assertThat(on("sources").succeeded().out()).containsPattern("(?m)^[A-F]  White House ");
        }

        @Test
        void export_stix_is_a_bundle_with_one_tumen_event_per_stored_event() {
            seed();
            Set<String> ids = eventIds();

            JsonNode bundle = on("export", "--format", "stix").succeeded().json();

            assertThat(bundle.get("type").asText()).isEqualTo("bundle");
            assertThat(bundle.get("id").asText()).startsWith("bundle--");
            List<JsonNode> objects = list(bundle.get("objects"));
            assertThat(objects)
                    .allSatisfy(o -> assertThat(o.get("id").asText())
                            .startsWith(o.get("type").asText() + "--"));
            assertThat(objects.stream()
                            .filter(o -> o.get("type").asText().equals("x-tumen-event"))
                            .map(o -> o.get("tumen_id").asText()))
                    .containsExactlyInAnyOrderElementsOf(ids);
            assertThat(objects.stream()
                            .filter(o -> o.get("type").asText().equals("identity") && o.has("x_reliability"))
                            .map(o -> o.get("name").asText() + " "
                                    + o.get("x_reliability").asText()))
                    .contains("White House F", "KCNA F");
            assertThat(objects.stream().filter(o -> o.get("type").asText().equals("report")))
                    .hasSize(3);
        }

        @Test
        void export_ftm_is_json_lines_of_followthemoney_entities() {
            seed();
            int events = eventIds().size();

            List<JsonNode> entities =
                    on("export", "--format", "ftm").succeeded().jsonLines();

            assertThat(entities).allSatisfy(e -> {
                assertThat(e.get("id").asText()).isNotBlank();
                assertThat(e.get("schema").asText()).isNotBlank();
                assertThat(e.get("properties").isObject()).isTrue();
            });
            assertThat(entities.stream().filter(e -> e.get("schema").asText().equals("Event")))
                    .hasSize(events);
            assertThat(entities.stream().filter(e -> e.get("schema").asText().equals("Article")))
                    .hasSize(3);
        }

        @ParameterizedTest
        @ValueSource(strings = {"stix", "ftm"})
        void every_exported_object_has_an_id_of_its_own(String format) {
            seed();

            Run run = on("export", "--format", format).succeeded();

            List<JsonNode> objects = format.equals("stix") ? list(run.json().get("objects")) : run.jsonLines();
            assertThat(objects).extracting(o -> o.get("id").asText()).doesNotHaveDuplicates();
        }

        @Test
        void export_csv_has_a_header_and_one_row_per_stored_event() {
            seed();
            Set<String> ids = eventIds();

            List<List<String>> rows =
                    Csv.parse(on("export", "--format", "csv").succeeded().out());

            List<String> header = rows.get(0);
            assertThat(header).startsWith("id", "type").contains("supplier", "recipient", "likelihood", "evidence");
            List<List<String>> body = rows.subList(1, rows.size());
            assertThat(body).allSatisfy(r -> assertThat(r).hasSameSizeAs(header));
            assertThat(body).extracting(r -> r.get(0)).containsExactlyInAnyOrderElementsOf(ids);
            List<String> train = body.stream()
                    .filter(r -> r.get(header.indexOf("hs")).equals("0101")
                            && r.get(header.indexOf("quantity")).equals("30"))
                    .findFirst()
                    .orElseThrow();
            assertThat(train.get(header.indexOf("supplier"))).isEqualTo("RUS");
            assertThat(train.get(header.indexOf("supporting"))).isEqualTo("2");
        }

        @Test
        void export_geojson_is_a_feature_collection_of_placed_events() {
            seed();
            Set<String> ids = eventIds();

            JsonNode collection =
                    on("export", "--format", "geojson").succeeded().json();

            assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
            List<JsonNode> features = list(collection.get("features"));
            assertThat(features).isNotEmpty().allSatisfy(f -> {
                assertThat(f.get("type").asText()).isEqualTo("Feature");
                assertThat(ids).contains(f.get("properties").get("id").asText());
                JsonNode g = f.get("geometry");
                assertThat(g.get("type").asText()).isIn("Point", "LineString");
                List<JsonNode> points = g.get("type").asText().equals("Point")
                        ? List.of(g.get("coordinates"))
                        : list(g.get("coordinates"));
                assertThat(points).allSatisfy(p -> {
                    assertThat(p.get(0).asDouble()).isBetween(-180.0, 180.0);
                    assertThat(p.get(1).asDouble()).isBetween(-90.0, 90.0);
                });
            });
            assertThat(features)
                    .anySatisfy(
                            f -> assertThat(f.get("properties").path("place").asText())
                                    .isEqualTo("Tumangang–Khasan Friendship Bridge"));
        }
    }

    @Nested
    class OnH2 extends OnAStore {
        @TempDir
        Path data;

        @Override
        List<String> store() {
            return List.of("--data", data.toString());
        }

        @Override
        StoreConfig config() {
            return StoreConfig.embedded(data);
        }
    }

    /** PostgreSQL at {@code TUMEN_TEST_PG_URL}, each test in a schema of its own, dropped afterwards. */
    @Nested
    class OnPostgres extends OnAStore {
        private static final String SERVER = System.getenv("TUMEN_TEST_PG_URL");
        private String schema;
        private String url;

        /** With --db the database is PostgreSQL; --data still names the folder of the search index. */
        @TempDir
        Path index;

        @BeforeEach
        void createSchema() throws Exception {
            if (SERVER == null || SERVER.isBlank()) {
                if ("true".equalsIgnoreCase(System.getenv("CI")))
                    fail("CI=true but TUMEN_TEST_PG_URL is not set: the PostgreSQL CLI tests cannot run");
                assumeTrue(false, "TUMEN_TEST_PG_URL is not set; PostgreSQL CLI tests skipped");
            }
            schema = "t_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = DriverManager.getConnection(SERVER);
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            url = SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }

        @AfterEach
        void dropSchema() throws Exception {
            if (schema == null) return;
            try (Connection c = DriverManager.getConnection(SERVER);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }

        @Override
        List<String> store() {
            return List.of("--db", url, "--data", index.toString());
        }

        @Override
        StoreConfig config() {
            return StoreConfig.jdbc(url);
        }
    }

    /** A record id ending in {@code -rN} is a revision only when the report it revises is the same report. */
    @Nested
    class Revisions {
        private static final Path CORPUS =
                Path.of(System.getProperty("tumen.shared", "../../shared")).resolve("corpus/news-dprk.jsonl");

        @TempDir
        Path data;

        private Path records(String... ids) throws java.io.IOException {
            Set<String> wanted = Set.of(ids);
            List<String> lines = Files.readAllLines(CORPUS).stream()
                    .filter(l -> !l.isBlank()
                            && wanted.contains(Cli.parse(l).get("id").asText()))
                    .toList();
            assertThat(lines).hasSize(ids.length);
            return Files.write(data.resolveSibling(data.getFileName() + ".jsonl"), lines);
        }

        @Test
        void a_kcna_report_reissued_as_r2_is_stored_as_a_revision_of_the_first() throws Exception {
            Path input = records("kcna-a5491ceb0e5f", "kcna-a5491ceb0e5f-r2");

            Run run = tumen("ingest", "--data", data, input).succeeded();

            assertThat(run.out())
                    .startsWith("ingest: 1 stored, 1 revised, 0 unchanged, 0 failed; the store holds 2 reports");
            try (Store db = Store.open(StoreConfig.embedded(data), new RuleFusion(), new AdmiraltyAssessor())) {
                assertThat(db.stats().supersededReports()).isEqualTo(1);
            }
        }

        @Test
        void isot_records_whose_ids_end_in_a_row_number_are_reports_of_their_own() throws Exception {
            Path input = records("isot-true-vat-r986", "isot-true-vat-r988");

            Run run = tumen("ingest", "--data", data, input).succeeded();

            assertThat(run.out()).startsWith("ingest: 2 stored, 0 revised, 0 unchanged, 0 failed");
            try (Store db = Store.open(StoreConfig.embedded(data), new RuleFusion(), new AdmiraltyAssessor())) {
                assertThat(db.stats().supersededReports()).isZero();
            }
        }
    }

    /** Bad input: one line a person can act on, a non-zero exit, never a stack trace. */
    @Nested
    class BadInput {
        @TempDir
        Path data;

        private Run tumenOn(String command, Object... args) {
            List<Object> argv = new ArrayList<>(List.of(command, "--data", data));
            argv.addAll(List.of(args));
            return tumen(argv.toArray());
        }

        @Test
        void show_with_an_unknown_event_id_names_the_id_and_the_store() {
            Run run = tumenOn("show", "ev-0000000000000000").failedWithoutTrace();

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines())
                    .containsExactly("error: no event with id ev-0000000000000000 in jdbc:h2:file:"
                            + data.toAbsolutePath().resolve("tumen"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"events", "export"})
        void a_malformed_date_filter_is_refused_naming_the_option_and_the_value(String command) {
            Run run = command.equals("export")
                    ? tumenOn(command, "--format", "csv", "--since", "2022-13-01")
                    : tumenOn(command, "--since", "2022-13-01");

            run.failedWithoutTrace();
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines().get(0)).contains("'--since'").contains("'2022-13-01'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"events", "export"})
        void a_malformed_date_filter_is_explained_in_words_not_java_class_names(String command) {
            Run run = command.equals("export")
                    ? tumenOn(command, "--format", "csv", "--since", "2022-13-01")
                    : tumenOn(command, "--since", "2022-13-01");

            run.failedWithoutTrace();
            assertThat(run.errLines().get(0)).contains("YYYY-MM-DD").doesNotContain("java.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"events", "export"})
        void an_unknown_event_type_is_refused_with_the_types_there_are(String command) {
            Run run = command.equals("export")
                    ? tumenOn(command, "--format", "csv", "--type", "HORSE")
                    : tumenOn(command, "--type", "HORSE");

            run.failedWithoutTrace();
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines())
                    .containsExactly(
                            "error: unknown event type HORSE; one of [TRANSFER, CROSSING, STATUS_CHANGE, ACCUSE, DENY]");
        }

        @Test
        void an_unknown_export_format_is_refused_with_the_formats_there_are() {
            Run run = tumenOn("export", "--format", "xml").failedWithoutTrace();

            assertThat(run.out()).isEmpty();
            assertThat(run.errLines())
                    .containsExactly("error: unknown export format 'xml'; choose one of stix, ftm, csv, geojson");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Orlov AND (", "\"unterminated", "*"})
        void a_malformed_search_query_is_refused_in_one_line(String query) {
            Run run = tumenOn("search", query).failedWithoutTrace();

            assertThat(run.out()).isEmpty();
            assertThat(run.errLines())
                    .singleElement()
                    .asString()
                    .startsWith("error: cannot parse search query '" + query + "': ");
        }

        @Test
        void a_missing_input_file_is_named_and_the_other_inputs_are_still_ingested() {
            Path missing = data.resolve("no-such-report.txt");

            Run run = tumenOn("ingest", missing, SEED).failedWithoutTrace();

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.errLines())
                    .filteredOn(l -> l.startsWith("error:"))
                    .containsExactly("error: " + missing + ": no such file or folder");
            assertThat(run.out())
                    .startsWith("ingest: 1 stored, 0 revised, 0 unchanged, 1 failed; the store holds 1 reports");
            try (Store db = Store.open(StoreConfig.embedded(data), new RuleFusion(), new AdmiraltyAssessor())) {
                assertThat(db.stats().reports()).isEqualTo(1);
                assertThat(db.report("orlov-trotters")).isPresent();
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"ingest SEED", "events", "show ev-0000000000000000", "sources", "export --format csv"})
        void an_unreachable_database_is_named_in_one_line(String command) {
            List<Object> argv = new ArrayList<>();
            for (String word : command.split(" ")) argv.add(word.equals("SEED") ? SEED : word);
            argv.add("--db");
            argv.add(UNREACHABLE);

            Run run = tumen(argv.toArray()).failedWithoutTrace();

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines())
                    .singleElement()
                    .asString()
                    .startsWith("error: cannot reach the database at " + UNREACHABLE + ": ");
        }

        @Test
        void search_against_an_unreachable_database_is_named_in_one_line() {
            Run run = tumen("search", "Orlov", "--db", UNREACHABLE).failedWithoutTrace();

            assertThat(run.errLines())
                    .singleElement()
                    .asString()
                    .startsWith("error: cannot reach the database at " + UNREACHABLE);
        }

        @Test
        void search_on_a_terminal_shows_apostrophes_not_html_entities() {
            tumenOn("ingest", WIRE).succeeded();

            Run run = tumenOn("search", "Orlov").succeeded();

            assertThat(run.out()).contains("Russia's veterinary service").doesNotContain("&#");
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        assertThat(array.isArray()).as("an array: %s", array).isTrue();
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
