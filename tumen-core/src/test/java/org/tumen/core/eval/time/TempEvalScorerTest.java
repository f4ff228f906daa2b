package org.tumen.core.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.tumen.core.time.TimeExpression;
import org.tumen.core.time.TimexType;

class TempEvalScorerTest {
    private static final Offset<Double> EXACT = within(1e-9);

    /**
     * Gold (tiny.tml): "Wednesday" DATE 2022-11-02, "two years" DURATION P2Y, "on Friday morning" DATE 2022-11-04.
     * System, by hand: "Wednesday" exact with the right value; "two years" exact but value P3Y; "Friday morning"
     * overlapping the third gold with type TIME and the right value; and a spurious "trains".
     *
     * <p>Strict: 2 exact of 4 system and 3 gold: P 2/4, R 2/3, F1 4/7. Relaxed: 3 matches: P 3/4, R 3/3, F1 6/7.
     * Value right on 2 of 3 matches, type right on 2 of 3. Value F1 = 6/7 x 2/3 = 4/7.
     */
    @Test
    void scores_a_hand_made_pair_as_computed_by_hand() throws IOException {
        TimeMlDocument doc = TimeMlTest.tiny();
        String text = doc.text();
        List<TimeExpression> system = List.of(
                at(text, "Wednesday", TimexType.DATE, "2022-11-02"),
                at(text, "two years", TimexType.DURATION, "P3Y"),
                at(text, "Friday morning", TimexType.TIME, "2022-11-04"),
                at(text, "trains", TimexType.DATE, "PRESENT_REF"));
        TempEvalScorer.Tally tally = new TempEvalScorer.Tally();
        TempEvalScorer.score(doc, system, tally);
        TempEvalScore s = new TempEvalScore(
                1, tally.gold, tally.system, tally.strict, tally.relaxed, tally.type, tally.value, tally.errors);

        assertThat(s.strictPrecision()).isCloseTo(0.5, EXACT);
        assertThat(s.strictRecall()).isCloseTo(2.0 / 3, EXACT);
        assertThat(s.strictF1()).isCloseTo(4.0 / 7, EXACT);
        assertThat(s.relaxedPrecision()).isCloseTo(0.75, EXACT);
        assertThat(s.relaxedRecall()).isCloseTo(1.0, EXACT);
        assertThat(s.relaxedF1()).isCloseTo(6.0 / 7, EXACT);
        assertThat(s.valueAccuracy()).isCloseTo(2.0 / 3, EXACT);
        assertThat(s.typeAccuracy()).isCloseTo(2.0 / 3, EXACT);
        assertThat(s.valueF1()).isCloseTo(4.0 / 7, EXACT);
        assertThat(s.errors())
                .extracting(TempEvalScore.TimexError::kind)
                .containsExactlyInAnyOrder("VALUE", "TYPE", "SPURIOUS");
    }

    @Test
    void one_system_timex_matches_at_most_one_gold_timex() throws IOException {
        TimeMlDocument doc = TimeMlTest.tiny();
        int begin = doc.text().indexOf("Wednesday");
        int end = doc.text().indexOf("years") + 5;
        TimeExpression wide =
                new TimeExpression(begin, end, doc.text().substring(begin, end), TimexType.DATE, "2022-11-02", null);
        TempEvalScorer.Tally tally = new TempEvalScorer.Tally();
        TempEvalScorer.score(doc, List.of(wide), tally);
        assertThat(tally.relaxed).isEqualTo(1);
        assertThat(tally.strict).isZero();
    }

    private static TimeExpression at(String text, String what, TimexType type, String value) {
        int begin = text.indexOf(what);
        return new TimeExpression(begin, begin + what.length(), what, type, value, null);
    }
}
