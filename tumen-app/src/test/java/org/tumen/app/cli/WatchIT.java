package org.tumen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tumen.app.cli.Cli.tumen;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code tumen watch}, {@code alerts} and {@code alerts feed} end to end, with the real pipeline. */
class WatchIT {
    private static final Path WIRE = Path.of("../tumen-core/src/test/resources/fuse/wire-horse-train.txt");
    private static final Path REPOST = Path.of("../tumen-core/src/test/resources/fuse/repost-horse-train.txt");

    @TempDir
    Path dir;

    @Test
    void watches_are_added_listed_and_removed_and_bad_ones_refused() {
        tumen("watch", "add", "tk", "--data", dir, "--place", "Tumangang", "--min-likelihood", "likely")
                .succeeded();
        tumen("watch", "add", "arms", "--data", dir, "--goods", "93", "--party", "PRK")
                .succeeded();

        assertThat(tumen("watch", "add", "tk", "--data", dir)
                        .failedWithoutTrace()
                        .err())
                .contains("a watch named tk exists");
        assertThat(tumen("watch", "add", "x", "--data", dir, "--goods", "arms")
                        .failedWithoutTrace()
                        .err())
                .contains("HS prefix");
        assertThat(tumen("watch", "add", "x", "--data", dir, "--min-likelihood", "maybe")
                        .failedWithoutTrace()
                        .err())
                .contains("roughly even chance");
        assertThat(tumen("watch", "list", "--data", dir)
                        .succeeded()
                        .out()
                        .lines()
                        .toList())
                .containsExactly("arms\tparty PRK, goods HS 93*", "tk\tplace Tumangang, at least likely");
        tumen("watch", "rm", "arms", "--data", dir).succeeded();
        assertThat(tumen("watch", "rm", "arms", "--data", dir)
                        .failedWithoutTrace()
                        .err())
                .contains("no watch named arms");
        assertThat(tumen("watch", "list", "--data", dir).succeeded().out()).doesNotContain("arms");
    }

    @Test
    void alerts_are_raised_at_ingest_once_and_shown_as_lines_json_and_atom() throws Exception {
        tumen("watch", "add", "all", "--data", dir).succeeded();
        tumen("ingest", "--data", dir, WIRE).succeeded();
        tumen("ingest", "--data", dir, WIRE).succeeded();

        List<JsonNode> alerts =
                tumen("alerts", "--data", dir, "--json").succeeded().jsonLines();
        // the wire story's horse transfer is new, and the sanctions rules flag it (luxury goods)
        assertThat(alerts).extracting(a -> a.get("kind").asText()).contains("new-event", "flag");
        assertThat(alerts).allSatisfy(a -> {
            assertThat(a.get("kind").asText()).isIn("new-event", "flag");
            assertThat(a.get("watch").asText()).isEqualTo("all");
            assertThat(a.get("reason").asText()).endsWith(".");
        });
        assertThat(alerts.stream().map(a -> a.get("id").asText())).doesNotHaveDuplicates();

        // a second report of the same happening changes its assessment: one alert per changed event, not new ones
        tumen("ingest", "--data", dir, REPOST).succeeded();
        List<JsonNode> after =
                tumen("alerts", "--data", dir, "--json").succeeded().jsonLines();
        assertThat(after.subList(0, alerts.size())).isEqualTo(alerts);
        assertThat(after.subList(alerts.size(), after.size()))
                .allSatisfy(a -> assertThat(a.get("kind").asText()).isIn("new-event", "assessment-change"));

        assertThat(tumen("alerts", "--data", dir, "--since", "2999-01-01")
                        .succeeded()
                        .out())
                .isEmpty();
        assertThat(tumen("alerts", "--data", dir, "--since", "soon")
                        .failedWithoutTrace()
                        .err())
                .contains("neither a date");
        assertThat(tumen("alerts", "--data", dir).succeeded().out().lines()).hasSize(after.size());

        Path out = dir.resolve("alerts.xml");
        tumen("alerts", "feed", "--data", dir, "--out", out).succeeded();
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        Document atom = f.newDocumentBuilder().parse(Files.newInputStream(out));
        assertThat(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                        .getLength())
                .isEqualTo(after.size());
    }
}
