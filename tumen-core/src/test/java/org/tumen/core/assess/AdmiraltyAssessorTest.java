package org.tumen.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tumen.core.fuse.Claim;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.fuse.Stance;
import org.tumen.core.model.Span;

class AdmiraltyAssessorTest {
    final AdmiraltyAssessor assessor = new AdmiraltyAssessor();
    int n;

    Claim claim(String group, String source, Stance stance, String status) {
        return new Claim("c" + ++n, group + "-r" + n, group, null, source, stance, status, null, new Span(0, 1, "x"));
    }

    FusedEvent event(String id, Claim... claims) {
        return new FusedEvent(id, "TRANSFER", Map.of(), null, List.of(claims));
    }

    @Test
    void reliability_is_f_until_three_claims_are_checked_then_graded_by_contradictions() {
        assertThat(assessor.reliability(null)).isEqualTo("F");
        assertThat(assessor.reliability(new SourceTrack("a", 9, 2, 0))).isEqualTo("F");
        assertThat(assessor.reliability(new SourceTrack("a", 3, 3, 0))).isEqualTo("B");
        assertThat(assessor.reliability(new SourceTrack("a", 12, 10, 0))).isEqualTo("A");
        assertThat(assessor.reliability(new SourceTrack("a", 12, 9, 1))).isEqualTo("B");
        assertThat(assessor.reliability(new SourceTrack("a", 4, 3, 1))).isEqualTo("C");
        assertThat(assessor.reliability(new SourceTrack("a", 4, 2, 2))).isEqualTo("D");
        assertThat(assessor.reliability(new SourceTrack("a", 4, 1, 3))).isEqualTo("E");
    }

    @Test
    void likelihood_bands_follow_icd_203_with_each_lower_bound_inside() {
        assertThat(AdmiraltyAssessor.likelihood(0.01)).isEqualTo("almost no chance");
        assertThat(AdmiraltyAssessor.likelihood(0.05)).isEqualTo("very unlikely");
        assertThat(AdmiraltyAssessor.likelihood(0.2)).isEqualTo("unlikely");
        assertThat(AdmiraltyAssessor.likelihood(0.449)).isEqualTo("unlikely");
        assertThat(AdmiraltyAssessor.likelihood(0.45)).isEqualTo("roughly even chance");
        assertThat(AdmiraltyAssessor.likelihood(0.55)).isEqualTo("likely");
        assertThat(AdmiraltyAssessor.likelihood(0.8)).isEqualTo("very likely");
        assertThat(AdmiraltyAssessor.likelihood(0.95)).isEqualTo("almost certain");
    }

    @Test
    void a_source_is_corroborated_by_another_group_and_not_by_itself_quoted_twice() {
        FusedEvent e = event(
                "F1",
                claim("reuters", "Reuters", Stance.ASSERTS, "asserted"),
                claim("ap", "AP", Stance.ASSERTS, "asserted"),
                claim("yonhap", "White House", Stance.ASSERTS, "alleged"),
                claim("nk", "White House", Stance.ASSERTS, "alleged"));
        Map<String, SourceTrack> t = assessor.tracks(List.of(e));
        assertThat(t.get("reuters")).isEqualTo(new SourceTrack("Reuters", 1, 1, 0));
        assertThat(t.get("white house")).isEqualTo(new SourceTrack("White House", 1, 1, 0));
        FusedEvent alone = event(
                "F2",
                claim("x", "Lone Blog", Stance.ASSERTS, "asserted"),
                claim("y", "Lone Blog", Stance.ASSERTS, "asserted"));
        assertThat(assessor.tracks(List.of(alone)).get("lone blog")).isEqualTo(new SourceTrack("Lone Blog", 1, 0, 0));
    }

    @Test
    void an_assertion_outnumbered_by_independent_denials_is_contradicted() {
        FusedEvent e = event(
                "F1",
                claim("a", "Blog", Stance.ASSERTS, "asserted"),
                claim("b", "Ministry", Stance.DENIES, "denied"),
                claim("c", "Agency", Stance.DENIES, "denied"));
        Map<String, SourceTrack> t = assessor.tracks(List.of(e));
        assertThat(t.get("blog")).isEqualTo(new SourceTrack("Blog", 1, 0, 1));
        assertThat(t.get("ministry")).isEqualTo(new SourceTrack("Ministry", 1, 1, 0));
    }

