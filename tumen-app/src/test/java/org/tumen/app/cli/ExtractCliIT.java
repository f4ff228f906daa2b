package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tumen extract} end to end, as a user runs it: through picocli, on real files, with the CoreNLP models.
 * Bad input must be named and counted without costing the good reports beside it.
 */
class ExtractCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED =
            Path.of(System.getProperty("tumen.shared", "../../shared")).resolve("corpus/seed/orlov-trotters.txt");

    @TempDir
    Path dir;

    @Test
    void bad_inputs_are_named_while_the_good_reports_around_them_are_still_extracted() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(
                dir.resolve("scan.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        Path invalid = Files.write(
                dir.resolve("latin1.txt"), "Pyongyang caf\u00e9 reopened.".getBytes(StandardCharsets.ISO_8859_1));
        Path huge = dir.resolve("huge.txt");
        Files.writeString(huge, "Russia sent horses to North Korea by train. ".repeat(20 * 1024 * 1024 / 44 + 1));
        Path jsonl = Files.writeString(
                dir.resolve("reports.jsonl"),
                String.join(
                        "\n",
                        "{\"id\": \"good-before\", \"date\": \"2023-03-10\", \"text\": \"North Korea shipped 5,000 tonnes"
                                + " of coal to China by sea in February, according to customs data.\"}",
                        "{\"id\": \"broken\", \"date\": \"2023-03-11\", \"text\": \"this line is cut off",
                        "{\"id\": \"good-after\", \"date\": \"2024-10-09\", \"text\": \"The Korean People's Army"
                                + " closed the roads and railways to South Korea on Wednesday.\"}",
                        ""));

        Cli.Run run = extract("--json", empty, binary, invalid, huge, jsonl, SEED);

        assertThat(Files.size(huge)).isGreaterThan(20L * 1024 * 1024);
        assertThat(run.status()).isNotZero();
        assertThat(run.err())
                .contains(empty + ": empty file")
                .contains(binary + ": binary file (NUL byte at byte offset 8)")
                .contains(invalid + ": invalid UTF-8 at byte offset 13")
                .contains(huge + ": file is 20.0 MB")
                .contains(jsonl + ":2: not valid JSON");
        assertThat(run.err()).doesNotContain(jsonl + ":1:").doesNotContain(jsonl + ":3:");

        List<JsonNode> reports = run.jsonLines();
        assertThat(reports)
                .extracting(r -> r.get("report").asText())
                .containsExactly("good-before", "good-after", "orlov-trotters");

        JsonNode coal = only(reports.get(0), "TRANSFER");
        assertThat(coal.get("supplier").asText()).isEqualTo("PRK");
        assertThat(coal.get("recipient").asText()).isEqualTo("CHN");
        assertThat(coal.get("hs").asText()).isEqualTo("2701");
        assertThat(coal.get("when").asText()).isEqualTo("2023-02");

        JsonNode closure = only(reports.get(1), "STATUS_CHANGE");
        assertThat(closure.get("state").asText()).isEqualTo("closed");
        assertThat(closure.get("subject").asText()).contains("railways");
        assertThat(closure.get("when").asText()).isEqualTo("2024-10-09");

        assertHorsesByTrain(reports.get(2));
    }

    @Test
    void the_seed_alone_is_extracted_with_its_date_and_its_mojibake_repaired() {
        Cli.Run run = extract("--json", SEED);

        assertThat(run.status()).isZero();
        assertThat(run.err()).doesNotContain("error:");
        List<JsonNode> reports = run.jsonLines();
        assertThat(reports).hasSize(1);
        JsonNode seed = reports.get(0);
        assertThat(seed.get("report").asText()).isEqualTo("orlov-trotters");
        assertThat(seed.get("published").asText()).isEqualTo("2022-11-06");
        assertThat(seed.get("text").asText())
                .startsWith("The Orlov Trotter is Russia’s most famous breed")
                .doesNotContain("â");
        assertHorsesByTrain(seed);
    }

    @Test
    void every_evidence_is_the_text_between_its_offsets() {
        JsonNode seed = extract("--json", SEED).jsonLines().get(0);
        String text = seed.get("text").asText();

        assertThat(seed.get("events")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(seed.get("events")).allSatisfy(e -> {
            int start = e.get("evidence_start").asInt();
            int end = e.get("evidence_end").asInt();
            assertThat(end).as(e.get("id").asText()).isGreaterThan(start);
            assertThat(e.get("evidence").asText()).as(e.get("id").asText()).isEqualTo(text.substring(start, end));
        });
    }

    @Test
    void extracting_the_same_input_twice_gives_the_same_output() {
        Cli.Run first = extract("--json", SEED);
        Cli.Run second = extract("--json", SEED);

        assertThat(first.out()).isNotBlank();
        assertThat(second.out()).isEqualTo(first.out());
    }

    private static void assertHorsesByTrain(JsonNode report) {
        List<JsonNode> horses = events(report, "TRANSFER")
                .filter(e -> "0101".equals(e.path("hs").asText())
                        && e.path("quantity").asInt() == 30)
                .toList();
        assertThat(horses).as("the 30 horses sent by train").hasSize(1);
        JsonNode e = horses.get(0);
        assertThat(e.get("supplier").asText()).isEqualTo("RUS");
        assertThat(e.get("recipient").asText()).isEqualTo("PRK");
        assertThat(e.get("item").asText()).contains("horses");
        assertThat(e.get("mode").asText()).isEqualTo("rail");
        assertThat(e.get("status").asText()).isEqualTo("asserted");
    }

    private static JsonNode only(JsonNode report, String type) {
        List<JsonNode> found = events(report, type).toList();
        assertThat(found).as(type + " in " + report.get("report")).hasSize(1);
        return found.get(0);
    }

    private static Stream<JsonNode> events(JsonNode report, String type) {
        return StreamSupport.stream(report.get("events").spliterator(), false)
                .filter(e -> type.equals(e.get("type").asText()));
    }

    /** Runs {@code tumen extract ARGS} in-process with its output captured (the shared {@link Cli} runner). */
    private static Cli.Run extract(Object... args) {
        Object[] argv = new Object[args.length + 1];
        argv[0] = "extract";
        System.arraycopy(args, 0, argv, 1, args.length);
        return Cli.tumen(argv);
    }
}
