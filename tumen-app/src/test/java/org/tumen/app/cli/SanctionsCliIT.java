package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tumen.app.cli.Cli.tumen;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4 end to end through the CLI with the real pipeline and the bundled lists: the seed's shells are an arms
 * breach with its citation in {@code show}, and a transfer by a listed company is flagged as such, its entity stored
 * with the list entry it matched.
 */
class SanctionsCliIT {
    private static final Path SEED =
            Path.of(System.getProperty("tumen.shared", "../../shared")).resolve("corpus/seed/orlov-trotters.txt");
    private static final Path KOMID = Path.of("src/test/resources/sanctions/komid-rocket-launchers.txt");

    @TempDir
    Path data;

    private Cli.Run on(Object... args) {
        Object[] argv = new Object[args.length + 2];
        argv[0] = args[0];
        argv[1] = "--data";
        argv[2] = data;
        System.arraycopy(args, 1, argv, 3, args.length - 1);
        return tumen(argv);
    }

    private List<JsonNode> transfers() {
        return on("events", "--type", "TRANSFER", "--json").succeeded().jsonLines();
    }

    private static List<JsonNode> each(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void show_prints_the_seed_shells_transfer_as_an_arms_export_breach_citing_1718() {
        on("ingest", SEED).succeeded();
        JsonNode shells = transfers().stream()
                .filter(e -> e.path("item").asText().contains("shells"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no shells transfer in " + transfers()));

        String shown = on("show", shells.get("id").asText()).succeeded().out();
        JsonNode json =
                on("show", shells.get("id").asText(), "--json").succeeded().json();

        assertThat(shown).contains("Sanctions flags (");
        String line = shown.lines()
                .filter(l -> l.strip().startsWith("UN-DPRK/arms-export"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no arms-export flag in:\n" + shown));
        assertThat(line).contains("breach").contains("1718");
        assertThat(json.get("flags").toString()).contains("UN-DPRK/arms-export");
        JsonNode arms = each(json.get("flag_details")).stream()
                .filter(f -> f.get("tag").asText().equals("UN-DPRK/arms-export"))
                .findFirst()
                .orElseThrow();
        assertThat(arms.get("severity").asText()).isEqualTo("breach");
        assertThat(arms.get("citation").asText()).contains("1718");
        assertThat(arms.get("explanation").asText()).isNotBlank();
    }

    @Test
    void a_transfer_by_komid_gets_the_listed_party_flag_and_komid_is_stored_as_listed_under_kpe_001() {
        on("ingest", "--published", "2019-03-12", KOMID).succeeded();
        JsonNode launchers = transfers().stream()
                .filter(e -> e.path("item").asText().contains("rocket launchers"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rocket launcher transfer in " + transfers()));

        JsonNode shown =
                on("show", launchers.get("id").asText(), "--json").succeeded().json();
        List<JsonNode> entities =
                on("entities", "--listed", "--json").succeeded().jsonLines();

        JsonNode listed = each(shown.get("flag_details")).stream()
                .filter(f -> f.get("tag").asText().equals("UN-DPRK/listed-party"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no listed-party flag in " + shown));
        assertThat(listed.get("explanation").asText()).contains("UN-SC KPe.001").contains("programme DPRK");
        assertThat(on("show", launchers.get("id").asText()).out()).contains("UN-DPRK/listed-party — possible");
        assertThat(entities)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("matches")).isNotEmpty());
        JsonNode komid = entities.stream()
                .filter(e -> e.get("name").asText().equals("KOMID"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("KOMID not among the listed entities: " + entities));
        JsonNode first = komid.get("matches").get(0);
        assertThat(first.get("list").asText()).isEqualTo("UN-SC");
        assertThat(first.get("reference").asText()).isEqualTo("KPe.001");
        assertThat(first.get("listed_name").asText())
                .isEqualToIgnoringCase("Korea Mining Development Trading Corporation");
        assertThat(on("entities", "--kind", "country", "--listed").succeeded().out())
                .isBlank();
    }

    @Test
    void extract_screens_with_the_lists_installed_in_its_data_folder_as_ingest_does(@TempDir Path other)
            throws Exception {
        Path report = sunriseReport(other);
        Path list = sunriseListed(other);
        Path bundledOnly = other.resolve("no-lists-installed");

        JsonNode before =
                launchers(tumen("extract", "--data", bundledOnly, "--published", "2019-03-12", report, "--json"));
        on("lists", "update", list).succeeded();
        JsonNode after = launchers(on("extract", "--published", "2019-03-12", report, "--json"));
        on("ingest", "--published", "2019-03-12", report).succeeded();
        JsonNode stored = launchers(transfers());

        assertThat(before.path("supplier").asText()).containsIgnoringCase("Korea Sunrise Trading");
        assertThat(listedTags(before)).doesNotContain("UN-DPRK/listed-party");
        assertThat(listedTags(after)).contains("UN-DPRK/listed-party");
        assertThat(after.get("flag_details").toString()).contains("UN-SC KPe.999");
        assertThat(listedTags(stored)).containsExactlyInAnyOrderElementsOf(listedTags(after));
    }

    @Test
    void a_list_update_screens_the_stored_entities_again(@TempDir Path other) throws Exception {
        on("ingest", "--published", "2019-03-12", sunriseReport(other)).succeeded();
        assertThat(sunriseMatches()).doesNotContain("UN-SC KPe.999");
        assertThat(listedTags(launchers(transfers()))).doesNotContain("UN-DPRK/listed-party");

        String updated = on("lists", "update", sunriseListed(other)).succeeded().out();

        assertThat(updated)
                .containsPattern(
                        "re-screened [1-9]\\d* entities: 0 newly listed, 0 no longer listed, 1 with other matches");
        assertThat(sunriseMatches()).contains("UN-SC KPe.999");
        assertThat(updated).contains("; 1 events with other listed-party flags");
        JsonNode launchers = launchers(transfers());
        assertThat(listedTags(launchers)).contains("UN-DPRK/listed-party");
        assertThat(launchers.get("flag_details").toString()).contains("UN-SC KPe.999");
        assertThat(on("lists", "rescreen").succeeded().out())
                .contains(": 0 newly listed, 0 no longer listed, 0 with other matches; 0 events");
    }

    /** The stored Korea Sunrise entity's matches, as list and reference. */
    private List<String> sunriseMatches() {
        return on("entities", "--json").succeeded().jsonLines().stream()
                .filter(e -> e.get("name").asText().equals("Korea Sunrise Trading Corporation"))
                .flatMap(e -> each(e.get("matches")).stream())
                .map(m -> m.get("list").asText() + " " + m.get("reference").asText())
                .toList();
    }

    /** A transfer by a company on no bundled list (the bundled SDN holds a near namesake, matched weakly). */
    private static Path sunriseReport(Path dir) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve("sunrise.txt"), """
                Pyongyang, 12 March 2019. Test fixture, not a news report.

                The Korea Sunrise Trading Corporation shipped 40 rocket launchers to Syria in February 2019, according \
                to a report by a UN panel of experts.
                """);
    }

    /** A UN list that designates that company (and holds nothing else). */
    private static Path sunriseListed(Path dir) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve("un_2026-04-01.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST dateGenerated="2026-04-01T00:00:00Z"><INDIVIDUALS/><ENTITIES><ENTITY>
                <FIRST_NAME>KOREA SUNRISE TRADING CORPORATION</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
                <REFERENCE_NUMBER>KPe.999</REFERENCE_NUMBER><LISTED_ON>2009-01-01</LISTED_ON>
                </ENTITY></ENTITIES></CONSOLIDATED_LIST>
                """);
    }

    private static List<String> listedTags(JsonNode event) {
        return each(event.path("flag_details")).stream()
                .map(f -> f.get("tag").asText())
                .filter(t -> t.endsWith("/listed-party"))
                .toList();
    }

    private static JsonNode launchers(Cli.Run extracted) {
        List<JsonNode> events = extracted.succeeded().jsonLines().stream()
                .flatMap(r -> each(r.get("events")).stream())
                .toList();
        return launchers(events);
    }

    private static JsonNode launchers(List<JsonNode> events) {
        return events.stream()
                .filter(e -> e.path("item").asText().contains("rocket launchers"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rocket launcher transfer in " + events));
    }
}
