package org.tumen.app.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tumen.core.model.Span;

class HighlightTest {
    @Test
    void the_marked_part_is_the_span_of_the_text() {
        Highlight h = Highlight.of("one two three", 4, 7);
        assertThat(h).isEqualTo(new Highlight("one ", "two", " three"));
    }

    @Test
    void a_span_outside_the_text_marks_nothing() {
        assertThat(Highlight.of("short", 3, 99).hasMark()).isFalse();
        assertThat(Highlight.range("12-x")).isNull();
        assertThat(Highlight.range("3-9")).containsExactly(3, 9);
    }

    @Test
    void evidence_whose_offsets_drifted_is_found_by_its_text() {
        String text = "Alpha. Moscow sent horses. Omega.";
        assertThat(Evidence.locate(text, new Span(7, 26, "Moscow sent horses.")))
                .containsExactly(7, 26);
        assertThat(Evidence.locate(text, new Span(5, 24, "Moscow sent horses.")))
                .containsExactly(7, 26);
        assertThat(Evidence.locate(text, new Span(0, 3, "absent"))).isNull();
    }
}
