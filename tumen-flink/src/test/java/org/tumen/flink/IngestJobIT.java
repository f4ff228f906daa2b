package org.tumen.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.core.ingest.InputItem;
import org.tumen.core.ingest.InputReader;
import org.tumen.core.ingest.RawReport;
import org.tumen.core.pipeline.Pipeline;
import org.tumen.store.EventQuery;
import org.tumen.store.EventView;
import org.tumen.store.Provenance;
import org.tumen.store.Store;
import org.tumen.store.StoreConfig;

/**
 * The job on a Flink MiniCluster, with CoreNLP, writing to PostgreSQL at {@code TUMEN_TEST_PG_URL} (each store in a
 * schema of its own). One class, so the models load once for both tests.
 */
class IngestJobIT {
    private static final String SERVER = System.getenv("TUMEN_TEST_PG_URL");
    private static final Path DPRK =
            Path.of(System.getProperty("tumen.shared", "../../shared")).resolve("corpus/news-dprk.jsonl");

    private static Pipeline pipeline;
    private final List<String> schemas = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void load_the_models_once() {
        if (SERVER == null || SERVER.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI")))
                fail("CI=true but TUMEN_TEST_PG_URL is not set: the Flink job tests cannot run");
            assumeTrue(false, "TUMEN_TEST_PG_URL is not set; Flink job tests skipped");
        }
        // the MiniCluster runs in this JVM and class loader, so its tasks share this pipeline
        pipeline = Stages.pipeline(null);
    }

