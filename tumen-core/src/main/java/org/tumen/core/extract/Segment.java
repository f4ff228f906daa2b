package org.tumen.core.extract;

import java.util.List;
import org.tumen.core.annotate.Token;

/**
 * A clause-like stretch of a sentence: split at subordinators, relative pronouns and coordinated clauses. Rules look
 * for an event's roles inside the trigger's segment first, since a linear window that crosses a clause boundary is
 * the usual source of wrong roles when there is no parse.
 *
 * @param opener the lower-cased word that opened the segment ("that", "when", "with", …) or "" for the first
 */
public record Segment(int index, List<Token> tokens, String opener) {
    public Segment {
        tokens = List.copyOf(tokens);
    }

    public int begin() {
        return tokens.getFirst().begin();
    }

    public int end() {
        return tokens.getLast().end();
    }

    public boolean contains(Token t) {
        return t.begin() >= begin() && t.end() <= end();
    }

    /** Position of a token in this segment, or -1. */
    public int position(Token t) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).index() == t.index()) return i;
        return -1;
    }
}
