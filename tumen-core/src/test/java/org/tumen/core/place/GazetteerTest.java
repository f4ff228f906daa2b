package org.tumen.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.load();

    @Test
    void every_place_names_its_source() {
        assertThat(gazetteer.all())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.source()).isNotBlank());
    }

    @Test
    void every_place_has_coordinates_with_a_precision_or_says_why_it_has_none() {
        assertThat(gazetteer.all()).allSatisfy(p -> {
            if (p.coordinates() != null) {
                assertThat(p.coordinates().precision()).isIn("structure", "locode", "town", "approximate");
                assertThat(p.coordinatesAbsent()).isNull();
            } else {
                assertThat(p.coordinatesAbsent()).isNotBlank();
            }
        });
    }

    @Test
    void a_point_that_is_not_the_structure_itself_says_so() {
        assertThat(gazetteer
                        .byId("tikhoretsk-depot")
                        .orElseThrow()
                        .coordinates()
                        .note())
                .contains("the town's point");
    }

    @Test
    void the_places_of_the_issue_are_all_there() {
        assertThat(gazetteer.all().stream().map(Place::id))
                .contains(
                        "tumangang-khasan-bridge",
                        "tumangang-station",
                        "khasan-station",
                        "tumangang-khasan-road-bridge",
                        "rajin-port",
                        "dunai-port",
                        "vostochny-port",
                        "vladivostok-port",
                        "nampo-port",
                        "sinuiju-dandong-bridge",
                        "quanhe-wonjong-bridge",
                        "tikhoretsk-depot");
    }

    @Test
    void no_name_belongs_to_two_places() {
        var seen = new java.util.HashMap<String, String>();
        for (Place p : gazetteer.all())
            for (String n : p.names())
                assertThat(seen.put(Gazetteer.normalise(n), p.id()))
                        .as("%s of %s", n, p.id())
                        .isIn(null, p.id());
    }

    @Test
    void tumangang_finds_the_crossing_not_its_station() {
        assertThat(gazetteer.lookup("Tumangang").found().orElseThrow().id()).isEqualTo("tumangang-khasan-bridge");
    }

    @Test
    void hunchun_quanhe_and_wonjong_quanhe_are_the_same_crossing() {
        assertThat(gazetteer.lookup("Hunchun–Quanhe").found())
                .isEqualTo(gazetteer.lookup("Wonjong-Quanhe").found());
    }

    @Test
    void the_road_bridge_under_construction_is_no_rail_link() {
        Place road = gazetteer.byId("tumangang-khasan-road-bridge").orElseThrow();
        assertThat(road.status()).isEqualTo("under construction");
        assertThat(gazetteer.soleRailLink("RUS", "PRK").orElseThrow().id()).isEqualTo("tumangang-khasan-bridge");
        assertThat(gazetteer.soleRailLink("CHN", "PRK")).isEmpty();
    }
}
