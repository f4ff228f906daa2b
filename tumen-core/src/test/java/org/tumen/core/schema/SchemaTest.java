package org.tumen.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tumen.core.model.Event;
import org.tumen.core.model.Span;

/** The schema's own invariants (STYLE habit 1), and that {@link Event} holds every event to it. */
class SchemaTest {
    private static final Schema SCHEMA = Schema.get();

    /** A row of the event table in the gold's contract: {@code | TYPE | field, field, ... | what it is |}. */
    private static final Pattern TABLE_ROW =
            Pattern.compile("^\\|\\s*([A-Z_]+)\\s*\\|\\s*([a-z_, ]+?)\\s*\\|", Pattern.MULTILINE);

    @Test
    void the_schema_defines_the_five_event_types_of_the_contract() {
        assertThat(SCHEMA.events().keySet()).containsExactly("TRANSFER", "CROSSING", "STATUS_CHANGE", "ACCUSE", "DENY");
    }

    @Test
    void every_event_type_has_roles() {
        assertThat(SCHEMA.events().values())
                .allSatisfy(def -> assertThat(def.roles()).as(def.name()).isNotEmpty());
    }

    @Test
    void role_names_are_unique_within_an_event_type() {
        assertThat(SCHEMA.events().values())
                .allSatisfy(def -> assertThat(def.roles().stream().map(RoleDef::name))
                        .as(def.name())
                        .doesNotHaveDuplicates());
    }

    @Test
    void every_enum_role_has_values_and_only_enum_roles_have_them() {
        assertThat(SCHEMA.events().values())
                .allSatisfy(def -> assertThat(def.roles()).allSatisfy(role -> {
                    if (role.kind() == RoleKind.ENUM)
                        assertThat(role.values())
                                .as(def.name() + "." + role.name())
                                .isNotEmpty()
                                .doesNotHaveDuplicates();
                    else
                        assertThat(role.values())
                                .as(def.name() + "." + role.name())
                                .isEmpty();
                }));
    }

    @Test
    void the_enum_values_are_those_of_the_contract() {
        assertThat(SCHEMA.event("TRANSFER").role("mode").orElseThrow().values())
                .containsExactly("rail", "sea", "road", "air");
        assertThat(SCHEMA.event("TRANSFER").role("kind").orElseThrow().values())
                .containsExactly("sale", "gift", "supply");
        assertThat(SCHEMA.event("CROSSING").role("basis").orElseThrow().values())
                .containsExactly("official", "imagery", "report");
        assertThat(SCHEMA.event("STATUS_CHANGE").role("state").orElseThrow().values())
                .containsExactly("closed", "suspended", "opened", "reopened", "resumed", "built");
    }

    @Test
    void an_enum_role_without_values_is_refused() {
        assertThatThrownBy(() -> new RoleDef("mode", RoleKind.ENUM, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mode");
    }

    @Test
    void every_role_name_is_a_field_of_the_gold_contract_table() throws IOException {
        Map<String, List<String>> contract = contractTable();
        assertThat(contract).as("event table in eval/events/README.md").hasSize(5);
        assertThat(SCHEMA.events().keySet()).containsExactlyInAnyOrderElementsOf(contract.keySet());
        assertThat(SCHEMA.events().values())
                .allSatisfy(def -> assertThat(
                                def.roles().stream().map(RoleDef::name).toList())
                        .as(def.name() + " roles against the contract")
                        .containsExactlyElementsOf(contract.get(def.name())));
    }

    @Test
    void the_statuses_are_exactly_asserted_alleged_denied_uncertain() {
        assertThat(SCHEMA.statuses().keySet()).containsExactlyInAnyOrder("asserted", "alleged", "denied", "uncertain");
        assertThat(SCHEMA.statuses().values()).allSatisfy(doc -> assertThat(doc).isNotBlank());
        assertThat(SCHEMA.isStatus("asserted")).isTrue();
        assertThat(SCHEMA.isStatus("confirmed")).isFalse();
    }

    @Test
    void an_event_in_the_schema_terms_is_accepted_with_its_roles_in_schema_order() {
        Event e = transfer(
                Map.of("mode", "rail", "supplier", "RUS", "recipient", "PRK", "hs", "0101", "quantity", 30),
                "asserted");
        assertThat(e.roles().keySet())
                .containsExactly(
                        "supplier",
                        "recipient",
                        "item",
                        "hs",
                        "quantity",
                        "mode",
                        "kind",
                        "declared_destination",
                        "flags");
        assertThat(e.role("quantity")).isEqualTo(30);
        assertThat(e.role("kind")).isNull();
    }

    @Test
    void an_event_with_a_role_its_type_does_not_have_is_refused() {
        assertThatThrownBy(() -> transfer(Map.of("supplier", "RUS", "accuser", List.of("USA")), "asserted"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TRANSFER has no role accuser");
    }

    @Test
    void an_event_with_an_enum_value_outside_the_schema_is_refused() {
        assertThatThrownBy(() -> transfer(Map.of("mode", "pipeline"), "asserted"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mode must be one of [rail, sea, road, air]");
    }

    @Test
    void an_event_with_an_unknown_status_is_refused() {
        assertThatThrownBy(() -> transfer(Map.of("supplier", "RUS"), "confirmed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown status: confirmed");
    }

    @Test
    void an_event_of_an_unknown_type_is_refused() {
        assertThatThrownBy(() -> new Event("e1", "SMUGGLE", Map.of(), null, "asserted", List.of(), span()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown event type: SMUGGLE");
    }

    @Test
    void an_event_with_a_value_of_the_wrong_kind_is_refused() {
        assertThatThrownBy(() -> transfer(Map.of("quantity", "thirty"), "asserted"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantity must be a whole number");
        assertThatThrownBy(() -> transfer(Map.of("hs", "01.01"), "asserted"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hs must be HS digits");
    }

    private static Event transfer(Map<String, Object> roles, String status) {
        return new Event("e1", "TRANSFER", new HashMap<>(roles), "2022-11", status, List.of(), span());
    }

    private static Span span() {
        return Span.of("Moscow sent 30 horses by train.", 0, 31);
    }

    /** The event table of the contract, type to its fields in the order the table lists them. */
    private static Map<String, List<String>> contractTable() throws IOException {
        Path readme = Path.of(System.getProperty("tumen.shared", "../../shared"), "eval/events/README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Map<String, List<String>> table = new LinkedHashMap<>();
        Matcher m = TABLE_ROW.matcher(text);
        while (m.find()) {
            table.put(
                    m.group(1),
                    Arrays.stream(m.group(2).split(",")).map(String::strip).toList());
        }
        return table;
    }
}
