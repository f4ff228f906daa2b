package org.tumen.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentChangeTest {
    static Assessment a(int supporting, int contradicting, String reliability, int credibility, String likelihood) {
        return new Assessment(supporting, contradicting, reliability, credibility, likelihood, 0.5, List.of());
    }

    @Test
    void a_new_independent_source_is_named_as_the_cause() {
        var change = AssessmentChange.between("F2", a(1, 0, "F", 3, "likely"), a(2, 0, "F", 1, "very likely"))
                .orElseThrow();
        assertThat(change.cause()).isEqualTo("a new independent source reports it");
        assertThat(change.sentence())
                .isEqualTo(
                        "F2 went from likely to very likely (credibility 3 → 1): a new independent source reports it.");
    }

    @Test
    void a_denial_is_named_as_the_cause() {
        var change = AssessmentChange.between("F3", a(2, 0, "F", 3, "likely"), a(2, 1, "F", 3, "roughly even chance"))
                .orElseThrow();
        assertThat(change.sentence()).isEqualTo("F3 went from likely to roughly even chance: a new source denies it.");
    }

    @Test
    void a_reliability_move_is_named_when_the_sources_are_the_same() {
        var change = AssessmentChange.between("F4", a(1, 0, "F", 3, "likely"), a(1, 0, "B", 2, "very likely"))
                .orElseThrow();
        assertThat(change.cause()).isEqualTo("its best source's reliability moved from F to B");
    }

    @Test
    void a_new_event_and_an_unchanged_one() {
        assertThat(AssessmentChange.between("F5", null, a(1, 0, "F", 3, "likely"))
                        .orElseThrow()
                        .sentence())
                .isEqualTo("F5 is new: likely (credibility 3), from 1 independent source.");
        assertThat(AssessmentChange.between("F5", a(1, 0, "F", 3, "likely"), a(1, 0, "F", 3, "likely")))
                .isEmpty();
    }
}
