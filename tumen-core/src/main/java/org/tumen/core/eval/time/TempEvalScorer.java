package org.tumen.core.eval.time;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tumen.core.eval.time.TempEvalScore.TimexError;
import org.tumen.core.time.TimeExpression;
import org.tumen.core.time.TimeTagger;

/**
 * Scores a {@link TimeTagger} by the rules of TempEval-3 Task A: timexes inside {@code <TEXT>} only (the creation
 * date is the anchor, not a target); strict = identical extent, relaxed = overlapping extent, each gold and each
 * system timex matched at most once; type and value accuracy over the relaxed matches; micro-averaged.
 *
 * <p>The official scorer aligns by tokens after running TimeML-Normalizer; we compare character extents of the
 * tag-free text, which agrees with it except where an extent differs only by surrounding whitespace.
 */
public final class TempEvalScorer {
    private final TimeTagger tagger;

    public TempEvalScorer(TimeTagger tagger) {
        this.tagger = tagger;
    }

    public TempEvalScore score(Path dir) throws IOException {
        return score(TimeMl.readAll(dir));
    }

    public TempEvalScore score(List<TimeMlDocument> docs) {
        Tally t = new Tally();
        for (TimeMlDocument doc : docs) {
            List<TimeExpression> found = tagger.tag(doc.text(), doc.creationDate());
            score(doc, found, t);
        }
        return new TempEvalScore(docs.size(), t.gold, t.system, t.strict, t.relaxed, t.type, t.value, t.errors);
    }

    /** Scores one document's system timexes against its gold ones, adding to the tally. */
    static void score(TimeMlDocument doc, List<TimeExpression> found, Tally t) {
        List<GoldTimex> gold = doc.timexes();
        t.gold += gold.size();
        t.system += found.size();
        boolean[] used = new boolean[found.size()];
        for (GoldTimex g : gold) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < found.size(); i++) {
                if (used[i]) continue;
                TimeExpression f = found.get(i);
                int overlap = Math.min(f.end(), g.end()) - Math.max(f.begin(), g.begin());
                if (overlap <= 0
                        || doc.text()
                                .substring(Math.max(f.begin(), g.begin()), Math.min(f.end(), g.end()))
                                .isBlank()) continue;
                boolean exact = f.begin() == g.begin() && f.end() == g.end();
                if (exact) overlap = Integer.MAX_VALUE;
                if (overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                t.errors.add(new TimexError(
                        doc.id(),
                        "MISSED",
                        g.text(),
                        g.type() + " " + g.value(),
                        null,
                        context(doc.text(), g.begin(), g.end())));
                continue;
            }
            used[best] = true;
            TimeExpression f = found.get(best);
            t.relaxed++;
            if (f.begin() == g.begin() && f.end() == g.end()) t.strict++;
            if (f.type() == g.type()) t.type++;
            if (f.value().equals(g.value())) t.value++;
            if (!f.value().equals(g.value()) || f.type() != g.type()) {
                String kind = f.value().equals(g.value()) ? "TYPE" : "VALUE";
                t.errors.add(new TimexError(
                        doc.id(),
                        kind,
                        g.text() + " | " + f.text(),
                        g.type() + " " + g.value(),
                        f.type() + " " + f.value(),
                        context(doc.text(), g.begin(), g.end())));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (used[i]) continue;
            TimeExpression f = found.get(i);
            t.errors.add(new TimexError(
                    doc.id(),
                    "SPURIOUS",
                    f.text(),
                    null,
                    f.type() + " " + f.value(),
                    context(doc.text(), f.begin(), f.end())));
        }
    }

    private static String context(String text, int begin, int end) {
        String s = text.substring(Math.max(0, begin - 50), begin) + "[" + text.substring(begin, end) + "]"
                + text.substring(end, Math.min(text.length(), end + 50));
        return s.replaceAll("\\s+", " ");
    }

    /** Running counts over documents. */
    static final class Tally {
        int gold;
        int system;
        int strict;
        int relaxed;
        int type;
        int value;
        final List<TimexError> errors = new ArrayList<>();
    }
}
