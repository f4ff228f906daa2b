package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tumen.app.cli.Cli.tumen;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's first acceptance point end to end: a watchlist on the Tumangang–Khasan crossing, the seed ingested, and
 * exactly one resumption alert for the week of 2022-10-31 that names the February 2020 closure as the gap's start.
 */
class ChokepointAlertIT {
    private static final Path SEED =
            Path.of(System.getProperty("tumen.shared", "../../shared")).resolve("corpus/seed/orlov-trotters.txt");

    @TempDir
    Path data;

    @Test
    void ingesting_the_seed_with_a_watch_on_the_crossing_raises_one_resumption_naming_the_2020_closure() {
        tumen("watch", "add", "bridge", "--data", data, "--place", "Tumangang").succeeded();
        tumen("ingest", "--data", data, SEED).succeeded();

        List<JsonNode> resumptions = resumptions();
        assertThat(resumptions).hasSize(1);
        JsonNode alert = resumptions.getFirst();
        assertThat(alert.path("watch").asText()).isEqualTo("bridge");
        assertThat(alert.path("place").asText()).isEqualTo("Tumangang–Khasan Friendship Bridge");
        assertThat(alert.path("at").asText()).isEqualTo("2022-10-31");
        assertThat(alert.path("reason").asText()).contains("February 2020").contains("closed");
    }

    @Test
    void ingesting_the_seed_again_raises_no_second_alert() {
        tumen("watch", "add", "bridge", "--data", data, "--place", "Tumangang").succeeded();
        tumen("ingest", "--data", data, SEED).succeeded();
        int before = tumen("alerts", "--data", data, "--json")
                .succeeded()
                .jsonLines()
                .size();

        tumen("ingest", "--data", data, SEED).succeeded();

        assertThat(tumen("alerts", "--data", data, "--json").succeeded().jsonLines())
                .hasSize(before);
        assertThat(resumptions()).hasSize(1);
    }

    private List<JsonNode> resumptions() {
        return tumen("alerts", "--data", data, "--json").succeeded().jsonLines().stream()
                .filter(a -> a.path("kind").asText().equals("resumption"))
                .toList();
    }
}
