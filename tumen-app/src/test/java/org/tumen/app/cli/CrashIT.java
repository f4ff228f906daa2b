package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tumen.app.cli.Cli.tumen;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.app.cli.Cli.Run;
import org.tumen.core.assess.AdmiraltyAssessor;
import org.tumen.core.fuse.RuleFusion;
import org.tumen.store.Store;
import org.tumen.store.StoreConfig;
import org.tumen.store.StoreStats;

/**
 * Issue 3's crash test: an ingest killed with SIGKILL in the middle of a run, then run again, leaves every report
 * stored exactly once, with the same rows and the same events as one clean run, and a search index that has healed.
 * The killed ingest is a separate JVM, since a kill -9 must not take the test with it.
 */
class CrashIT {
    private static final Path CORPUS =
            Path.of(System.getProperty("tumen.shared", "../../shared")).resolve("corpus/news-dprk.jsonl");
    /**
     * Lines 161–220 of the corpus: 60 KCNA reports with distinct texts, one of them the revision {@code -r2} of an
     * earlier one in the slice, about 290 kB: long enough (tens of seconds on one thread) to be killed mid-run.
     */
    private static final int FIRST_LINE = 160;

    private static final int REPORTS = 60;
    private static final Pattern SUMMARY = Pattern.compile(
            "ingest: (\\d+) stored, (\\d+) revised, (\\d+) unchanged, 0 failed; the store holds (\\d+) reports");

    @TempDir
    Path work;

    @Test
    void an_ingest_killed_mid_run_and_run_again_stores_every_report_exactly_once() throws Exception {
        Path input = work.resolve("kcna-60.jsonl");
        List<String> lines = Files.readAllLines(CORPUS).stream()
                .filter(l -> !l.isBlank())
                .skip(FIRST_LINE)
                .limit(REPORTS)
                .toList();
        Files.write(input, lines);
        Set<String> texts = new HashSet<>();
        Set<String> recordIds = new HashSet<>();
        for (String line : lines) {
            JsonNode record = Cli.parse(line);
            texts.add(record.get("text").asText());
            recordIds.add(record.get("id").asText());
        }
        assertThat(lines).hasSize(REPORTS);

        Killed killed = killMidRun(input, texts.size());
        String at = "after a kill with " + killed.stored() + " of " + texts.size() + " reports stored ("
                + killed.attempts() + " attempt(s), killed " + killed.delay().toMillis() + " ms after the store"
                + " opened)";
        System.err.println("CrashIT: " + at);

        Run resumed =
                tumen("ingest", "--data", killed.dir(), "--threads", "1", input).succeeded();
        Path clean = work.resolve("clean");
        tumen("ingest", "--data", clean, "--threads", "1", input).succeeded();

        Matcher summary = SUMMARY.matcher(resumed.out());
        assertThat(summary.find())
                .as(at + ": summary of the second run: " + resumed.out())
                .isTrue();
        assertThat(Integer.parseInt(summary.group(3)))
                .as(at + ": every report stored before the kill is unchanged on the second run")
                .isEqualTo(killed.stored());
        assertThat(Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(2)))
                .as(at + ": stored or revised on the second run")
                .isEqualTo(texts.size() - killed.stored());

        StoreStats afterCrash = stats(killed.dir());
        assertThat(afterCrash.reports()).as(at + ": reports").isEqualTo(texts.size());
        assertThat(afterCrash).as(at + ": every count against a clean run").isEqualTo(stats(clean));

        assertThat(rows(killed.dir(), "SELECT COUNT(*) - COUNT(DISTINCT id) FROM reports"))
                .as(at + ": duplicate report ids")
                .isEqualTo(Map.of("", 0L));
        assertThat(rows(
                        killed.dir(),
                        "SELECT report_key, COUNT(*) FROM reports WHERE superseded_by IS NULL GROUP BY report_key"
                                + " HAVING COUNT(*) > 1"))
                .as(at + ": report keys with more than one revision in force")
                .isEmpty();
        String mentionsPerReport = "SELECT r.record_id, COUNT(m.id) FROM reports r LEFT JOIN event_mentions m"
                + " ON m.report_id = r.id GROUP BY r.record_id";
        Map<String, Long> mentions = rows(killed.dir(), mentionsPerReport);
        assertThat(mentions.keySet()).as(at + ": record ids stored").isEqualTo(recordIds);
        assertThat(mentions).as(at + ": event mentions per report").isEqualTo(rows(clean, mentionsPerReport));

