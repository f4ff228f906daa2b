package org.tumen.core.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tumen.core.assess.Assessment;
import org.tumen.core.fuse.FusedEvent;

class WatchlistTest {
    static final FusedEvent CROSSING = new FusedEvent(
            "ev-1",
            "CROSSING",
            Map.of("vehicle", "train", "from", "RUS", "to", "PRK", "place", "Tumangang–Khasan rail bridge"),
            "2022-11-02",
            List.of());
    static final FusedEvent ARMS = new FusedEvent(
            "ev-2",
            "TRANSFER",
            Map.of("supplier", "PRK", "recipient", "Russia", "item", "shells", "hs", "9306"),
            "2022-09/2022-11",
            List.of());

    static Assessment assessed(String likelihood) {
        return new Assessment(1, 0, "B", 2, likelihood, 0.7, List.of());
    }

    @Test
    void a_watch_without_criteria_covers_every_event() {
        assertThat(Watchlist.named("all").covers(CROSSING)).isTrue();
        assertThat(Watchlist.named("all").covers(ARMS)).isTrue();
    }

    @Test
    void a_party_matches_a_code_or_a_name_in_any_party_role_and_any_case() {
        assertThat(Watchlist.named("w").withParty("prk").covers(CROSSING)).isTrue();
        assertThat(Watchlist.named("w").withParty("RUSSIA").covers(ARMS)).isTrue();
        assertThat(Watchlist.named("w").withParty("CHN").covers(ARMS)).isFalse();
    }

    @Test
    void a_place_matches_a_place_that_contains_it() {
        assertThat(Watchlist.named("w").withPlace("tumangang").covers(CROSSING)).isTrue();
        assertThat(Watchlist.named("w").withPlace("Nampo").covers(CROSSING)).isFalse();
        assertThat(Watchlist.named("w").withPlace("Tumangang").covers(ARMS)).isFalse();
    }

    @Test
    void goods_match_by_hs_prefix() {
        assertThat(Watchlist.named("w").withGoods("93").covers(ARMS)).isTrue();
        assertThat(Watchlist.named("w").withGoods("9307").covers(ARMS)).isFalse();
        assertThat(Watchlist.named("w").withGoods("93").covers(CROSSING)).isFalse();
    }

    @Test
    void every_criterion_must_hold() {
        Watchlist w = Watchlist.named("w").withType("crossing").withParty("PRK");
        assertThat(w.type()).isEqualTo("CROSSING");
        assertThat(w.covers(CROSSING)).isTrue();
        assertThat(w.covers(ARMS)).isFalse();
    }

    @Test
    void the_likelihood_floor_includes_its_own_band() {
        Watchlist w = Watchlist.named("w").withMinLikelihood("likely");
        assertThat(w.likelyEnough(assessed("likely"))).isTrue();
        assertThat(w.likelyEnough(assessed("almost certain"))).isTrue();
        assertThat(w.likelyEnough(assessed("roughly even chance"))).isFalse();
        assertThat(w.likelyEnough(null)).isFalse();
        assertThat(Watchlist.named("w").likelyEnough(null)).isTrue();
    }

    @Test
    void bad_criteria_are_refused_with_what_is_allowed() {
        assertThatThrownBy(() -> Watchlist.named("a b")).hasMessageContaining("a watch name is");
        assertThatThrownBy(() -> Watchlist.named("w").withGoods("9x")).hasMessageContaining("HS prefix");
        assertThatThrownBy(() -> Watchlist.named("w").withType("SHIPPING")).hasMessageContaining("TRANSFER");
        assertThatThrownBy(() -> Watchlist.named("w").withMinLikelihood("probable"))
                .hasMessageContaining("roughly even chance");
    }

    @Test
    void the_likelihood_scale_is_the_assessors() {
        for (double p = 0; p <= 1.0; p += 0.01)
            assertThat(Likelihood.rank(org.tumen.core.assess.AdmiraltyAssessor.likelihood(p)))
                    .isNotNegative();
    }
}
