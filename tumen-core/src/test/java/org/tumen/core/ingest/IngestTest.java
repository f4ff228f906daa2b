package org.tumen.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.core.model.Report;

class IngestTest {
    private final Ingest ingest = new Ingest();
    private final List<InputProblem> problems = new ArrayList<>();

    @Test
    void seed_becomes_one_clean_dated_report() {
        List<Report> reports =
                ingest.reports(List.of(SharedData.seed()), problems::add).toList();

        assertThat(problems).isEmpty();
        assertThat(reports).singleElement().satisfies(seed -> {
            assertThat(seed.id()).isEqualTo("orlov-trotters");
            assertThat(seed.published()).isEqualTo(LocalDate.of(2022, 11, 6));
            assertThat(seed.text())
                    .startsWith("The Orlov Trotter is Russia’s most famous breed")
                    .doesNotContain("â", "READ MORE", "Getty", "KCNA Horses");
        });
    }

    @Test
    void problems_go_to_the_sink_and_good_reports_still_come_through(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Advertisement\n\nShare this article");
        Files.writeString(dir.resolve("b.txt"), "Railcars crossed the bridge.");
        Files.write(dir.resolve("c.txt"), new byte[] {'x', 0, 'y'});

        List<Report> reports = ingest.reports(List.of(dir, dir.resolve("missing.txt")), problems::add)
                .toList();

        assertThat(reports).extracting(Report::id).containsExactly("b");
        assertThat(problems)
                .extracting(InputProblem::message)
                .containsExactly(
                        "no text left after cleaning",
                        "binary file (NUL byte at byte offset 1)",
                        "no such file or folder");
    }

    private static final java.util.regex.Pattern FIGURE_LINE =
            java.util.regex.Pattern.compile("!\\[.*|[_*\\s]*▲.*|[_*\\s]*(?:Figure|Fig\\.|Image|Map|Chart) \\d+[:.].*");

    @Test
    void markdown_images_and_figure_captions_are_dropped() {
        List<String> lines = List.of(
                "Since this first shipment, the Angara has shuttled containers.",
                "",
                "![image04](https://i.imgur.com/ZBekepl.png)",
                "_▲ __Figure 4: The Angara loading and unloading containers in Rajin, North Korea.__ Source: Planet._",
                "",
                "Figures from the customs office show a rise.");
        assertThat(Boilerplate.remove(lines))
                .containsExactly(
                        "Since this first shipment, the Angara has shuttled containers.",
                        "",
                        "",
                        "Figures from the customs office show a rise.");
    }

    @Test
    void boilerplate_rules_drop_no_line_of_the_news_corpus_but_figures() {
        // Wire copy is hard-wrapped: lines such as "Reuters Holdings PLC's Reuters" or "Capital Cities/ABC Inc at
        // the offices of the Federal" look like credits out of context; none of them may be taken for one.
        var reader = new InputReader();
        for (String collection : List.of("news-dprk.jsonl", "news-general.jsonl")) {
            try (Stream<InputItem> items = reader.read(List.of(SharedData.corpus(collection)))) {
                items.map(RawReport.class::cast).forEach(raw -> {
                    // markdown images and figure captions of the reposted analyses are the only lines to go
                    List<String> lines = TextCleaner.normalisedLines(raw.text()).stream()
                            .filter(l -> !FIGURE_LINE.matcher(l).matches())
                            .toList();
                    assertThat(Boilerplate.remove(lines)).as(raw.id()).hasSameSizeAs(lines);
                });
            }
        }
    }

    @Test
    void cleaning_cleaned_text_changes_nothing() {
        var cleaner = new TextCleaner();
        try (Stream<Report> reports =
                ingest.reports(List.of(SharedData.corpus("news-dprk.jsonl"), SharedData.seed()), problems::add)) {
            reports.forEach(report ->
                    assertThat(cleaner.clean(report.text())).as(report.id()).isEqualTo(report.text()));
        }
        assertThat(problems).isEmpty();
    }
}