        assertThat(eventLines(killed.dir())).as(at + ": events --json").isEqualTo(eventLines(clean));

        for (String id : recordIds) {
            List<JsonNode> hits = tumen("search", "--data", killed.dir(), "--json", "kind:report AND id:\"" + id + "\"")
                    .succeeded()
                    .jsonLines();
            assertThat(hits)
                    .as(at + ": search for report " + id)
                    .extracting(h -> h.get("id").asText())
                    .containsExactly(id);
        }
        assertThat(tumen("search", "--data", killed.dir(), "--json", "--limit", "1000", "kind:report")
                        .succeeded()
                        .jsonLines())
                .as(at + ": reports in the index")
                .hasSize(recordIds.size());
    }

    private record Killed(Path dir, int stored, int attempts, Duration delay) {}

    /**
     * Starts {@code tumen ingest} in its own JVM and kills it with SIGKILL a while after it has opened the store. The
     * process says nothing until it ends (progress is logged every 100 reports), so the moment is found by trying:
     * too early (nothing stored) doubles the wait, too late (everything stored) halves it, each time in a fresh
     * folder.
     */
    private Killed killMidRun(Path input, int total) throws Exception {
        Duration delay = Duration.ofSeconds(10);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Path dir = work.resolve("crashed-" + attempt);
            Path log = work.resolve("ingest-" + attempt + ".log");
            Process p = new ProcessBuilder(
                            ProcessHandle.current().info().command().orElseThrow(),
                            "--enable-native-access=ALL-UNNAMED",
                            "-Xmx2g",
                            "-cp",
                            System.getProperty("java.class.path"),
                            TumenCommand.class.getName(),
                            "ingest",
                            "--data",
                            dir.toString(),
                            "--threads",
                            "1",
                            input.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            try {
                Path file = dir.resolve("tumen.mv.db");
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while (!Files.exists(file) && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(50);
                assertThat(file)
                        .as("the store of the ingest process; its output: %s", read(log))
                        .exists();
                boolean finished = p.waitFor(delay.toMillis(), TimeUnit.MILLISECONDS);
                if (!finished) {
                    p.destroyForcibly();
                    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    // it may have ended on its own between the wait and the kill: that run was simply too late
                    finished = p.exitValue() == 0;
                    if (!finished)
                        assertThat(p.exitValue())
                                .as("exit status after SIGKILL")
                                .isEqualTo(128 + 9);
                }
                int stored = (int) stats(dir).reports();
                if (!finished && stored > 0 && stored < total) return new Killed(dir, stored, attempt, delay);
                delay = stored == 0 ? delay.multipliedBy(2) : delay.dividedBy(2);
            } finally {
                p.destroyForcibly();
            }
        }
        throw new AssertionError("could not kill the ingest mid-run in 5 attempts");
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "(none)";
    }

    private static StoreStats stats(Path dir) {
        try (Store db = Store.open(StoreConfig.embedded(dir), new RuleFusion(), new AdmiraltyAssessor())) {
            return db.stats();
        }
    }

    /** The first column as key (empty when the query has one column), the last as a count. */
    private static Map<String, Long> rows(Path dir, String sql) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c =
                        DriverManager.getConnection(StoreConfig.embedded(dir).jdbcUrl());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) rows.put(columns == 1 ? "" : rs.getString(1), rs.getLong(columns));
        }
        return rows;
    }

    private static Set<String> eventLines(Path dir) {
        List<String> lines = tumen("events", "--data", dir, "--json", "--limit", "1000")
                .succeeded()
                .out()
                .lines()
                .toList();
        assertThat(lines)
                .as("events in " + dir)
                .isNotEmpty()
                .doesNotHaveDuplicates()
                .hasSizeLessThan(1000);
        return new HashSet<>(lines);
    }
}
