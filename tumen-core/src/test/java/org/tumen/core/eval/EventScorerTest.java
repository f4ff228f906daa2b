package org.tumen.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces on their own, with answers worked out by hand from score.py. */
class EventScorerTest {
    @TempDir
    Path tmp;

    private static JsonNode json(String text) {
        try {
            return ScorePy.JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void rstrip_drops_every_trailing_s_after_the_stop_words_are_checked() {
        assertThat(Words.of("Glasses, glass and SS")).containsExactlyInAnyOrder("glasse", "gla", "");
        assertThat(Words.of("the US, USS and sets")).containsExactlyInAnyOrder("u", "set");
    }

    @Test
    void a_list_party_is_compared_by_its_python_repr() {
        assertThat(Words.of(json("{\"k\": [\"RUS\"]}"))).containsExactlyInAnyOrder("k", "ru");
        assertThat(Words.same(json("[\"RUS\"]"), json("\"RUS\""))).isFalse();
    }

    @Test
    void a_three_letter_code_must_match_exactly_ignoring_case() {
        assertThat(Words.same(json("\"rus\""), json("\"RUS\""))).isTrue();
        assertThat(Words.same(json("\"US\""), json("\"USA\""))).isFalse();
        assertThat(Words.same(json("\"RUS\""), json("\"Russia\""))).isFalse();
        assertThat(Words.same(null, json("null"))).isTrue();
    }

    @Test
    void a_gold_time_admits_three_times_its_length_or_31_days() {
        assertThat(When.ok(json("\"2022-11-02\""), json("\"2022-10-15/2022-11-14\"")))
                .isTrue();
        assertThat(When.ok(json("\"2022-11-02\""), json("\"2022-10-15/2022-11-15\"")))
                .isFalse();
        assertThat(When.ok(json("\"2022-11\""), json("\"2022-10-15/2022-12-15\"")))
                .isTrue();
        assertThat(When.ok(json("\"2022-11\""), json("\"2022-10/2022-12\""))).isFalse();
    }

    @Test
    void open_ends_accept_any_overlap_in_gold_but_never_in_a_prediction() {
        assertThat(When.ok(json("\"../2020-02\""), json("\"1990/2020-02-01\""))).isTrue();
        assertThat(When.ok(json("\"2020-02\""), json("\"../2020-02\""))).isFalse();
        assertThat(When.ok(json("\"../2020-02\""), json("\"2020-03\""))).isFalse();
    }

    @Test
    void a_null_gold_time_admits_anything_and_a_missing_prediction_time_fits_nothing_else() {
        assertThat(When.ok(null, null)).isTrue();
        assertThat(When.ok(json("\"2022\""), json("\"\""))).isFalse();
        assertThat(When.ok(json("\"2022\""), null)).isFalse();
    }

    @Test
    void times_python_cannot_represent_do_not_fit() {
        assertThat(When.ok(json("\"9999-12\""), json("\"9999-12\""))).isFalse();
        assertThat(When.ok(json("\"2021-W53\""), json("\"2021\""))).isFalse();
        assertThat(When.ok(json("\"2020-W53\""), json("\"2021-01-03\""))).isTrue();
        assertThatThrownBy(() -> When.ok(json("\"0001-00\""), json("\"2020\""))).isInstanceOf(EvalInputException.class);
    }

    @Test
    void augmenting_paths_move_an_earlier_gold_event_to_its_next_candidate() {
        assertThat(EventScorer.bestMatching(List.of(List.of(0, 1), List.of(0)))).isEqualTo(Map.of(0, 1, 1, 0));
        assertThat(EventScorer.bestMatching(List.of(List.of(0), List.of(0)))).isEqualTo(Map.of(0, 0));
        assertThat(EventScorer.bestMatching(List.of(List.of(1, 0), List.of(1)))).isEqualTo(Map.of(0, 0, 1, 1));
    }

    @Test
    void file_stems_follow_splitext() {
        assertThat(EventScorer.stem("corpus/seed/orlov-trotters.txt")).isEqualTo("orlov-trotters");
        assertThat(EventScorer.stem("a/.json")).isEqualTo(".json");
        assertThat(EventScorer.stem("a/b.tar.gz")).isEqualTo("b.tar");
        assertThat(EventScorer.stem("dir/")).isEmpty();
    }

    @Test
    void an_unreadable_prediction_file_is_named_in_the_error() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.jsonl"), "{\"report\": \"x\"}\n{not json\n");
        assertThatThrownBy(() -> EventScorer.score(ScorePy.DEV, bad))
                .isInstanceOf(EvalInputException.class)
                .hasMessageContaining("bad.jsonl")
                .hasMessageContaining("line 2")
                .satisfies(e -> assertThat(((EvalInputException) e).file()).isEqualTo(bad));
        Path missing = tmp.resolve("missing.jsonl");
        assertThatThrownBy(() -> EventScorer.score(ScorePy.DEV, missing)).hasMessageContaining("missing.jsonl");
    }

    @Test
    void a_non_string_time_stops_the_scoring_as_it_stops_score_py() throws IOException {
        Path pred = Files.writeString(
                tmp.resolve("p.jsonl"),
                "{\"report\": \"orlov-trotters\", \"events\": [{\"type\": \"DENY\", \"denier\": [\"PRK\"], \"when\": 2022}]}\n");
        assertThatThrownBy(() -> EventScorer.score(ScorePy.DEV, pred))
                .isInstanceOf(EvalInputException.class)
                .hasMessageContaining("orlov-trotters")
                .hasMessageContaining("p.jsonl");
    }

    @Test
    void the_summary_gives_totals_and_a_row_per_type() throws IOException {
        EventScore s = EventScorer.score(ScorePy.DEV, ScorePy.DEV);
        String summary = EventScoreFormat.summary(s);
        assertThat(summary).startsWith("F1 1.000  P 1.000  R 1.000  (tp 41, fp 0, fn 0)\n");
        assertThat(summary).contains("TRANSFER").contains("fields correct among matches: status 1.000");
    }
}
