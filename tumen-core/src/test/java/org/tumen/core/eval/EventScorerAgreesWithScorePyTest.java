package org.tumen.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each test writes predictions derived from the dev gold, scores them with the port and with score.py, and demands
 * the same numbers, counts and missed ids, and the same bytes in both of score.py's output forms.
 */
class EventScorerAgreesWithScorePyTest {
    private static final Path EDGE = Path.of("src/test/resources/eval/edge");

    @TempDir
    Path tmp;

    @BeforeAll
    static void needs_python() {
        Assumptions.assumeTrue(ScorePy.available(), "python3 is not installed");
    }

    @Test
    void the_gold_itself_scores_f1_one() {
        EventScore s = agree(ScorePy.DEV, write(gold()));
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.fn()).isZero();
    }

    @Test
    void dropped_gold_events_are_missed_by_id() {
        List<ObjectNode> pred = gold();
        events(pred.get(3)).remove(2);
        events(pred.get(3)).remove(0);
        events(pred.get(1)).removeAll();
        EventScore s = agree(ScorePy.DEV, write(pred));
        assertThat(s.reports().get(3).missed()).containsExactly("e1", "e3");
    }

    @Test
    void a_changed_type_is_both_a_miss_and_a_spurious_event() {
        List<ObjectNode> pred = gold();
        eachEvent(pred, (e, i) -> {
            if (i % 3 == 0) e.put("type", e.get("type").asText().equals("ACCUSE") ? "DENY" : "ACCUSE");
        });
        EventScore s = agree(ScorePy.DEV, write(pred));
        assertThat(s.fp()).isPositive();
        assertThat(s.fn()).isPositive();
    }

    @Test
    void changed_parties_break_the_match_unless_a_name_shares_a_word() {
        List<ObjectNode> pred = gold();
        eachEvent(pred, (e, i) -> {
            switch (i % 4) {
                case 0 -> swap(e, "supplier", "recipient");
                case 1 -> e.put("supplier", "Russia's railways");
                case 2 -> e.set("accuser", array("CHN"));
                default -> e.set("denier", array("Russian Federation", "rus"));
            }
            if (e.has("from")) e.put("from", "Rus");
        });
        EventScore s = agree(ScorePy.DEV, write(pred));
        assertThat(s.fn()).isPositive();
    }

    @Test
    void shifted_times_fit_only_where_they_still_overlap() {
        List<ObjectNode> pred = gold();
        String[] shifts = {"2022-11-07", "2022-10-30/2022-11-01", "2023", "2024-W37", "../2022-11-03", "", "2017-11"};
        eachEvent(pred, (e, i) -> e.put("when", shifts[i % shifts.length]));
        agree(ScorePy.DEV, write(pred));
    }

    @Test
    void times_widened_beyond_three_times_do_not_fit() {
        List<ObjectNode> pred = gold();
        String[] widths = {
            "2022-10-01/2022-12-31", "2022", "2022-10-31/2022-11-30", "2022-10-31/2022-12-01", "2021/2025", "2022-09/.."
        };
        eachEvent(pred, (e, i) -> {
            if (!e.path("when").isNull()) e.put("when", widths[i % widths.length]);
        });
        EventScore s = agree(ScorePy.DEV, write(pred));
        assertThat(s.fn()).isPositive();
    }

    @Test
    void uncertain_extras_are_not_counted_but_other_extras_are() {
        List<ObjectNode> pred = gold();
        for (ObjectNode r : pred) {
            ObjectNode extra = events(r).get(0).deepCopy();
            extra.put("id", "x1");
            events(r).add(extra.deepCopy().put("status", "uncertain"));
            events(r).add(extra.put("type", "DENY").put("status", "asserted"));
            events(r).add(JsonNodeHelper.object("type", "CROSSING", "vehicle", "ship", "status", "uncertain"));
            events(r).add(JsonNodeHelper.object("vehicle", "truck"));
        }
        EventScore s = agree(ScorePy.DEV, write(pred));
        assertThat(s.perType()).containsKey("?");
        assertThat(s.fp()).isPositive();
    }

    @Test
    void words_ending_in_s_and_ss_are_stripped_of_every_trailing_s() throws IOException {
        EventScore s = agree(EDGE.resolve("gold"), EDGE.resolve("predictions.jsonl"));
        assertThat(s.tp()).isPositive();
    }

    @Test
    void a_report_of_its_own_file_matches_by_file_stem_only() {
        List<ObjectNode> pred = gold();
        pred.get(3).put("report", "renamed").put("file", "elsewhere/orlov-trotters.json");
        pred.get(0).put("report", "renamed-too").put("file", "x/isot-true-vat-r778.txt");
        EventScore s = agree(ScorePy.DEV, write(pred));
        assertThat(s.reports().get(3).found()).isTrue();
        assertThat(s.reports().get(0).found()).isFalse();
    }

    @Test
    void a_missing_report_counts_all_its_events_as_missed() {
        List<ObjectNode> pred = gold();
        pred.remove(4);
        pred.add(JsonNodeHelper.object("report", "not-in-the-gold"));
        EventScore s = agree(ScorePy.DEV, write(pred));
        assertThat(s.reports().get(4).found()).isFalse();
    }

    @Test
    void hs_of_another_chapter_falls_back_to_shared_words_of_the_item() {
        List<ObjectNode> pred = gold();
        String[] hs = {"0102", "9305", "93", "8802", "", "0101.21"};
        eachEvent(pred, (e, i) -> {
            if (!e.get("type").asText().equals("TRANSFER")) return;
            e.put("hs", hs[i % hs.length]);
            if (i % 2 == 0) e.put("item", "mares");
        });
        EventScore s = agree(ScorePy.DEV, write(pred));
        assertThat(s.fields().get("hs")).isNotNull();
    }

    @Test
    void quantity_30_equals_30_point_0_but_not_the_string_30() {
        for (JsonNode quantity : List.of(
                ScorePy.JSON.getNodeFactory().numberNode(30.0),
                ScorePy.JSON.getNodeFactory().textNode("30"),
                ScorePy.JSON.getNodeFactory().booleanNode(true))) {
            List<ObjectNode> pred = gold();
            eachEvent(pred, (e, i) -> {
                if (e.has("quantity") && !e.get("quantity").isNull()) e.set("quantity", quantity);
            });
            EventScore s = agree(ScorePy.DEV, write(pred));
            assertThat(s.fields().get("quantity")).isEqualTo(quantity.isDouble() ? 1.0 : 0.0);
        }
    }

    @Test
    void a_folder_of_json_files_is_read_in_name_order() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("folder"));
        List<ObjectNode> pred = gold();
        ArrayNode two = ScorePy.JSON.createArrayNode().add(pred.get(0)).add(pred.get(1));
        Files.writeString(dir.resolve("b.json"), two.toString());
        Files.writeString(dir.resolve("a.json"), pred.get(2).toString());
        events(pred.get(3)).removeAll();
        Files.writeString(dir.resolve("c.jsonl"), pred.get(3) + "\n\n" + gold().get(3) + "\n");
        Files.writeString(dir.resolve("ignored.txt"), "not json");
        Files.writeString(dir.resolve("empty.jsonl"), "  \n");
        agree(ScorePy.DEV, dir);
    }

    @Test
    void no_predictions_at_all_gives_zeros() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.jsonl"), "");
        EventScore s = agree(ScorePy.DEV, empty);
        assertThat(s.f1()).isZero();
        assertThat(s.fields()).containsValue(null);
    }

    static Stream<Integer> seeds() {
        return IntStream.range(0, 30).boxed();
    }

    /** Random damage of many kinds at once, so that combinations nobody thought of are compared too. */
    @ParameterizedTest
    @MethodSource("seeds")
    void randomly_damaged_predictions_score_the_same(int seed) {
        Random rnd = new Random(seed);
        List<ObjectNode> pred = gold();
        List<ObjectNode> all = new ArrayList<>();
        pred.forEach(r -> events(r).forEach(e -> all.add((ObjectNode) e)));
        for (ObjectNode r : pred) {
            ArrayNode ev = events(r);
            for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
                if (ev.isEmpty()) break;
                ObjectNode e = (ObjectNode) ev.get(rnd.nextInt(ev.size()));
                switch (rnd.nextInt(12)) {
                    case 0 -> ev.remove(rnd.nextInt(ev.size()));
                    case 1 -> ev.add(all.get(rnd.nextInt(all.size())).deepCopy());
                    case 2 -> ev.add(e.deepCopy());
                    case 3 -> e.put("when", randomTime(rnd));
                    case 4 ->
                        e.put(
                                "status",
                                List.of("asserted", "alleged", "uncertain", "denied")
                                        .get(rnd.nextInt(4)));
                    case 5 -> e.put("hs", String.valueOf(rnd.nextInt(9999)));
                    case 6 -> e.remove(List.of("supplier", "recipient", "from", "to", "accuser", "denier", "when"));
                    case 7 ->
                        e.set(
                                "sources",
                                array("the "
                                        + List.of("US", "ministry", "Kirby", "glass")
                                                .get(rnd.nextInt(4))));
                    case 8 -> e.set("flags", rnd.nextBoolean() ? array() : array("un-dprk/arms-export"));
                    case 9 ->
                        e.put(
                                "subject",
                                List.of("Panels", "the bridge", "facility", "").get(rnd.nextInt(4)));
                    case 10 -> {
                        List<JsonNode> shuffled = new ArrayList<>();
                        ev.forEach(shuffled::add);
                        java.util.Collections.shuffle(shuffled, rnd);
                        ev.removeAll();
                        ev.addAll(shuffled);
                    }
                    default ->
                        e.put(
                                "type",
                                List.of("TRANSFER", "CROSSING", "STATUS_CHANGE", "ACCUSE", "DENY")
                                        .get(rnd.nextInt(5)));
                }
            }
        }
        if (rnd.nextBoolean()) pred.remove(rnd.nextInt(pred.size()));
        java.util.Collections.shuffle(pred, rnd);
        agree(ScorePy.DEV, write(pred));
    }

    private static String randomTime(Random rnd) {
        int y = 2015 + rnd.nextInt(11);
        int m = 1 + rnd.nextInt(12);
        return switch (rnd.nextInt(6)) {
            case 0 -> String.valueOf(y);
            case 1 -> "%d-%02d".formatted(y, m);
            case 2 -> "%d-%02d-%02d".formatted(y, m, 1 + rnd.nextInt(28));
            case 3 -> "%d-W%02d".formatted(y, 1 + rnd.nextInt(53));
            case 4 -> "%d-%02d/%d".formatted(y, m, y + rnd.nextInt(3));
            default -> "../%d-%02d".formatted(y, m);
        };
    }

    /** Scores with both, asserts they agree in every number and byte, and returns the port's result. */
    private EventScore agree(Path gold, Path pred) {
        EventScore java = EventScorer.score(gold, pred);
        String pyJson = ScorePy.score(gold, pred, true);
        JsonNode py = read(pyJson);
        assertThat(java.precision()).isEqualTo(py.get("precision").doubleValue());
        assertThat(java.recall()).isEqualTo(py.get("recall").doubleValue());
        assertThat(java.f1()).isEqualTo(py.get("f1").doubleValue());
        assertThat(List.of(java.tp(), java.fp(), java.fn()))
                .isEqualTo(List.of(
                        py.get("tp").intValue(),
                        py.get("fp").intValue(),
                        py.get("fn").intValue()));
        for (Iterator<Map.Entry<String, JsonNode>> it = py.get("fields").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            Double expected = f.getValue().isNull() ? null : f.getValue().doubleValue();
            assertThat(java.fields().get(f.getKey())).as(f.getKey()).isEqualTo(expected);
        }
        assertThat(java.fields().keySet()).containsExactlyElementsOf(names(py.get("fields")));
        assertThat(java.perType().keySet()).containsExactlyElementsOf(names(py.get("per_type")));
        java.perType().forEach((t, c) -> {
            JsonNode v = py.get("per_type").get(t);
            assertThat(c)
                    .as(t)
                    .isEqualTo(new TypeCount(
                            v.get("matched").intValue(),
                            v.get("gold").intValue(),
                            v.get("spurious").intValue()));
        });
        assertThat(java.reports()).hasSize(py.get("reports").size());
        for (int i = 0; i < java.reports().size(); i++) {
            JsonNode r = py.get("reports").get(i);
            List<String> missed = new ArrayList<>();
            r.get("missed").forEach(m -> missed.add(m.textValue()));
            assertThat(java.reports().get(i))
                    .isEqualTo(new ReportScore(
                            r.get("report").textValue(),
                            r.get("found").booleanValue(),
                            r.get("tp").intValue(),
                            r.get("fp").intValue(),
                            r.get("fn").intValue(),
                            missed));
        }
        assertThat(EventScoreFormat.referenceJson(java)).isEqualTo(pyJson);
        assertThat(EventScoreFormat.reference(java)).isEqualTo(ScorePy.score(gold, pred, false));
        return java;
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode read(String json) {
        try {
            return ScorePy.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The dev gold, freshly read so each test may damage its own copy. */
    static List<ObjectNode> gold() {
        try (Stream<Path> files = Files.list(ScorePy.DEV)) {
            List<ObjectNode> out = new ArrayList<>();
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add((ObjectNode) ScorePy.JSON.readTree(f.toFile()));
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path write(List<ObjectNode> reports) {
        StringBuilder jsonl = new StringBuilder();
        reports.forEach(r -> jsonl.append(r).append('\n'));
        try {
            return Files.writeString(tmp.resolve("predictions.jsonl"), jsonl, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ArrayNode events(ObjectNode report) {
        return (ArrayNode) report.get("events");
    }

    private interface EventEdit {
        void edit(ObjectNode event, int index);
    }

    /** Applies an edit to every event, with a running index across reports so edits vary. */
    private static void eachEvent(List<ObjectNode> reports, EventEdit edit) {
        int i = 0;
        for (ObjectNode r : reports) for (JsonNode e : events(r)) edit.edit((ObjectNode) e, i++);
    }

    private static void swap(ObjectNode e, String a, String b) {
        JsonNode x = e.get(a);
        e.set(a, e.get(b));
        e.set(b, x);
    }

    private static ArrayNode array(String... values) {
        ArrayNode out = ScorePy.JSON.createArrayNode();
        for (String v : values) out.add(v);
        return out;
    }
}
