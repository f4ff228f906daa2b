package org.tumen.app.web.ui;

import java.util.List;

/**
 * A report's text cut at an evidence span, so that the template marks the middle part; all three parts are escaped
 * like any other text. Offsets are the stored evidence offsets, which point into the cleaned text the store holds.
 */
public record Highlight(String before, String marked, String after) {
    /** The whole text unmarked when the span is missing or does not fit the text. */
    static Highlight of(String text, Integer begin, Integer end) {
        if (begin == null || end == null || begin < 0 || end > text.length() || begin >= end)
            return new Highlight(text, "", "");
        return new Highlight(text.substring(0, begin), text.substring(begin, end), text.substring(end));
    }

    /** Parses {@code start-end} as given in {@code ?highlight=}; null when absent or malformed. */
    static int[] range(String param) {
        if (param == null || !param.matches("\\d{1,9}-\\d{1,9}")) return null;
        List<Integer> parts =
                java.util.Arrays.stream(param.split("-")).map(Integer::valueOf).toList();
        return new int[] {parts.get(0), parts.get(1)};
    }

    public boolean hasMark() {
        return !marked.isEmpty();
    }
}
