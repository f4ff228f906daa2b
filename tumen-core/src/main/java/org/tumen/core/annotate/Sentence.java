package org.tumen.core.annotate;

import java.util.List;

/** A sentence of the cleaned text: its character extent and its tokens. */
public record Sentence(int index, int begin, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public String text(String documentText) {
        return documentText.substring(begin, end);
    }
}
