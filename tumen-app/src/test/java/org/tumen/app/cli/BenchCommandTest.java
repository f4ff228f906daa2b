package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.tumen.app.cli.BenchCommand.Batch;
import org.tumen.app.cli.BenchCommand.Measurement;
import org.tumen.app.cli.BenchCommand.Report;
import org.tumen.core.ingest.RawReport;

/** The benchmark's arithmetic and printing; no model is loaded. */
class BenchCommandTest {
    private static final long MB = 1024L * 1024L;

    private static Measurement tumen() {
        // 200 reports, 100,000 tokens in 40 s after 5 s of loading and 2 s of warm-up
        return new Measurement("tumen", "T", 5.0, 2.0, 40.0, 200, 100_000, 0, 1500 * MB, 400 * MB);
    }

    private static Measurement baseline() {
        return new Measurement("baseline", "B", 30.0, 10.0, 200.0, 200, 101_000, 0, 3900 * MB, 1000 * MB);
    }

    @Test
    void ratesAreOverTheTimedRunAndWholeAddsLoadAndWarmUp() {
        Measurement m = tumen();
        assertThat(m.reportsPerSecond()).isCloseTo(5.0, within(1e-9));
        assertThat(m.tokensPerSecond()).isCloseTo(2500.0, within(1e-9));
        assertThat(m.wholeSeconds()).isCloseTo(47.0, within(1e-9));
    }

    @Test
    void ratiosAreSpeedUpsOfTumenOverTheBaseline() {
        Report r = new Report("c.jsonl", 200, 0, 1, 10, tumen(), baseline());
        assertThat(r.steadyRatio()).isCloseTo(5.0, within(1e-9)); // 5 reports/s against 1
        assertThat(r.wholeRatio()).isCloseTo(240.0 / 47.0, within(1e-9));
    }

    @Test
    void withoutABaselineThereAreNoRatios() {
        Report r = new Report("c.jsonl", 200, 0, 1, 10, tumen(), null);
        assertThat(r.steadyRatio()).isNull();
        assertThat(r.wholeRatio()).isNull();
        assertThat(r.toTable()).contains("–").doesNotContain("×").doesNotContain("baseline:");
        assertThat(r.toJson()).doesNotContain("ratios").doesNotContain("\"baseline\"");
    }

    @Test
    void helpersGuardAgainstZeroAndRound() {
        assertThat(BenchCommand.rate(10, 0)).isZero();
        assertThat(BenchCommand.ratio(1, 0)).isNaN();
        assertThat(BenchCommand.round(Double.NaN, 2)).isNaN();
        assertThat(BenchCommand.round(2.34567, 2)).isEqualTo(2.35);
        assertThat(BenchCommand.mb(3 * MB / 2)).isEqualTo(1.5);
        assertThat(BenchCommand.seconds(1_500_000_000L)).isEqualTo(1.5);
        assertThat(BenchCommand.number(12345.678, 1)).isEqualTo("12,345.7");
        assertThat(BenchCommand.number(null, 1)).isEqualTo("–");
        assertThat(BenchCommand.number(Double.NaN, 1)).isEqualTo("n/a");
    }

    @Test
    void tableAlignsColumns() {
        String t = BenchCommand.table(
                new String[] {"", "a", "bb"},
                List.of(new String[] {"long label", "1", "2"}, new String[] {"x", "100", "3"}));
        assertThat(t.lines().toList())
                .containsExactly("              a  bb", "long label    1   2", "x           100   3");
    }

    @Test
    void tableShowsEveryFigure() {
        String t = new Report("c.jsonl", 200, 3, 2, 10, tumen(), baseline()).toTable();
        assertThat(t)
                .contains("200 reports from c.jsonl (3 input problems skipped), 2 thread(s), warm-up 10 reports")
                .containsPattern("reports/s \\(steady\\)\\s+5\\.00\\s+1\\.00\\s+5\\.00×")
                .containsPattern("tokens/s \\(steady\\)\\s+2,500\\s+505\\s+4\\.95×")
                .containsPattern("whole: load\\+warm-up\\+run \\(s\\)\\s+47\\.0\\s+240\\.0\\s+5\\.11×")
                .containsPattern("peak heap used \\(MB\\)\\s+1,500\\s+3,900")
                .containsPattern("peak heap after GC \\(MB\\)\\s+400\\s+1,000");
    }

    @Test
    void jsonHoldsBothSidesAndTheRatios() throws Exception {
        JsonNode j = new ObjectMapper().readTree(new Report("c.jsonl", 200, 0, 1, 10, tumen(), baseline()).toJson());
        assertThat(j.get("threads").asInt()).isEqualTo(1);
        assertThat(j.at("/tumen/reportsPerSecond").asDouble()).isEqualTo(5.0);
        assertThat(j.at("/tumen/wholeSeconds").asDouble()).isEqualTo(47.0);
        assertThat(j.at("/tumen/peakHeapUsedMB").asDouble()).isEqualTo(1500.0);
        assertThat(j.at("/baseline/tokens").asLong()).isEqualTo(101_000);
        assertThat(j.at("/ratios/steadyReportsPerSecond").asDouble()).isEqualTo(5.0);
        assertThat(j.at("/ratios/wholeProcess").asDouble()).isEqualTo(5.106);
    }

    @Test
    void runAllCountsTokensAndFailuresOnOneThreadOrMany() throws Exception {
        List<RawReport> reports = List.of(report("a", "one two"), report("b", "boom"), report("c", "three four five"));
        var sink = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(sink, true, StandardCharsets.UTF_8);
        java.util.function.ToIntFunction<RawReport> words = r -> {
            if (r.text().equals("boom")) throw new IllegalStateException("boom");
            return r.text().split(" ").length;
        };
        Batch single = BenchCommand.runAll(reports, null, words, err);
        assertThat(single.tokens()).isEqualTo(5);
        assertThat(single.failures()).isEqualTo(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Batch multi = BenchCommand.runAll(reports, pool, words, err);
            assertThat(multi.tokens()).isEqualTo(5);
            assertThat(multi.failures()).isEqualTo(1);
        }
        assertThat(sink.toString(StandardCharsets.UTF_8)).contains("error: b:");
    }

    private static RawReport report(String id, String text) {
        return new RawReport(id, "t.jsonl", 1, null, null, null, text);
    }
}
