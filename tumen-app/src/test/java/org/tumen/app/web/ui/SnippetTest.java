package org.tumen.app.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tumen.store.search.ReportDoc;
import org.tumen.store.search.SearchIndex;

class SnippetTest {
    @Test
    void marks_become_marked_parts_and_the_rest_plain_text() {
        Snippet s = Snippet.parse("a &lt;b&gt; <mark>Orlov</mark> &amp;amp; &#x27;x&#x27; &#47;");
        assertThat(s.parts())
                .containsExactly(
                        new Snippet.Part("a <b> ", false),
                        new Snippet.Part("Orlov", true),
                        new Snippet.Part(" &amp; 'x' /", false));
    }

    @Test
    void a_snippet_of_a_hostile_report_gives_back_its_literal_text(@TempDir Path dir) {
        String text = "Horses <script>alert(1)</script> crossed <img src=x onerror=\"alert(2)\"> & more";
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.index(new ReportDoc("r1", "t", null, LocalDate.of(2022, 11, 6), text));
            index.commit();
            String html = index.search("horses", 5).hits().getFirst().snippet();
            StringBuilder shown = new StringBuilder();
            Snippet.parse(html).parts().forEach(p -> shown.append(p.text()));
            assertThat(shown.toString()).isEqualTo(text);
        }
    }
}
