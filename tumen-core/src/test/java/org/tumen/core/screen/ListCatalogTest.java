package org.tumen.core.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCatalogTest {
    @TempDir
    Path data;

    @Test
    void bundled_lists_load_with_their_counts() {
        List<SanctionsList> lists = ListCatalog.forDataDir(null).lists();
        SanctionsList un = lists.getFirst();
        assertThat(un.id()).isEqualTo("UN-SC");
        assertThat(un.asOf()).isEqualTo("2026-02-27");
        assertThat(un.count(PartyType.PERSON)).isEqualTo(730);
        assertThat(un.count(PartyType.ENTITY)).isEqualTo(273);
        SanctionsList ofac = lists.get(1);
        assertThat(ofac.parties()).hasSize(14965);
        assertThat(ofac.count(PartyType.VESSEL)).isEqualTo(851);
        assertThat(ofac.notes()).anyMatch(n -> n.contains("left out"));
        ListedParty komid = ofac.parties().stream()
                .filter(p -> p.reference().equals("9345"))
                .findFirst()
                .orElseThrow();
        assertThat(komid.programmes()).containsExactly("NPWMD", "DPRK2");
    }

    @Test
    void un_records_keep_aliases_with_quality_dob_nationality_and_programme() {
        ListedParty kim = ListCatalog.forDataDir(null).lists().getFirst().parties().stream()
                .filter(p -> p.reference().equals("KPi.066"))
                .findFirst()
                .orElseThrow();
        assertThat(kim.names()).contains(new ListedName("Kim Cho’ng-sik", "good", false));
        assertThat(kim.dob()).containsExactly("1967..1969");
        assertThat(kim.nationalities()).containsExactly("Democratic People's Republic of Korea");
        assertThat(kim.programmes()).containsExactly("DPRK");
        assertThat(kim.listedOn()).hasToString("2017-12-22");
    }

    @Test
    void a_truncated_update_is_refused_and_the_old_lists_still_answer() throws Exception {
        ListCatalog catalog = ListCatalog.detached(data);
        Screener screener = new Screener(catalog);
        assertThat(screener.screen("Kim Chong-sik", null, null)).isNotEmpty();
        byte[] whole;
        try (InputStream in =
                getClass().getResourceAsStream("/org/tumen/core/screen/un_sc_consolidated_2026-02-27.xml")) {
            whole = in.readAllBytes();
        }
        Path broken = data.resolve("un_consolidated_2026-03-01.xml");
        Files.write(broken, Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> catalog.update(List.of(broken)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("un_consolidated_2026-03-01.xml")
                .hasMessageContaining("line");
        assertThat(Files.exists(data.resolve("lists").resolve(broken.getFileName())))
                .isFalse();
        assertThat(screener.screen("Kim Chong-sik", null, null)
                        .getFirst()
                        .party()
                        .reference())
                .isEqualTo("KPi.066");
    }

    @Test
    void a_malformed_sdn_row_names_the_file_and_line() {
        String csv =
                "1,\"A\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n2,\"B\",\"individual\"\r\n\u001a";
        var src = new OfacListReader.Source("sdn_bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> OfacListReader.read(null, src, null, null))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("sdn_bad.csv (line 2): expected 12 columns, found 3");
    }

    @Test
    void a_truncated_gzip_names_the_file() {
        byte[] gz = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2};
        assertThatThrownBy(() -> OfacListReader.bytes("alt_x.csv.gz", new ByteArrayInputStream(gz), true))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("alt_x.csv.gz");
    }

    @Test
    void a_valid_update_is_installed_and_preferred() throws Exception {
        ListCatalog catalog = ListCatalog.detached(data);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST dateGenerated="2026-04-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL>
                <FIRST_NAME>TEST</FIRST_NAME><SECOND_NAME>PERSON</SECOND_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
                <REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER><LISTED_ON>2026-03-30</LISTED_ON>
                </INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>
                """;
        Path file = data.resolve("un_2026-04-01.xml");
        Files.writeString(file, xml);
        assertThat(catalog.update(List.of(file))).hasSize(1);
        assertThat(catalog.lists().getFirst().asOf()).isEqualTo("2026-04-01");
        assertThat(ListCatalog.detached(data).lists().getFirst().parties()).hasSize(1);
    }
}
