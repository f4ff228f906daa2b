package org.tumen.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tumen.core.annotate.Sentence;
import org.tumen.core.annotate.Token;

/** Splits a sentence into clause-like segments from its words and parts of speech alone (no parse, for speed). */
final class Segmenter {
    private static final Set<String> OPENERS = Set.of(
            "that",
            "which",
            "who",
            "whom",
            "whose",
            "whether",
            "while",
            "amid",
            "although",
            "though",
            "because",
            "whereas",
            "but",
            "when",
            "after",
            "if",
            "unless",
            "where",
            "since",
            "as");
    private static final Set<String> PUNCT_BREAKS = Set.of(";", ":", "--", "–", "—");

    private Segmenter() {}

    static List<Segment> split(Sentence sentence) {
        List<Segment> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        List<Token> current = new ArrayList<>();
        String opener = "";
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String breakWord = breakAt(tokens, i);
            if (breakWord != null && !current.isEmpty()) {
                out.add(new Segment(out.size(), current, opener));
                current = new ArrayList<>();
                opener = breakWord;
            }
            current.add(t);
        }
        if (!current.isEmpty()) out.add(new Segment(out.size(), current, opener));
        return out;
    }

    /** The word that opens a new segment at token i, or null. */
    private static String breakAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.lower();
        if (i == 0) return null;
        if (PUNCT_BREAKS.contains(w)) return w;
        if (OPENERS.contains(w) && opensClause(tokens, i)) return w;
        Token prev = tokens.get(i - 1);
        if ((w.equals("and") || w.equals("but"))
                && (prev.text().equals(",") || next(tokens, i).equals(","))) return w;
        if (w.equals("with") && next(tokens, i + 1).length() > 0 && laterGerund(tokens, i)) return w;
        if (w.equals(",")
                && prev.text().length() > 0
                && i + 1 < tokens.size()
                && tokens.get(i + 1).pos().equals("VBG")) {
            return ",";
        }
        return null;
    }

    private static boolean opensClause(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.lower();
        // "as" and "since" are prepositions as often as conjunctions; only a following verb within a few words
        // makes them open a clause. "that" as a determiner ("that year") does not open one either.
        if (w.equals("as") || w.equals("since") || w.equals("after")) return verbWithin(tokens, i + 1, 4);
        if (w.equals("that")) return !t.pos().equals("DT");
        return true;
    }

    private static boolean verbWithin(List<Token> tokens, int from, int n) {
        for (int k = from; k < Math.min(tokens.size(), from + n); k++) {
            if (tokens.get(k).pos().startsWith("VB") || tokens.get(k).pos().equals("MD")) return true;
        }
        return false;
    }

    /** "with Moscow sending …": a "with" absolute clause, its gerund within a few words. */
    private static boolean laterGerund(List<Token> tokens, int i) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 5); k++) {
            if (tokens.get(k).pos().equals("VBG")) return true;
            if (tokens.get(k).pos().startsWith("VB")) return false;
        }
        return false;
    }

    private static String next(List<Token> tokens, int i) {
        return i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
    }
}
