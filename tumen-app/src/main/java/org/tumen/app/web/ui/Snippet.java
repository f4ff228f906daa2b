package org.tumen.app.web.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A search snippet as parts to show, each marked or not. The index writes snippets as escaped HTML with
 * {@code <mark>} around matches; rather than insert that HTML as it is, the UI splits it at the marks and unescapes
 * the parts, so the template escapes them again like all other text and no markup from a report can get through.
 */
public record Snippet(List<Part> parts) {
    public record Part(String text, boolean marked) {}

    static Snippet parse(String html) {
        List<Part> parts = new ArrayList<>();
        if (html == null) return new Snippet(parts);
        int at = 0;
        while (at < html.length()) {
            int open = html.indexOf("<mark>", at);
            if (open < 0) {
                add(parts, html.substring(at), false);
                break;
            }
            add(parts, html.substring(at, open), false);
            int close = html.indexOf("</mark>", open);
            if (close < 0) close = html.length();
            add(parts, html.substring(open + 6, close), true);
            at = Math.min(html.length(), close + 7);
        }
        return new Snippet(List.copyOf(parts));
    }

    private static void add(List<Part> parts, String escaped, boolean marked) {
        if (!escaped.isEmpty()) parts.add(new Part(unescape(escaped), marked));
    }

    private static final java.util.regex.Pattern ENTITY =
            java.util.regex.Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot);");

    /**
     * Undoes Lucene's DefaultPassageFormatter escaping: the named entities it writes and numeric references, which
     * it uses for other punctuation.
     */
    static String unescape(String s) {
        return ENTITY.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(decode(m.group(1))));
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            default ->
                Character.toString(
                        entity.startsWith("#x")
                                ? Integer.parseInt(entity.substring(2), 16)
                                : Integer.parseInt(entity.substring(1)));
        };
    }
}
