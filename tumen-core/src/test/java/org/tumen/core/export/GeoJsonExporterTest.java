package org.tumen.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tumen.core.schema.Schema;

class GeoJsonExporterTest {
    private final ObjectMapper json = new ObjectMapper();

    private Map<String, JsonNode> features(ExportBundle bundle) throws Exception {
        JsonNode fc = json.readTree(new GeoJsonExporter().toString(bundle));
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        Map<String, JsonNode> byId = new HashMap<>();
        fc.get("features").forEach(f -> byId.put(f.get("id").asText(), f));
        return byId;
    }

    @Test
    void a_named_crossing_point_is_a_point_and_a_movement_between_countries_a_line() throws Exception {
        Map<String, JsonNode> features = features(Fixtures.seed());
        assertThat(features).containsOnlyKeys("ev-crossing", "ev-horses", "ev-shells"); // the denial has no place
        JsonNode crossing = features.get("ev-crossing");
        assertThat(crossing.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(crossing.at("/geometry/coordinates").toString()).isEqualTo("[130.641056,42.415167]");
        assertThat(crossing.at("/properties/place").asText()).isEqualTo("Tumangang–Khasan Friendship Bridge");
        JsonNode horses = features.get("ev-horses");
        assertThat(horses.at("/geometry/type").asText()).isEqualTo("LineString");
        assertThat(horses.at("/geometry/coordinates").toString()).isEqualTo("[[100.0,60.0],[127.0,40.0]]");
        assertThat(horses.at("/properties/likelihood").asText()).isEqualTo("likely");
        assertThat(horses.at("/properties/when").asText()).isEqualTo("2022-11-02");
        assertThat(horses.at("/properties/label").asText()).startsWith("Transfer of goods: supplier Russia");
        assertThat(features.get("ev-shells").at("/geometry/coordinates/0").toString())
                .isEqualTo("[127.0,40.0]");
    }

    @Test
    void the_roles_it_places_by_exist_in_the_schema() {
        var roles = Schema.get().events().values().stream()
                .flatMap(t -> t.roles().stream())
                .map(r -> r.name())
                .toList();
        assertThat(roles).contains(EventView.PLACE_ROLE);
        assertThat(roles).containsAll(EventView.ORIGIN_ROLES).containsAll(EventView.DESTINATION_ROLES);
    }

    @Test
    void a_re_export_is_identical() {
        assertThat(new GeoJsonExporter().toString(Fixtures.seed()))
                .isEqualTo(new GeoJsonExporter().toString(Fixtures.seed()));
    }

    @Test
    void hostile_text_stays_inert_and_round_trips() throws Exception {
        ExportBundle bundle = Fixtures.seed();
        var events = new java.util.ArrayList<>(bundle.events());
        var horses = events.stream()
                .filter(e -> e.id().equals("ev-horses"))
                .findFirst()
                .orElseThrow();
        var roles = new java.util.LinkedHashMap<>(horses.roles());
        String evil = "\"horses\", <script>alert(1)</script>\nand more";
        roles.put("item", evil);
        events.set(
                events.indexOf(horses),
                new org.tumen.core.fuse.FusedEvent(horses.id(), horses.type(), roles, horses.when(), horses.claims()));
        ExportBundle hostile =
                new ExportBundle(events, bundle.assessments(), bundle.reports(), bundle.sourceReliability());
        String text = new GeoJsonExporter().toString(hostile);
        assertThat(text).doesNotContain("<script>");
        assertThat(features(hostile).get("ev-horses").at("/properties/label").asText())
                .contains(evil);
    }
}
