package org.tumen.core.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tumen.core.annotate.AnnotatedText;
import org.tumen.core.annotate.Sentence;
import org.tumen.core.annotate.Token;

/**
 * Everything the event rules read about one report: its annotated sentences, their segments and frames, the clues
 * found in it, quotes and who said them.
 */
final class Reading {
    final String text;
    final LocalDate published;
    final AnnotatedText annotated;
    final Clues clues;
    final List<List<Segment>> segments = new ArrayList<>();
    final List<Frame> frames = new ArrayList<>();
    final List<int[]> quotes;
    final Map<String, Clue> affiliation = new HashMap<>();
    /** The state a state news agency's report speaks for ("we" in a KCNA statement), or null. */
    Clue voice;

    Reading(AnnotatedText annotated, Clues clues, LocalDate published) {
        this.text = annotated.text();
        this.published = published;
        this.annotated = annotated;
        this.clues = clues;
        this.quotes = Quotes.regions(text);
        Affiliations.collect(this);
        for (Sentence s : annotated.sentences()) {
            segments.add(Segmenter.split(s));
        }
        for (Sentence s : annotated.sentences()) {
            frames.add(Frames.read(this, s));
        }
    }

    List<Sentence> sentences() {
        return annotated.sentences();
    }

    Segment segmentOf(Sentence s, Token t) {
        for (Segment seg : segments.get(s.index())) if (seg.contains(t)) return seg;
        return segments.get(s.index()).getLast();
    }

    int[] quoteAt(int offset) {
        for (int[] q : quotes) if (q[0] <= offset && offset < q[1]) return q;
        return null;
    }

    /** The party a clue stands for: a state's code, a person's state when known, else the name. */
    String partyValue(Clue c) {
        if (c.kind() == Clue.Kind.STATE) return c.value();
        Clue state = affiliation.get(c.value());
        return state != null ? state.value() : c.value();
    }

    /** The nearest party mentioned before an offset, other than the excluded value (for "it", "they", "he"). */
    Clue antecedent(int offset, String excluded, boolean personOnly) {
        Clue best = null;
        for (Clue c : clues.all()) {
            if (c.end() > offset) break;
            if (!c.isParty()) continue;
            if (personOnly && (c.kind() != Clue.Kind.NAMED || !"PERSON".equals(c.code()))) continue;
            if (excluded != null && excluded.equals(partyValue(c))) continue;
            best = c;
        }
        return best;
    }

    String paragraphText(int offset) {
        int start = text.lastIndexOf("\n\n", offset);
        int end = text.indexOf("\n\n", offset);
        return text.substring(start < 0 ? 0 : start, end < 0 ? text.length() : end);
    }
}
