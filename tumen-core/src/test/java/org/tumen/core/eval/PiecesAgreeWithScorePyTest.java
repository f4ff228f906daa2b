package org.tumen.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The port's pieces against the same functions of score.py, on batches of awkward inputs. */
class PiecesAgreeWithScorePyTest {
    @BeforeAll
    static void needs_python() {
        Assumptions.assumeTrue(ScorePy.available(), "python3 is not installed");
    }

    private static JsonNode json(String text) {
        try {
            return ScorePy.JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void words_agree_on_strings_lists_numbers_and_objects() {
        JsonNode inputs = json("""
                [null, "", "Glasses, glass and SS", "the US and USS Sets", "buses busss bus's", "İstanbul KELVIN \u212a",
                 "a\\nb\\u00a0c", ["Kim Jong Un", ["nested lists"], 30, 30.0, 1e16, 1.5e-7, true, null],
                 {"name": "Orlov's trotters", "n": [1, 2]}, 12345678901234567890, -0.0, "tab\\there", ["it's", "say \\"hi\\""],
                 {"k": "line\\nbreak \\u200b zero width", "q": "it's \\"both\\""}, 5e-324, 123456789012345680000.0]
                """);
        JsonNode py = ScorePy.apply("words(x)", inputs);
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(new TreeSet<>(Words.of(inputs.get(i))))
                    .as(inputs.get(i).toString())
                    .containsExactlyElementsOf(strings(py.get(i)));
        }
    }

    @Test
    void same_and_overlap_agree_on_codes_names_and_absent_parties() {
        JsonNode pairs = json("""
                [["RUS", "rus"], ["Rus", "RUS"], ["RUS", "Russia"], ["RUS\\n", "RUS"], ["Russian Railways", "railway"],
                 [null, null], [null, "RUS"], ["US", "USA"], ["the ministry", "Ministry of Railways"], [["RUS"], "RUS"],
                 ["ß", "SS"], [30, "30"], [["USA", null], "USA"], [["PRK", "RUS"], ["CHN", "rus"]], [[], []],
                 ["straße", "STRASSE"]]
                """);
        JsonNode py = ScorePy.apply("[same(x[0], x[1]), overlap(x[0], x[1])]", pairs);
        for (int i = 0; i < pairs.size(); i++) {
            JsonNode a = pairs.get(i).get(0), b = pairs.get(i).get(1);
            assertThat(List.of(Words.same(a, b), Words.overlap(a, b)))
                    .as(pairs.get(i).toString())
                    .containsExactly(
                            py.get(i).get(0).booleanValue(), py.get(i).get(1).booleanValue());
        }
    }

    @Test
    void when_ok_agrees_on_edge_cases() {
        String[] values = {
            null,
            "",
            "..",
            "2022",
            "2022-11",
            "2022-11-02",
            "2022-W44",
            "2020-W53",
            "2021-W53",
            "2021-W00",
            "2022-10-31/2022-11-06",
            "../2020-02",
            "2020-02/..",
            "../..",
            " 2022 ",
            "2022-13",
            "2022-02-30",
            "9999-12",
            "9999",
            "0000",
            "0001-01-01",
            "2022/2022/2023",
            "22",
            "2022-1",
            "2021-12/2022-01",
            "2022-01-01/2022-03-31",
            "2022-10-01/2022-12-31",
            "2021-11-03/2022-11-02",
            "\u0662\u0660\u0662\u0662",
            "2022-W44/2022-W46",
            "2022\u00a0",
            "2022-11-02/2022-10-01",
            "1999-W52",
            "2022-06/2022-08",
            "2022-12-01/2022-12-31"
        };
        ArrayNode pairs = ScorePy.JSON.createArrayNode();
        for (String g : values) {
            for (String p : values) pairs.addArray().add(g).add(p);
        }
        JsonNode py = ScorePy.apply("when_ok(x[0], x[1])", pairs);
        for (int i = 0; i < pairs.size(); i++) {
            JsonNode g = pairs.get(i).get(0), p = pairs.get(i).get(1);
            assertThat(When.ok(g, p))
                    .as(pairs.get(i).toString())
                    .isEqualTo(py.get(i).booleanValue());
        }
    }

    @Test
    void float_repr_round_and_percent_f_agree() {
        ArrayNode values = ScorePy.JSON.createArrayNode();
        double[] fixed = {
            0.0,
            1.0,
            0.5,
            2.0 / 3,
            1.0 / 3,
            0.12345,
            0.00005,
            0.00015,
            0.0005,
            0.0015,
            0.6665,
            0.9999500000000001,
            0.99995,
            1e16,
            1e15,
            123456789012345678.0,
            1e-4,
            1e-5,
            1.5e-7,
            5e-324,
            1e22,
            1.7976931348623157e308,
            0.1 + 0.2,
            30.0,
            2.5,
            0.375,
            0.9286,
            12.3456
        };
        for (double d : fixed) values.add(d);
        Random rnd = new Random(7);
        for (int i = 0; i < 300; i++) {
            int tp = rnd.nextInt(200), other = rnd.nextInt(200);
            values.add(tp + other == 0 ? 0.0 : (double) tp / (tp + other));
        }
        for (int i = 0; i < 100; i++) values.add(Double.longBitsToDouble(rnd.nextLong() & 0x7fefffffffffffffL));
        JsonNode py = ScorePy.apply("[repr(x), repr(round(x, 4)), '%.3f' % x]", values);
        for (int i = 0; i < values.size(); i++) {
            double d = values.get(i).doubleValue();
            assertThat(List.of(Py.floatRepr(d), Py.floatRepr(Py.round(d, 4)), Py.fixed(d, 3)))
                    .as(Double.toString(d))
                    .containsExactly(
                            py.get(i).get(0).textValue(),
                            py.get(i).get(1).textValue(),
                            py.get(i).get(2).textValue());
        }
    }

    @Test
    void matching_resolves_ties_as_score_py_does() {
        Random rnd = new Random(11);
        ArrayNode cases = ScorePy.JSON.createArrayNode();
        List<List<List<Integer>>> edgeSets = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            int gold = 1 + rnd.nextInt(7), pred = 1 + rnd.nextInt(7);
            List<List<Integer>> edges = new ArrayList<>();
            ArrayNode golds = ScorePy.JSON.createArrayNode();
            for (int i = 0; i < gold; i++) {
                List<Integer> js = new ArrayList<>();
                ArrayNode allowed = golds.addArray();
                for (int j = 0; j < pred; j++) {
                    if (rnd.nextInt(3) == 0) {
                        js.add(j);
                        allowed.add(j);
                    }
                }
                edges.add(js);
            }
            ArrayNode preds = ScorePy.JSON.createArrayNode();
            for (int j = 0; j < pred; j++) preds.add(j);
            cases.addArray().add(golds).add(preds);
            edgeSets.add(edges);
        }
        // score.py's matches() is swapped for "the prediction's index is among the gold's candidates"
        JsonNode py = ScorePy.apply(
                "(__import__('score').__setattr__('matches', lambda g, p: p in g), best_matching(x[0], x[1]))[1]",
                cases);
        for (int c = 0; c < edgeSets.size(); c++) {
            Map<Integer, Integer> expected = new TreeMap<>();
            py.get(c)
                    .fields()
                    .forEachRemaining(e -> expected.put(
                            Integer.parseInt(e.getKey()), e.getValue().intValue()));
            assertThat(new TreeMap<>(EventScorer.bestMatching(edgeSets.get(c))))
                    .as(edgeSets.get(c).toString())
                    .isEqualTo(expected);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.textValue()));
        return out;
    }
}
