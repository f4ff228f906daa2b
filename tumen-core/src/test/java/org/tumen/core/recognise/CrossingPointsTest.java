package org.tumen.core.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossingPointsTest {
    private static final CrossingPoints CROSSINGS = DomainRecognizer.defaults().crossings();

    @Test
    void every_crossing_point_has_coordinates_a_source_a_mode_and_known_countries() {
        CountryGazetteer countries = DomainRecognizer.defaults().countries();
        assertThat(CROSSINGS.all()).hasSizeGreaterThanOrEqualTo(8);
        for (CrossingPoint p : CROSSINGS.all()) {
            assertThat(p.lat()).as(p.id()).isBetween(30.0, 50.0);
            assertThat(p.lon()).as(p.id()).isBetween(120.0, 140.0);
            assertThat(p.source()).as(p.id()).isNotBlank();
            assertThat(p.precision()).as(p.id()).isIn("structure", "town", "locode");
            assertThat(p.modes()).as(p.id()).isNotEmpty();
            assertThat(p.countries())
                    .as(p.id())
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(countries.commonName(c)).isNotNull());
        }
    }

    @Test
    void aliases_match_with_any_dash_and_spacing() {
        for (String text : List.of(
                "the Tumangang–Khasan Friendship Bridge",
                "the Khasan-Tumangang bridge",
                "the Khasan – Tumangang bridge",
                "the Tumangang Friendship Bridge")) {
            assertThat(CROSSINGS.find(text))
                    .as(text)
                    .singleElement()
                    .satisfies(m -> assertThat(m.code()).isEqualTo("tumangang-khasan-bridge"));
        }
    }

    @Test
    void the_other_curated_crossings_are_found() {
        assertThat(CROSSINGS.find("trucks on the Sino-Korean Friendship Bridge, at Hunchun–Quanhe, in Rajin,"
                        + " Nampo and Vostochny port"))
                .extracting(Mention::code)
                .containsExactly(
                        "sinuiju-dandong-bridge",
                        "quanhe-wonjong-bridge",
                        "rajin-port",
                        "nampo-port",
                        "vostochny-port");
    }

    @Test
    void the_vostochny_cosmodrome_is_not_the_port() {
        assertThat(CROSSINGS.find("Kim met Putin at the Vostochny Cosmodrome")).isEmpty();
    }

    @Test
    void crossing_points_are_looked_up_by_id() {
        assertThat(CROSSINGS.byId("sinuiju-dandong-bridge"))
                .hasValueSatisfying(p -> assertThat(p.countries()).containsExactly("PRK", "CHN"));
    }
}
