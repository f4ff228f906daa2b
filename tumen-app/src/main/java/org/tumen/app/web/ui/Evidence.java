package org.tumen.app.web.ui;

import org.tumen.core.model.Span;

/** Where an evidence span lies in the text the store holds for its report. */
final class Evidence {
    private Evidence() {}

    /**
     * The stored offsets when the text there is the evidence; otherwise the nearest occurrence of the evidence text
     * (a safeguard: offsets and text come from the same cleaned text, but a mark on the wrong words would mislead);
     * null when the text does not contain it.
     */
    static int[] locate(String text, Span span) {
        int b = span.begin();
        int e = span.end();
        if (b >= 0 && e <= text.length() && b < e && text.substring(b, e).equals(span.text())) return new int[] {b, e};
        if (span.text() == null || span.text().isEmpty()) return null;
        int after = text.indexOf(span.text(), Math.max(0, Math.min(b, text.length())));
        int before = text.lastIndexOf(span.text(), Math.max(0, b));
        int at = after < 0 ? before : before < 0 ? after : (after - b <= b - before ? after : before);
        return at < 0 ? null : new int[] {at, at + span.text().length()};
    }
}
