package org.tumen.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tumen.core.place.PlaceResolver.Rule;

class PlaceResolverTest {
    private final PlaceResolver resolver = new PlaceResolver(Gazetteer.load());

    @Test
    void the_seeds_train_from_russia_to_north_korea_crossed_the_tumangang_khasan_bridge() {
        var r = resolver.resolve(Seed.trainCrossed()).orElseThrow();
        assertThat(r.place().id()).isEqualTo("tumangang-khasan-bridge");
        assertThat(r.rule()).isEqualTo(Rule.SOLE_RAIL_LINK);
    }

    @Test
    void the_closure_resolves_by_its_place_role() {
        var r = resolver.resolve(Seed.closure()).orElseThrow();
        assertThat(r.place().id()).isEqualTo("tumangang-khasan-bridge");
        assertThat(r.rule()).isEqualTo(Rule.PLACE_ROLE);
    }

    @Test
    void railcars_that_name_no_state_take_the_one_rail_crossing_of_their_report() {
        assertThat(resolver.resolve(Seed.railcarsOnImagery())).isEmpty();
        var all = resolver.resolveAll(Seed.all());
        assertThat(all.get("ev-railcars").rule()).isEqualTo(Rule.SAME_REPORT);
        assertThat(all.get("ev-railcars").place().id()).isEqualTo("tumangang-khasan-bridge");
        assertThat(all).hasSize(5);
    }

    @Test
    void a_ship_named_at_rajin_in_the_evidence_resolves_to_rajin_port() {
        var ship = ActivityEvent.builder("ev-ship", "CROSSING")
                .role("vehicle", "Angara")
                .when("2023-09-07")
                .account("r", LocalDate.of(2023, 10, 1), "ASSERTS", "The Angara was seen docked at Rajin port.")
                .build();
        var r = resolver.resolve(ship).orElseThrow();
        assertThat(r.place().id()).isEqualTo("rajin-port");
        assertThat(r.rule()).isEqualTo(Rule.EVIDENCE);
    }

    @Test
    void a_sea_transfer_between_russia_and_north_korea_is_not_guessed_to_a_place() {
        var shells = ActivityEvent.builder("ev-shells", "TRANSFER")
                .role("supplier", "PRK")
                .role("recipient", "RUS")
                .role("item", "artillery shells")
                .role("mode", "sea")
                .when("2022-11-02")
                .account("r", LocalDate.of(2022, 11, 6), "ASSERTS", "Pyongyang has been supplying shells.")
                .build();
        assertThat(resolver.resolveAll(List.of(shells))).isEmpty();
    }
}
