package org.tumen.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tumen.core.model.EntityRef;
import org.tumen.core.model.Event;
import org.tumen.core.model.Extraction;
import org.tumen.core.model.Report;
import org.tumen.core.model.Span;
import org.tumen.core.rules.SanctionsChecker;

/** The event contract's {@code flags} carries tags; {@code flag_details} carries the explanation beside them. */
class ExtractionJsonFlagsTest {

    @Test
    void a_flagged_transfer_carries_its_tags_and_the_details_with_citation_and_explanation() {
        String text = "Pyongyang has been covertly supplying it with artillery shells.";
        Report report = new Report("seed", "seed.txt", null, null, LocalDate.of(2022, 11, 6), text);
        Map<String, Object> roles = new HashMap<>();
        roles.put("supplier", "PRK");
        roles.put("recipient", "RUS");
        roles.put("item", "artillery shells");
        roles.put("hs", "9306");
        Event shells = new Event("e3", "TRANSFER", roles, null, "alleged", List.of(), Span.of(text, 0, 10));
        SanctionsChecker.Checked checked = new SanctionsChecker().apply(report, List.of(shells));

        JsonNode event = ExtractionJson.toJson(
                        new Extraction(report, checked.events(), List.<EntityRef>of(), 9, checked.flags()))
                .get("events")
                .get(0);

        assertThat(event.get("flags").toString()).isEqualTo("[\"UN-DPRK/arms-export\"]");
        JsonNode first = event.get("flag_details").get(0);
        assertThat(first.get("tag").asText()).isEqualTo("UN-DPRK/arms-export");
        assertThat(first.get("severity").asText()).isEqualTo("breach");
        assertThat(first.get("citation").asText())
                .contains("1718 (2006) para 8(b)")
                .contains("1874 (2009) para 9");
        assertThat(first.get("explanation").asText()).endsWith(".");
    }

    @Test
    void an_unchecked_extraction_writes_no_flag_details() {
        Report report = new Report("r", "r.txt", null, null, null, "text");
        Map<String, Object> roles = new HashMap<>();
        roles.put("supplier", "USA");
        roles.put("recipient", "AUS");
        roles.put("item", "weapons");
        Event e = new Event("e1", "TRANSFER", roles, null, "asserted", List.of(), Span.of("text", 0, 4));

        JsonNode event = ExtractionJson.toJson(new Extraction(report, List.of(e), List.of(), 1))
                .get("events")
                .get(0);
        assertThat(event.has("flag_details")).isFalse();
    }
}
