package org.tumen.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExporterTest {
    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void columns_are_the_schema_roles_in_schema_order_between_the_event_and_its_assessment() {
        assertThat(CsvExporter.columns())
                .startsWith("id", "type", "label", "when", "status", "supplier", "recipient", "item", "hs")
                .endsWith(
                        "likelihood",
                        "probability",
                        "reliability",
                        "credibility",
                        "supporting",
                        "contradicting",
                        "evidence")
                .contains("from", "to", "place", "denier", "about")
                .doesNotHaveDuplicates();
    }

    @Test
    void each_fused_event_is_a_row_with_its_roles_and_assessment() throws IOException {
        String csv = new CsvExporter().toString(Fixtures.seed());
        assertThat(csv).startsWith("id,type,label,when,status,supplier,");
        assertThat(csv).contains("\r\n");
        List<CSVRecord> rows = parse(csv);
        assertThat(rows)
                .extracting(r -> r.get("id"))
                .containsExactly("ev-crossing", "ev-deny", "ev-horses", "ev-shells");
        CSVRecord shells = rows.get(3);
        assertThat(shells.get("supplier")).isEqualTo("PRK");
        assertThat(shells.get("declared_destination")).isEqualTo("Middle East; North Africa");
        assertThat(shells.get("status")).isEqualTo("alleged");
        assertThat(shells.get("likelihood")).isEqualTo("roughly even chance");
        assertThat(shells.get("supporting")).isEqualTo("1");
        assertThat(shells.get("contradicting")).isEqualTo("1");
        assertThat(shells.get("evidence").split("\n")).hasSize(3);
        CSVRecord horses = rows.get(2);
        assertThat(horses.get("quantity")).isEqualTo("30");
        assertThat(horses.get("place")).isEmpty();
        CSVRecord deny = rows.get(1);
        assertThat(deny.get("denier")).isEqualTo("PRK");
        assertThat(deny.get("likelihood")).isEmpty();
        assertThat(deny.get("supporting")).isEqualTo("1");
    }

    @Test
    void a_re_export_is_identical() {
        assertThat(new CsvExporter().toString(Fixtures.seed())).isEqualTo(new CsvExporter().toString(Fixtures.seed()));
    }

    @Test
    void hostile_text_round_trips_and_formulas_are_defused() throws IOException {
        String evil = "He said \"ship it\", then,\r\nleft <script>alert(1)</script>";
        List<CSVRecord> rows = parse(new CsvExporter().toString(Fixtures.bundle("Evil, \"Inc\"", evil)));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2).get("evidence")).isEqualTo("Evil, \"Inc\": " + evil);

        List<CSVRecord> formula = parse(new CsvExporter().toString(Fixtures.bundle("=HYPERLINK(\"x\")", "x")));
        assertThat(formula.get(2).get("evidence")).isEqualTo("'=HYPERLINK(\"x\"): x");
    }
}
