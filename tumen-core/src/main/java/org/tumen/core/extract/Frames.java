package org.tumen.core.extract;

import java.util.List;
import java.util.Set;
import org.tumen.core.annotate.Sentence;
import org.tumen.core.annotate.Token;

/** Reads each sentence's frame: quotes with their speakers, and reported speech ("X said that …"). */
final class Frames {
    static final Set<String> SPEECH = Set.of(
            "say",
            "tell",
            "add",
            "announce",
            "state",
            "claim",
            "insist",
            "assert",
            "confirm",
            "warn",
            "allege",
            "report",
            "note",
            "write",
            "argue",
            "declare",
            "stress",
            "reiterate",
            "maintain",
            "accuse",
            "charge");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it");

    private Frames() {}

    static Frame read(Reading r, Sentence s) {
        Frame quoted = quoteFrame(r, s);
        return quoted != null ? quoted : reportedSpeech(r, s);
    }

    /** A quote in or across this sentence, attributed by the speech verb next to it. */
    private static Frame quoteFrame(Reading r, Sentence s) {
        for (int[] q : r.quotes) {
            boolean overlaps = q[0] < s.end() && s.begin() < q[1];
            if (!overlaps || !Quotes.isSpeech(q, r.text)) continue;
            Clue speaker = speakerAround(r, q);
            if (speaker != null) return new Frame(speaker, q[0], q[1], "say", q[1], q[1]);
        }
        return null;
    }

    /** The speaker named right after a quote ("…,” said John Kirby) or right before it (Trump said: “…). */
    static Clue speakerAround(Reading r, int[] q) {
        Sentence after = sentenceAt(r, q[1] - 1);
        if (after != null) {
            Clue c = speakerNearVerb(r, after, q[1], after.end());
            if (c != null) return c;
        }
        Sentence before = sentenceAt(r, q[0]);
        if (before != null && before.begin() < q[0]) return speakerNearVerb(r, before, before.begin(), q[0]);
        return null;
    }

    private static Clue speakerNearVerb(Reading r, Sentence s, int from, int to) {
        Token verb = null;
        for (Token t : s.tokens()) {
            if (t.begin() >= from && t.end() <= to && SPEECH.contains(t.lemma()) && t.isVerb()) {
                verb = t;
                break;
            }
        }
        if (verb == null) return null;
        List<Clue> parties = r.clues.partiesIn(from, to);
        Clue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Clue c : parties) {
            int d = c.begin() >= verb.end() ? c.begin() - verb.end() : verb.begin() - c.end();
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= 80) return best;
        return pronounSpeaker(r, s, from, to);
    }

    /** "…,” he said. — the speaker is the last person named before. */
    private static Clue pronounSpeaker(Reading r, Sentence s, int from, int to) {
        for (Token t : s.tokens()) {
            if (t.begin() >= from && t.end() <= to && PRONOUNS.contains(t.lower())) {
                return r.antecedent(
                        t.begin(), null, !t.lower().equals("it") && !t.lower().equals("they"));
            }
        }
        return null;
    }

    /** "The White House announced on Wednesday that …": the subject of a verb of saying and what follows it. */
    private static Frame reportedSpeech(Reading r, Sentence s) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isVerb() || !SPEECH.contains(t.lemma())) continue;
            Segment seg = r.segmentOf(s, t);
            Clue speaker = subjectOf(r, seg, t);
            if (speaker == null) continue;
            int contentBegin = t.end();
            return new Frame(speaker, contentBegin, s.end(), t.lemma(), seg.begin(), t.end());
        }
        return Frame.NONE;
    }

    private static Clue subjectOf(Reading r, Segment seg, Token verb) {
        // "North Korean developments" is not a speaker: a country adjective speaks only as part of an organ's name
        List<Clue> before =
                r.clues.matching(seg.begin(), verb.begin(), c -> c.isParty() && !"MODIFIER".equals(c.code()));
        if (!before.isEmpty()) return before.getLast();
        for (Token t : seg.tokens()) {
            if (t.begin() >= verb.begin()) break;
            if (PRONOUNS.contains(t.lower()))
                return r.antecedent(
                        t.begin(), null, t.lower().equals("he") || t.lower().equals("she"));
        }
        return null;
    }

    private static Sentence sentenceAt(Reading r, int offset) {
        for (Sentence s : r.sentences()) if (s.begin() <= offset && offset < s.end()) return s;
        return null;
    }
}
