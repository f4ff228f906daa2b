package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.core.model.EntityRef;
import org.tumen.core.model.Event;
import org.tumen.core.model.Extraction;
import org.tumen.core.model.Report;
import org.tumen.core.model.Span;
import org.tumen.store.EventQuery;
import org.tumen.store.Store;
import org.tumen.store.search.SearchIndex;
import picocli.CommandLine;

/** The store benchmark on a tiny embedded store: hand-written extractions, no NLP. */
class BenchStoreCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int bench(String... args) {
        BenchStoreCommand command = new BenchStoreCommand();
        new CommandLine(command).parseArgs(args);
        out.reset();
        err.reset();
        return command.run(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private StoreOptions options() {
        StoreOptions o = new StoreOptions();
        o.data = dir;
        return o;
    }

    private static Extraction report(
            String id, String outlet, String text, String evidence, Map<String, Object> roles) {
        Report report = new Report(id, id + ".txt", "About " + id, outlet, LocalDate.of(2022, 11, 6), text);
        int at = text.indexOf(evidence);
        Event e = new Event(
                "e1",
                "TRANSFER",
                roles,
                "2022-11-02",
                "asserted",
                List.of(),
                Span.of(text, at, at + evidence.length()));
        int ru = text.indexOf("Russia");
        EntityRef russia = new EntityRef("COUNTRY", "Russia", "RUS", List.of(Span.of(text, ru, ru + 6)));
        return new Extraction(report, List.of(e), List.of(russia), text.split("\\s+").length);
    }

    private void seed() {
        Map<String, Object> horses = new LinkedHashMap<>();
        horses.put("supplier", "RUS");
        horses.put("recipient", "PRK");
        horses.put("item", "Orlov Trotter horses");
        Map<String, Object> coal = new LinkedHashMap<>();
        coal.put("supplier", "PRK");
        coal.put("recipient", "CHN");
        coal.put("item", "coal");
        try (Store db = options().open()) {
            db.ingest(report(
                    "horses",
                    "NK News",
                    "Russia sent 30 Orlov Trotter horses to North Korea by train on November 2.",
                    "Russia sent 30 Orlov Trotter horses",
                    horses));
            db.ingest(report(
                    "coal",
                    "Reuters",
                    "Ships loaded coal at Nampo for China, away from Russia, on November 2.",
                    "Ships loaded coal at Nampo for China",
                    coal));
        }
    }

    @Test
    void growsTheStoreToNEventsAndPrintsLatenciesPerKind() {
        seed();
        int rc = bench("--data", dir.toString(), "--events", "300", "--queries", "40", "--warmup", "5");
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(table)
                .contains("300 fused events (298 synthetic added now from 2 templates")
                .contains("event query (all)")
                .contains("  by type")
                .contains("search (all)")
                .contains("p99 ms");
        try (Store db = options().open()) {
            assertThat(db.stats().fusedEvents()).isEqualTo(300);
            // the clones are found by the event query, with their claims on the real reports
            var rotated =
                    db.events(EventQuery.builder().party("IRN").limit(1000).build());
            assertThat(rotated).isNotEmpty();
            assertThat(rotated.getFirst().claims()).isNotEmpty();
        }
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            assertThat(index.search("kind:event", 1).totalHits()).isGreaterThanOrEqualTo(298);
        }

        // a second run to the same size adds nothing
        assertThat(bench("--data", dir.toString(), "--events", "300", "--queries", "10", "--warmup", "0"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("300 fused events (0 synthetic added now");
    }

    @Test
    void anEmptyStoreOrBadNumbersAreClearErrors() {
        assertThat(bench("--data", dir.toString(), "--events", "10")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ingest reports first");
        assertThat(bench("--data", dir.toString(), "--events", "0")).isEqualTo(2);
    }

    @Test
    void clonesShiftEveryDateAlikeAndRotateStates() {
        var t = new BenchStoreCommand.Template(
                "t",
                "TRANSFER",
                Map.of("supplier", "RUS", "recipient", "Acme Ltd", "item", "horses"),
                "2022-11-02",
                LocalDate.of(2022, 11, 2),
                LocalDate.of(2022, 11, 2),
                null,
                null,
                "asserted",
                null,
                List.of());
        var items = List.of("horses", "coal");
        var a = t.clone(5, 1, items);
        var b = t.clone(5, 1, items);
        assertThat(a).isEqualTo(b);
        assertThat(a.id()).isEqualTo("syn-000000005");
        assertThat(a.start()).isEqualTo(LocalDate.of(2022, 11, 2).plusDays(a.shift()));
        assertThat(a.when()).isEqualTo(a.start().toString());
        assertThat(Math.abs(a.shift())).isLessThanOrEqualTo(3650);
        // RUS is 2nd in the list; the 5th clone of a single template is rotated by 5
        assertThat(a.roles()).containsEntry("supplier", BenchStoreCommand.PARTIES.get(6));
        assertThat(a.roles()).containsEntry("recipient", "Acme Ltd");
        assertThat(a.roles().get("item")).isIn(items);
        assertThat(BenchStoreCommand.Template.when("2022-11", LocalDate.of(2022, 11, 1), null))
                .isEqualTo("2022-11-01/..");
        assertThat(BenchStoreCommand.Template.when(null, null, null)).isNull();
    }

    @Test
    void percentilesAreNearestRank() {
        long[] v = new long[100];
        for (int i = 0; i < 100; i++) v[i] = i + 1;
        assertThat(BenchStoreCommand.percentile(v, 0.50)).isEqualTo(50);
        assertThat(BenchStoreCommand.percentile(v, 0.99)).isEqualTo(99);
        assertThat(BenchStoreCommand.percentile(v, 1.0)).isEqualTo(100);
        assertThat(BenchStoreCommand.percentile(new long[] {7}, 0.99)).isEqualTo(7);
        assertThat(BenchStoreCommand.percentile(new long[0], 0.5)).isZero();
    }
}
