package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tumen.app.cli.Cli.tumen;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tumen place} on a store that holds the seed report, ingested with the real pipeline (loads CoreNLP). */
class PlaceIT {
    private static final Path SEED =
            Path.of(System.getProperty("tumen.shared", "../../shared")).resolve("corpus/seed/orlov-trotters.txt");

    @TempDir
    static Path data;

    @BeforeAll
    static void ingestTheSeed() {
        tumen("ingest", "--data", data, SEED).succeeded();
    }

    @Test
    void tumangang_shows_a_resumption_in_the_week_of_2022_10_31_since_the_closure_of_february_2020() {
        String out = tumen("place", "--data", data, "Tumangang").succeeded().out();

        assertThat(out).startsWith("Tumangang–Khasan Friendship Bridge (tumangang-khasan-bridge): bridge, rail");
        assertThat(out).contains("coordinates: 42.415167, 130.641056 (structure)");
        assertThat(out).containsPattern("(?m)^2022-10-31 .*resumption");
        assertThat(out)
                .contains("resumption 2022-10-31 since 2020-02: First activity at Tumangang–Khasan Friendship Bridge"
                        + " since it was closed by the DPRK in February 2020");
    }

    @Test
    void the_json_has_one_resumption_dated_to_the_week_of_2022_10_31_and_keeps_the_three_clocks_apart() {
        JsonNode json = tumen("place", "--data", data, "--json", "tumangang-khasan-bridge")
                .succeeded()
                .json();

        var resumptions = StreamSupport.stream(json.get("signals").spliterator(), false)
                .filter(s -> s.get("kind").asText().equals("resumption"))
                .toList();
        assertThat(resumptions).singleElement().satisfies(s -> {
            assertThat(s.get("week").asText()).isEqualTo("2022-10-31");
            assertThat(s.get("since").asText()).isEqualTo("2020-02");
            assertThat(s.get("reason").asText()).contains("February 2020");
        });
        var imagery = StreamSupport.stream(json.get("sightings").spliterator(), false)
                .filter(s -> !s.get("captured").isNull())
                .toList();
        assertThat(imagery).singleElement().satisfies(s -> {
            assertThat(s.get("captured").asText()).isEqualTo("2022-11-04");
            assertThat(s.get("reported").asText()).isEqualTo("2022-11-06");
        });
    }

    @Test
    void an_unknown_place_is_an_error() {
        var run = tumen("place", "--data", data, "Atlantis");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("error: no place named Atlantis");
    }
}