    @Test
    void two_independent_outlets_stating_it_as_fact_confirm_it() {
        FusedEvent e = event(
                "F1",
                claim("a", "Reuters", Stance.ASSERTS, "asserted"),
                claim("b", "AP", Stance.ASSERTS, "asserted"),
                claim("b", "AP repost", Stance.ASSERTS, "asserted"));
        Assessment a = assessor.assess(e, assessor.tracks(List.of(e)));
        assertThat(a.supporting()).isEqualTo(2);
        assertThat(a.contradicting()).isZero();
        assertThat(a.credibility()).isEqualTo(1);
        assertThat(a.reliability()).isEqualTo("F");
        // two unknown sources at the 0.7 prior: log-odds 2 × ln(7/3) → 0.845
        assertThat(a.probability()).isCloseTo(0.845, org.assertj.core.data.Offset.offset(0.001));
        assertThat(a.likelihood()).isEqualTo("very likely");
        assertThat(a.reasons()).first().isEqualTo("2 independent sources report it (Reuters, AP)");
        assertThat(a.reasons()).last().isEqualTo("so it is very likely (84%)");
    }

    @Test
    void allegations_against_as_many_denials_are_an_even_chance() {
        FusedEvent e = event(
                "F1",
                claim("a", "White House", Stance.ASSERTS, "alleged"),
                claim("b", "United States", Stance.ASSERTS, "alleged"),
                claim("a", "DPRK Defence Ministry", Stance.DENIES, "denied"),
                claim("b", "KCNA", Stance.DENIES, "denied"));
        Assessment a = assessor.assess(e, assessor.tracks(List.of(e)));
        assertThat(a.supporting()).isEqualTo(2);
        assertThat(a.contradicting()).isEqualTo(2);
        assertThat(a.probability()).isEqualTo(0.5);
        assertThat(a.likelihood()).isEqualTo("roughly even chance");
        assertThat(a.credibility()).isEqualTo(3);
        assertThat(a.reasons())
                .contains(
                        "2 independent sources report it, as an allegation (White House, United States)",
                        "2 deny it (DPRK Defence Ministry, KCNA)");
    }

    @Test
    void a_source_with_a_good_record_elsewhere_weighs_more_and_its_record_is_given_in_words() {
        List<FusedEvent> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(event(
                    "P" + i,
                    claim("wh" + i, "White House", Stance.ASSERTS, "asserted"),
                    claim("ap" + i, "AP", Stance.ASSERTS, "asserted")));
        }
        FusedEvent claimAlone = event("F1", claim("wh9", "White House", Stance.ASSERTS, "asserted"));
        events.add(claimAlone);
        Map<String, SourceTrack> tracks = assessor.tracks(events);
        assertThat(assessor.reliability(tracks.get("white house"))).isEqualTo("B");
        Assessment a = assessor.assess(claimAlone, tracks);
        assertThat(a.reliability()).isEqualTo("B");
        assertThat(a.probability()).isCloseTo(0.85, org.assertj.core.data.Offset.offset(0.001));
        assertThat(a.credibility()).isEqualTo(2);
        assertThat(a.reasons())
                .contains("White House's other claims have been corroborated 4 of 4 times they could be checked"
                        + " (reliability B)");
    }

    @Test
    void an_event_nobody_asserts_or_denies_cannot_be_judged() {
        FusedEvent e = event("F1", claim("a", "38 North", Stance.DOUBTS, "uncertain"));
        Assessment a = assessor.assess(e, assessor.tracks(List.of(e)));
        assertThat(a.credibility()).isEqualTo(6);
        assertThat(a.likelihood()).isEqualTo("roughly even chance");
        assertThat(a.reasons()).contains("1 says it cannot be determined (38 North)");
    }
}