    @AfterEach
    void drop_schemas() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER);
                Statement s = c.createStatement()) {
            for (String schema : schemas) s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void the_job_at_parallelism_2_stores_the_events_that_tumen_ingest_stores() throws Exception {
        Path input = firstReports(200);
        String cli = newSchema();
        String job = newSchema();

        ingestTheCliWay(input, cli);
        JobResult result = IngestJob.runLocal(config(input, job).parallelism(2).build());
        System.out.println("parallelism 2: " + result.summary());

        try (Store expected = open(cli);
                Store actual = open(job)) {
            assertThat(actual.stats()).isEqualTo(expected.stats());
            List<String> expectedEvents = canonical(expected);
            assertThat(expectedEvents).hasSizeGreaterThan(50);
            assertThat(canonical(actual)).containsExactlyElementsOf(expectedEvents);
            assertThat(result.written()).isEqualTo(200);
            assertThat(result.extracted()).isEqualTo(200);
        }
    }

    @Test
    void a_job_stopped_midway_resumes_from_its_checkpoint_and_stores_every_report_exactly_once() throws Exception {
        int n = 60;
        Path input = firstReports(n);
        String schema = newSchema();
        Path checkpoints = dir.resolve("checkpoints");
        JobConfig config = config(input, schema)
                .parallelism(2)
                .checkpointInterval(Duration.ofMillis(500))
                .checkpointDir(checkpoints.toString())
                .build();

        JobClient first = IngestJob.startLocal(config);
        Path checkpoint = awaitCheckpointAfter(first, checkpoints, schema, 20);
        first.cancel().get();
        awaitEnd(first); // a report being written when cancelled may still commit
        long storedBefore;
        try (Store db = open(schema)) {
            storedBefore = db.stats().reports();
        }

        JobResult second = IngestJob.runLocal(
                config.toBuilder().restoreFrom(checkpoint.toString()).build());
        System.out.printf(
                "stopped with %d of %d reports stored; resumed from %s: %s%n",
                storedBefore, n, checkpoint.getFileName(), second.summary());

        Set<String> hashes = contentHashes(input);
        try (Store db = open(schema)) {
            assertThat(db.stats().reports()).isEqualTo(hashes.size());
            for (String hash : hashes) assertThat(db.report(hash)).as(hash).isPresent();
        }
        // resumed, not restarted: the items the checkpoint had written were neither read nor extracted again (those
        // in flight at the checkpoint come back from it, extracted or not)
        assertThat(second.written()).isLessThan(n).isPositive();
        assertThat(second.extracted()).isLessThan(n);
        // every report stored by exactly one of the two runs; a re-read one was found unchanged
        assertThat(storedBefore + second.stored() + second.revised()).isEqualTo(hashes.size());
        assertThat(second.failed()).isZero();
    }

    /** Waits until at least {@code reports} are stored and a checkpoint completed after that; returns it. */
    private Path awaitCheckpointAfter(JobClient job, Path checkpoints, String schema, int reports) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        Path seenAtThreshold = null;
        try (Store db = open(schema)) {
            while (System.nanoTime() < deadline) {
                assertThat(running(job))
                        .as("the job ended before it could be stopped")
                        .isTrue();
                Optional<Path> latest =
                        latestCheckpoint(checkpoints.resolve(job.getJobID().toString()));
                if (seenAtThreshold == null && db.stats().reports() >= reports) {
                    seenAtThreshold = latest.orElse(checkpoints);
                } else if (seenAtThreshold != null
                        && latest.isPresent()
                        && !latest.get().equals(seenAtThreshold)) {
                    return latest.get();
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("no checkpoint completed in time");
    }

    private static void awaitEnd(JobClient job) throws InterruptedException {
        try {
            job.getJobExecutionResult().get();
        } catch (java.util.concurrent.ExecutionException cancelled) {
            // the end expected
        }
    }

    private static boolean running(JobClient job) {
        try {
            return !job.getJobStatus().get().isTerminalState();
        } catch (Exception e) {
            return false; // the local cluster is shut down once its job ends
        }
    }

    private static Optional<Path> latestCheckpoint(Path jobDir) throws Exception {
        if (!Files.isDirectory(jobDir)) return Optional.empty();
        try (Stream<Path> entries = Files.list(jobDir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("chk-"))
                    .filter(p -> Files.exists(p.resolve("_metadata")))
                    .max(Comparator.comparingLong(
                            p -> Long.parseLong(p.getFileName().toString().substring(4))));
        }
    }

    /** What {@code tumen ingest} does: extraction on two threads, then one writer storing in input order. */
    private void ingestTheCliWay(Path input, String schema) throws Exception {
        List<InputItem> items = new InputReader().readAll(List.of(input));
        Provenance provenance = Provenance.current(pipeline.languageDescription());
        try (ExecutorService pool = Executors.newFixedThreadPool(2);
                Store db = open(schema)) {
            List<Future<Extracted>> extracted = new ArrayList<>();
            for (InputItem item : items) extracted.add(pool.submit(() -> Extract.extract(pipeline, item)));
            for (Future<Extracted> f : extracted) {
                if (f.get() instanceof Extracted.Read r) db.ingest(r.extraction(), provenance);
            }
        }
    }

    /** Every event in force as {@code tumen events --json} writes it (ids, roles, claims, assessment), sorted. */
    private static List<String> canonical(Store db) {
        return db.events(EventQuery.builder().limit(100_000).build()).stream()
                .map(EventView::toJson)
                .map(Object::toString)
                .sorted()
                .toList();
    }

    private Set<String> contentHashes(Path input) {
        Set<String> hashes = new LinkedHashSet<>();
        for (InputItem item : new InputReader().readAll(List.of(input))) {
            if (item instanceof RawReport raw)
                hashes.add(Store.contentHash(raw.clean(pipeline.cleaner()).text()));
        }
        return hashes;
    }

    private Path firstReports(int n) throws Exception {
        List<String> lines;
        try (Stream<String> all = Files.lines(DPRK)) {
            lines = all.filter(l -> !l.isBlank()).limit(n).toList();
        }
        assertThat(lines).hasSize(n);
        return Files.write(dir.resolve("reports-" + n + ".jsonl"), lines);
    }

    private JobConfig.Builder config(Path input, String schema) {
        return JobConfig.builder()
                .inputs(List.of(input.toString()))
                .dbUrl(url(schema))
                .dataDir(dir.resolve("data").toString());
    }

    private String newSchema() throws Exception {
        String schema = "flink_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(SERVER);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return schema;
    }

    private static String url(String schema) {
        return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private Store open(String schema) {
        return Stages.store(StoreConfig.jdbc(url(schema)), dir.resolve("data"));
    }
}
