package org.tumen.core.model;

/** A stretch of a report's cleaned text, by character offsets (end exclusive). */
public record Span(int begin, int end, String text) implements java.io.Serializable {
    public Span {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }

    public static Span of(String documentText, int begin, int end) {
        return new Span(begin, end, documentText.substring(begin, end));
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }
}
