package org.tumen.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FtmExporterTest {
    private static final Path FTM =
            Path.of(System.getProperty("tumen.shared", "../../shared"), "reference", "followthemoney-schema");

    /** FtM's schemata as its YAML declares them, with extends resolved. */
    record FtmSchema(
            String name,
            boolean isAbstract,
            List<String> parents,
            Map<String, JsonNode> ownProperties,
            List<String> required) {}

    private static final Map<String, FtmSchema> SCHEMATA = new HashMap<>();

    @BeforeAll
    static void readFtm() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(FTM)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                yaml.readTree(f.toFile()).properties().forEach(e -> {
                    JsonNode s = e.getValue();
                    List<String> parents = new ArrayList<>();
                    s.path("extends").forEach(p -> parents.add(p.asText()));
                    Map<String, JsonNode> props = new HashMap<>();
                    s.path("properties").properties().forEach(p -> props.put(p.getKey(), p.getValue()));
                    List<String> required = new ArrayList<>();
                    s.path("required").forEach(r -> required.add(r.asText()));
                    SCHEMATA.put(
                            e.getKey(),
                            new FtmSchema(e.getKey(), s.path("abstract").asBoolean(false), parents, props, required));
                });
            }
        }
        assertThat(SCHEMATA).containsKeys("Event", "Thing", "LegalEntity", "Note", "Article");
    }

    private static Set<String> lineage(String schema) {
        Set<String> out = new LinkedHashSet<>();
        out.add(schema);
        for (String p : SCHEMATA.get(schema).parents()) out.addAll(lineage(p));
        return out;
    }

    private static JsonNode property(String schema, String property) {
        for (String s : lineage(schema)) {
            JsonNode p = SCHEMATA.get(s).ownProperties().get(property);
            if (p != null) return p;
        }
        return null;
    }

    private static List<JsonNode> export(ExportBundle bundle) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : new FtmExporter().toString(bundle).split("\n")) out.add(json.readTree(line));
        return out;
    }

    @Test
    void every_entity_uses_a_concrete_ftm_schema_its_declared_properties_and_its_required_ones() throws IOException {
        List<JsonNode> entities = export(Fixtures.seed());
        Map<String, String> schemaById = new HashMap<>();
        entities.forEach(
                e -> schemaById.put(e.get("id").asText(), e.get("schema").asText()));
        assertThat(schemaById).hasSize(entities.size());
        for (JsonNode e : entities) {
            String schema = e.get("schema").asText();
            assertThat(SCHEMATA).as(schema).containsKey(schema);
            assertThat(SCHEMATA.get(schema).isAbstract())
                    .as(schema + " is abstract")
                    .isFalse();
            e.get("properties").properties().forEach(p -> {
                JsonNode declared = property(schema, p.getKey());
                assertThat(declared).as(schema + "." + p.getKey()).isNotNull();
                assertThat(p.getValue().isArray() && !p.getValue().isEmpty()).isTrue();
                String type = declared.path("type").asText("string");
                for (JsonNode v : p.getValue()) {
                    assertThat(v.isTextual()).as("FtM values are strings").isTrue();
                    switch (type) {
                        case "entity" -> {
                            String target = schemaById.get(v.asText());
                            assertThat(target)
                                    .as(schema + "." + p.getKey() + " → " + v)
                                    .isNotNull();
                            assertThat(lineage(target))
                                    .contains(declared.path("range").asText());
                        }
                        case "country" -> assertThat(v.asText()).matches("[a-z]{2}");
                        case "date" -> assertThat(v.asText()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
                        default -> {}
                    }
                }
            });
            for (String s : lineage(schema)) {
                for (String r : SCHEMATA.get(s).required()) {
                    assertThat(e.get("properties").has(r))
                            .as(schema + " needs " + r)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void the_horse_transfer_is_an_event_with_its_parties_dates_and_proof() throws IOException {
        List<JsonNode> entities = export(Fixtures.seed());
        JsonNode horses = entities.stream()
                .filter(e -> e.at("/properties/recordId/0").asText().equals("ev-horses"))
                .findFirst()
                .orElseThrow();
        assertThat(horses.get("schema").asText()).isEqualTo("Event");
        assertThat(horses.at("/properties/date/0").asText()).isEqualTo("2022-11-02");
        assertThat(horses.at("/properties/country").toString()).isEqualTo("[\"ru\",\"kp\"]");
        assertThat(horses.at("/properties/involved").size()).isEqualTo(2);
        assertThat(horses.at("/properties/notes/0").asText()).startsWith("likely (B2");
        JsonNode shells = entities.stream()
                .filter(e -> e.at("/properties/recordId/0").asText().equals("ev-shells"))
                .findFirst()
                .orElseThrow();
        assertThat(shells.at("/properties/startDate/0").asText()).isEqualTo("2022-09");
        assertThat(shells.at("/properties/endDate/0").asText()).isEqualTo("2022-11-02");
        long notes = entities.stream()
                .filter(e -> e.get("schema").asText().equals("Note")
                        && e.at("/properties/entity/0")
                                .asText()
                                .equals(shells.get("id").asText()))
                .count();
        assertThat(notes).isEqualTo(3);
        JsonNode crossing = entities.stream()
                .filter(e -> e.at("/properties/recordId/0").asText().equals("ev-crossing"))
                .findFirst()
                .orElseThrow();
        assertThat(crossing.at("/properties/location/0").asText()).isEqualTo("Tumangang–Khasan Friendship Bridge");
    }

    @Test
    void a_re_export_is_identical() {
        assertThat(new FtmExporter().toString(Fixtures.seed())).isEqualTo(new FtmExporter().toString(Fixtures.seed()));
    }

    @Test
    void hostile_text_round_trips_on_one_line() throws IOException {
        String evil = "He said \"ship it\", then\n</script><script>alert(1)</script>";
        String text = new FtmExporter().toString(Fixtures.bundle("Evil, \"Inc\"", evil));
        assertThat(text).doesNotContain("<script>");
        List<JsonNode> entities = export(Fixtures.bundle("Evil, \"Inc\"", evil));
        assertThat(text.split("\n")).hasSameSizeAs(entities);
        assertThat(entities.stream().map(e -> e.at("/properties/description/0").asText()))
                .contains(evil);
        assertThat(entities.stream().map(e -> e.at("/properties/name/0").asText()))
                .contains("Evil, \"Inc\"");
    }
}
