package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.app.web.TestServer;
import org.tumen.app.web.Tokens;
import org.tumen.core.json.ExtractionJson;
import picocli.CommandLine;

/** {@code bench web} on a tiny store seeded through the API with hand-written extractions; no models load. */
class BenchWebCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int bench(String... args) throws Exception {
        BenchWebCommand command = new BenchWebCommand();
        new CommandLine(command).parseArgs(args);
        out.reset();
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return command.run(new PrintStream(out, true, StandardCharsets.UTF_8), err);
    }

    private void seed() {
        try (TestServer server = TestServer.start(dir, "127.0.0.1", Tokens.none())) {
            assertThat(server.send("POST", "/api/reports", "application/x-ndjson", TestServer.SEED)
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void each_path_gets_its_first_byte_percentiles_and_the_load_run_counts_requests_and_errors() throws Exception {
        seed();

        int status = bench(
                "--data",
                dir.toString(),
                "--paths",
                "/api/events,/api/events/{event}",
                "--samples",
                "5",
                "--warmup",
                "1",
                "--clients",
                "3",
                "--seconds",
                "1",
                "--json");

        JsonNode result = ExtractionJson.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(status).isZero();
        assertThat(result.get("ttfb").findValuesAsText("path")).containsExactly("/api/events", "/api/events/{event}");
        assertThat(result.get("ttfb").findValuesAsText("statuses")).containsOnly("200");
        assertThat(result.get("ttfb").get(0).get("p95Ms").asDouble()).isPositive();
        JsonNode load = result.get("load");
        assertThat(load.get("clients").asInt()).isEqualTo(3);
        assertThat(load.get("requests").asInt()).isPositive();
        assertThat(load.get("errors").asInt()).isZero();
        assertThat(load.get("p99Ms").asDouble())
                .isGreaterThanOrEqualTo(load.get("p50Ms").asDouble());
    }

    @Test
    void an_answer_that_is_not_2xx_is_an_error_and_fails_the_run() throws Exception {
        seed();

        int status = bench("--data", dir.toString(), "--paths", "/api/nothing", "--samples", "2", "--seconds", "0");

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("/api/nothing", "404");
    }

    @Test
    void percentiles_are_nearest_rank() {
        List<HttpProbe.Sample> samples = List.of(
                new HttpProbe.Sample(200, 1_000_000, 2_000_000),
                new HttpProbe.Sample(200, 2_000_000, 3_000_000),
                new HttpProbe.Sample(200, 3_000_000, 4_000_000),
                new HttpProbe.Sample(500, 4_000_000, 5_000_000));

        assertThat(HttpProbe.millis(samples, true, 0.50)).isEqualTo(2.0);
        assertThat(HttpProbe.millis(samples, true, 0.99)).isEqualTo(4.0);
        assertThat(HttpProbe.millis(samples, false, 0.50)).isEqualTo(3.0);
        assertThat(samples.get(3).ok()).isFalse();
    }
}
