package org.tumen.core.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The name-matching figures of docs/quality.md, with floors a little under what was measured so that a change
 * that makes matching worse fails here. Run {@code NameBench.main} to print them.
 */
class NameMatchingEvalTest {
    private static final Path DIR = Path.of(System.getProperty("tumen.eval.names", "/work/shared/eval/name-matching"));

    @Test
    void cross_validated_figures_stay_above_their_floors_and_the_threshold_is_the_fitted_one() throws Exception {
        assumeTrue(Files.isRegularFile(DIR.resolve(NameBench.CASES)), "eval data not present");
        List<NameBench.Case> cases = NameBench.cases(DIR);
        assertThat(cases).hasSize(826);
        double[] s = NameBench.scores(cases);
        // the production threshold is the procedure (best F1 on a 0.01 grid) run on all pairs ...
        assertThat(NameBench.chooseThreshold(cases, s)).isEqualTo(NameMatcher.THRESHOLD);
        // ... and the figures that describe it are out-of-fold: each fold scored at a threshold fitted on the others
        NameBench.OutOfFold cv = NameBench.crossValidated(cases, s);
        NameBench.Prf all = cv.prf(cases, c -> true);
        NameBench.Prf hand = cv.prf(cases, NameBench.Case::handMade);
        NameBench.Prf synth = cv.prf(cases, NameBench.Case::synthetic);
        assertThat(all.f1()).isGreaterThan(0.82);
        assertThat(all.precision()).isGreaterThan(0.84);
        assertThat(hand.f1()).isGreaterThan(0.84);
        assertThat(synth.f1()).isGreaterThan(0.80);
        assertThat(synth.precision()).isGreaterThan(0.80);
        // fitted on one kind of data, scored on the other
        var cross = NameBench.crossFit(cases, s).values().stream().toList();
        assertThat(cross.get(0).f1()).as("synthetic, fitted on hand-made").isGreaterThan(0.80);
        assertThat(cross.get(1).f1()).as("hand-made, fitted on synthetic").isGreaterThan(0.81);
        assertThat(NameBench.putinShare(DIR, NameMatcher.THRESHOLD)).isGreaterThan(0.70);
    }

    @Test
    void logic_v2_baseline_recomputes_from_its_committed_decisions() throws Exception {
        assumeTrue(Files.isRegularFile(DIR.resolve(NameBench.LOGIC_V2)), "eval data not present");
        List<NameBench.Case> cases = NameBench.cases(DIR);
        Map<List<String>, Boolean> v2 = NameBench.logicV2(DIR);
        NameBench.Prf base = NameBench.baseline(cases, v2, c -> true);
        assertThat(base.n()).isEqualTo(815);
        assertThat(base.precision()).isCloseTo(0.762, org.assertj.core.data.Offset.offset(0.001));
        assertThat(base.recall()).isCloseTo(0.828, org.assertj.core.data.Offset.offset(0.001));
    }
}
