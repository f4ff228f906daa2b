package org.tumen.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StixExporterTest {
    /** The $id prefix of the OASIS schemas, mapped to the local copy so the test never reaches the network. */
    private static final String OASIS =
            "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

    private static final Path SCHEMAS =
            Path.of(System.getProperty("tumen.shared", "../../shared"), "reference", "stix-2.1-schemas");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemas(StixExporterTest::localSchema));

    /** Serves the OASIS $ids from the local copy; any other IRI is not found, so nothing is fetched. */
    private static String localSchema(String iri) {
        if (!iri.startsWith(OASIS)) return null;
        try {
            return Files.readString(SCHEMAS.resolve(iri.substring(OASIS.length())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode export(ExportBundle bundle) throws Exception {
        return json.readTree(new StixExporter().toString(bundle));
    }

    private static Schema schema(String relative) {
        return REGISTRY.getSchema(SchemaLocation.of(OASIS + relative));
    }

    /** The schema file for a STIX type, or null for a type the OASIS schemas do not define (a custom object). */
    private static String schemaFile(String type) {
        for (String folder : List.of("sdos", "sros", "common")) {
            if (Files.exists(SCHEMAS.resolve(folder).resolve(type + ".json"))) return folder + "/" + type + ".json";
        }
        return null;
    }

    private static List<String> errors(Schema schema, JsonNode node) {
        return schema.validate(node.toString(), InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    @Test
    void every_object_validates_against_its_oasis_schema_and_custom_events_against_the_core_schema() throws Exception {
        JsonNode bundle = export(Fixtures.seed());
        assertThat(Files.isDirectory(SCHEMAS)).as("STIX schemas at " + SCHEMAS).isTrue();
        Set<String> types = new HashSet<>();
        for (JsonNode o : bundle.get("objects")) {
            String type = o.get("type").asText();
            types.add(type);
            String file = schemaFile(type);
            if (file != null) {
                assertThat(errors(schema(file), o)).as(o.get("id").asText()).isEmpty();
            } else {
                assertThat(type).isEqualTo(StixExporter.EVENT_TYPE);
                assertThat(errors(schema("common/core.json"), o))
                        .as(o.get("id").asText())
                        .isEmpty();
                // section 7.3: a new SDO names its extension definition with extension_type new-sdo
                assertThat(o.at("/extensions/" + StixExporter.EXTENSION + "/extension_type")
                                .asText())
                        .isEqualTo("new-sdo");
                assertThat(o.get("name").asText()).isNotBlank();
                assertThat(o.get("event_type").asText()).isNotBlank();
            }
        }
        assertThat(types)
                .containsExactlyInAnyOrder(
                        "identity",
                        "extension-definition",
                        "location",
                        "relationship",
                        "opinion",
                        "report",
                        StixExporter.EVENT_TYPE);
    }

    /**
     * The bundle envelope and the objects that {@code bundle.json} lists by type. Its branch for every other type
     * is a oneOf of core.json and cyber-observable-core.json, which both accept any SDO, so location, opinion,
     * extension-definition and custom objects can never pass it; they are checked one by one above instead.
     */
    private static JsonNode listedByBundleSchema(JsonNode bundle) {
        JsonNode copy = bundle.deepCopy();
        var objects = (com.fasterxml.jackson.databind.node.ArrayNode) copy.get("objects");
        for (int i = objects.size() - 1; i >= 0; i--) {
            String type = objects.get(i).get("type").asText();
            if (!List.of("identity", "relationship", "report").contains(type)) objects.remove(i);
        }
        return copy;
    }

    @Test
    void the_bundle_envelope_validates_against_the_bundle_schema() throws Exception {
        JsonNode bundle = export(Fixtures.seed());
        assertThat(bundle.get("id").asText()).startsWith("bundle--");
        assertThat(errors(schema("common/bundle.json"), listedByBundleSchema(bundle)))
                .isEmpty();
    }

    @Test
    void every_reference_points_into_the_bundle_and_tumen_created_everything() throws Exception {
        JsonNode bundle = export(Fixtures.seed());
        Set<String> ids = new HashSet<>();
        bundle.get("objects")
                .forEach(o -> assertThat(ids.add(o.get("id").asText()))
                        .as("unique id")
                        .isTrue());
        for (JsonNode o : bundle.get("objects")) {
            assertThat(o.get("created_by_ref").asText()).isEqualTo(StixExporter.TUMEN);
            List<String> refs = new ArrayList<>();
            o.properties().forEach(p -> {
                if (p.getKey().endsWith("_ref")) refs.add(p.getValue().asText());
                if (p.getKey().endsWith("_refs")) p.getValue().forEach(v -> refs.add(v.asText()));
            });
            assertThat(ids).as(o.get("id").asText()).containsAll(refs);
        }
    }

    @Test
    void sources_carry_their_admiralty_grade_and_the_assessment_becomes_confidence() throws Exception {
        JsonNode bundle = export(Fixtures.seed());
        Map<String, JsonNode> byName = new HashMap<>();
        bundle.get("objects").forEach(o -> {
            if (o.has("name"))
                byName.put(o.get("type").asText() + ":" + o.get("name").asText(), o);
        });
        assertThat(byName.get("identity:White House").get("x_reliability").asText())
                .isEqualTo("B");
        assertThat(byName.get("identity:North Korea").get("identity_class").asText())
                .isEqualTo("organization");
        assertThat(byName.get("identity:Russia’s veterinary service")
                        .get("x_reliability")
                        .asText())
                .isEqualTo("F");
        assertThat(byName.get("location:North Korea").get("country").asText()).isEqualTo("KP");
        JsonNode bridge = byName.get("location:Tumangang–Khasan Friendship Bridge");
        assertThat(bridge.get("latitude").asDouble()).isEqualTo(42.415167);
        JsonNode horses = bundle.get("objects").findParents("tumen_id").stream()
                .filter(o -> o.get("tumen_id").asText().equals("ev-horses"))
                .findFirst()
                .orElseThrow();
        assertThat(horses.get("confidence").asInt()).isEqualTo(70);
        assertThat(horses.get("name").asText())
                .isEqualTo("Transfer of goods: supplier Russia, recipient North Korea, item Orlov Trotter horses, "
                        + "quantity 30, mode rail");
        assertThat(horses.at("/roles/quantity").asInt()).isEqualTo(30);
        assertThat(horses.at("/external_references/0/url").asText()).startsWith("https://www.stuff.co.nz/");
        assertThat(horses.get("created").asText()).isEqualTo("2022-11-06T00:00:00.000Z");

        List<String> stances = new ArrayList<>();
        String shells = StixIds.id(StixExporter.EVENT_TYPE, "ev-shells");
        bundle.get("objects").forEach(o -> {
            if (o.path("target_ref").asText().equals(shells)
                    && o.path("source_ref").asText().startsWith("identity--")) {
                stances.add(o.get("relationship_type").asText());
            }
            if (o.path("type").asText().equals("opinion")
                    && o.at("/object_refs/0").asText().equals(shells)) {
                assertThat(o.get("opinion").asText()).isEqualTo("neutral");
                assertThat(o.get("confidence").asInt()).isEqualTo(50);
                assertThat(o.get("x_contradicting").asInt()).isEqualTo(1);
            }
        });
        assertThat(stances).containsExactlyInAnyOrder("asserts", "denies", "doubts");
    }

    @Test
    void a_re_export_is_byte_identical_whatever_the_input_order() {
        ExportBundle a = Fixtures.seed();
        ExportBundle b = new ExportBundle(
                a.events().reversed(),
                new HashMap<>(a.assessments()),
                new HashMap<>(a.reports()),
                new HashMap<>(a.sourceReliability()));
        assertThat(new StixExporter().toString(b)).isEqualTo(new StixExporter().toString(a));
    }

    @Test
    void ids_are_uuid_v5_and_stable() {
        String id = StixIds.id("identity", "tumen");
        assertThat(id).matches("identity--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(StixIds.id("identity", "tumen")).isEqualTo(id);
        // RFC 9562 appendix A.4: v5 of "www.example.com" in the DNS namespace
        assertThat(StixIds.uuid5(java.util.UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
                .hasToString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    }

    @Test
    void hostile_text_stays_inert_and_round_trips() throws Exception {
        String evil = "He said \"ship it\", then\n</script><script>alert('x')</script> & left\u2028.";
        ExportBundle bundle = Fixtures.bundle("Evil \"Outlet\", <b>Inc</b>", evil);
        String text = new StixExporter().toString(bundle);
        assertThat(text).doesNotContain("<script>").doesNotContain("</script>").doesNotContain("\u2028");
        JsonNode parsed = json.readTree(text);
        List<String> descriptions = parsed.get("objects").findValuesAsText("description");
        assertThat(descriptions).contains(evil);
        assertThat(parsed.get("objects").findValuesAsText("name")).contains("Evil \"Outlet\", <b>Inc</b>");
        for (JsonNode o : parsed.get("objects")) {
            String file = schemaFile(o.get("type").asText());
            assertThat(errors(schema(file == null ? "common/core.json" : file), o))
                    .isEmpty();
        }
    }
}
