package org.tumen.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tumen.core.annotate.Sentence;
import org.tumen.core.annotate.Token;
import org.tumen.core.extract.Triggers.Trigger;

/**
 * One trigger in its place: the sentence, the segment and the frame around it, with the look-ups every rule needs
 * (the subject before it, the objects after it, prepositional roles).
 */
final class Site {
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she", "we", "i");
    private static final Set<String> RELATIVE = Set.of("that", "which", "who");

    final Reading reading;
    final Sentence sentence;
    final Segment segment;
    final Token trigger;
    final Trigger lexeme;
    final Frame frame;

    Site(Reading reading, Sentence sentence, Segment segment, Token trigger, Trigger lexeme) {
        this.reading = reading;
        this.sentence = sentence;
        this.segment = segment;
        this.trigger = trigger;
        this.lexeme = lexeme;
        this.frame = reading.frames.get(sentence.index());
    }

    boolean passive() {
        if (!trigger.pos().equals("VBN")) return false;
        List<Token> ts = sentence.tokens();
        int i = ts.indexOf(trigger);
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String l = ts.get(k).lemma();
            if (l.equals("be") || l.equals("get")) return true;
            if (!ts.get(k).pos().startsWith("RB")) break;
        }
        // "weapons supplied by the U.S.", "U.S.-supplied weapons", "a company accused of …"
        boolean reducedRelative = i > 0 && ts.get(i - 1).isNoun() && (followedBy("of") || followedBy("for"));
        return followedBy("by")
                || reducedRelative
                || (i > 0 && ts.get(i - 1).text().equals("-"));
    }

    boolean followedBy(String word) {
        List<Token> ts = sentence.tokens();
        int i = ts.indexOf(trigger);
        return i + 1 < ts.size() && ts.get(i + 1).lower().equals(word);
    }

    boolean followedByAny(Set<String> words) {
        List<Token> ts = sentence.tokens();
        int i = ts.indexOf(trigger);
        for (int k = i + 1; k < Math.min(ts.size(), i + 4); k++)
            if (words.contains(ts.get(k).lower())) return true;
        return false;
    }

    boolean laterInSegment(Set<String> words) {
        for (Token t : segment.tokens()) {
            if (t.begin() > trigger.begin() && words.contains(t.lower())) return true;
        }
        return false;
    }

    /** A party and the states coordinated with it ("to Syria and South Sudan"). */
    List<Clue> coordinated(Clue first) {
        List<Clue> out = new java.util.ArrayList<>(List.of(first));
        Clue last = first;
        for (Clue c : reading.clues.in(first.end(), segment.end(), Clue.Kind.STATE)) {
            String gap = reading.text.substring(last.end(), c.begin()).strip();
            if (!gap.matches("(,|and|, and|or|, or)(\\s+the)?")) break;
            out.add(c);
            last = c;
        }
        return out;
    }

    /** "a resolution that would have imposed sanctions": a counterfactual states nothing that happened. */
    boolean hypothetical() {
        List<Token> ts = sentence.tokens();
        int i = ts.indexOf(trigger);
        for (int k = i - 1; k >= Math.max(1, i - 4); k--) {
            String w = ts.get(k).lower();
            String prev = ts.get(k - 1).lower();
            if (w.equals("have") && (prev.equals("would") || prev.equals("could") || prev.equals("might"))) return true;
        }
        return false;
    }

    boolean negated() {
        List<Token> ts = sentence.tokens();
        int i = ts.indexOf(trigger);
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            String w = ts.get(k).lower();
            if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("no")) return true;
            String pos = ts.get(k).pos();
            if (!(pos.startsWith("RB") || pos.startsWith("VB") || pos.equals("MD") || pos.equals("TO"))) {
                return false;
            }
        }
        return false;
    }

    /** The party that is the trigger's subject: in its segment before it, through a relative pronoun, or a pronoun. */
    Clue subject() {
        List<Clue> before = agents(reading.clues.partiesIn(segment.begin(), trigger.begin()));
        before = withoutPrepositional(before);
        if (!before.isEmpty()) return before.getLast();
        for (Token t : segment.tokens()) {
            if (t.begin() >= trigger.begin()) break;
            if (SUBJECT_PRONOUNS.contains(t.lower())) return resolvePronoun(t, null);
        }
        if (complementClause()) return null;
        if (RELATIVE.contains(segment.opener())
                || segment.opener().equals(",")
                || segment.opener().equals("and")) {
            List<Segment> segs = reading.segments.get(sentence.index());
            if (segment.index() > 0) {
                Segment prev = segs.get(segment.index() - 1);
                List<Clue> ps = agents(reading.clues.partiesIn(prev.begin(), prev.end()));
                if (!ps.isEmpty() && !RELATIVE.contains(segment.opener())) return ps.getFirst();
                if (!ps.isEmpty()) {
                    Clue last = ps.getLast();
                    String gap = reading.text.substring(last.end(), segment.begin());
                    // "a U.N. General Assembly resolution that …": the party sits in the antecedent's noun phrase
                    String lead = reading.text
                            .substring(Math.max(0, last.begin() - 4), last.begin())
                            .toLowerCase();
                    boolean place = lead.matches(".*\\b(in|at|near)\\s+$");
                    if (!place && gap.strip().split("\\s+").length <= 2 && !gap.contains(",")) return last;
                    List<Clue> main = withoutPrepositional(reading.clues.partiesIn(
                            segs.getFirst().begin(), segs.getFirst().end()));
                    if (!main.isEmpty()) return main.getFirst();
                    return last;
                }
            }
        }
        return null;
    }

    /** "noted that Dandong Zhicheng imported …": after a verb, "that" opens a clause with a subject of its own. */
    private boolean complementClause() {
        if (!segment.opener().equals("that") || segment.index() == 0) return false;
        List<Token> prev =
                reading.segments.get(sentence.index()).get(segment.index() - 1).tokens();
        return prev.getLast().isVerb();
    }

    /** All parties before the trigger in its segment ("Trade between Russia and North Korea resumed"). */
    List<Clue> partiesBefore() {
        return agents(reading.clues.partiesIn(segment.begin(), trigger.begin()));
    }

    List<Clue> partiesAfter() {
        return agents(reading.clues.partiesIn(trigger.end(), segment.end()));
    }

    /** Parties that can act: a country adjective on another noun ("a Chinese bank") cannot. */
    static List<Clue> agents(List<Clue> parties) {
        return parties.stream().filter(c -> !"MODIFIER".equals(c.code())).toList();
    }

    /**
     * The party right after a preposition ("to Australia", "from North Korea", "by the U.S."): it must open the
     * preposition's noun phrase, so "to boost … against Ukraine" names no recipient. Within that phrase a state wins
     * over a person ("to Kim's father Kim Jong Il" is to the leader, and so to his state).
     */
    Clue after(String preposition) {
        List<Token> ts = sentence.tokens();
        for (int i = ts.indexOf(trigger) + 1; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (!segment.contains(t)) break;
            if (!t.lower().equals(preposition)) continue;
            Token next = i + 1 < ts.size() ? ts.get(i + 1) : null;
            if (next == null || next.isVerb() || next.pos().equals("MD")) continue;
            if (SUBJECT_PRONOUNS.contains(next.lower()) || next.lower().equals("them"))
                return resolvePronoun(next, null);
            int phraseEnd = nounPhraseEnd(ts, i + 1);
            List<Clue> ps = reading.clues.partiesIn(t.end(), phraseEnd);
            if (ps.isEmpty() || ps.getFirst().begin() - t.end() > 6) return null;
            for (Clue c : ps) if (c.kind() == Clue.Kind.STATE) return c;
            return ps.getFirst();
        }
        return null;
    }

    private int nounPhraseEnd(List<Token> ts, int from) {
        int end = ts.get(Math.min(from, ts.size() - 1)).end();
        for (int k = from; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (t.isVerb()
                    || t.pos().equals("MD")
                    || t.text().equals(",")
                    || t.text().equals(".")
                    || (t.pos().equals("IN") && k > from)
                    || t.pos().equals("TO")
                    || t.pos().equals("CC")) {
                break;
            }
            end = t.end();
        }
        return end;
    }

    Clue resolvePronoun(Token pronoun, String excluded) {
        String w = pronoun.lower();
        boolean first = w.equals("we") || w.equals("i") || w.equals("our") || w.equals("us");
        if (first && frame.covers(pronoun.begin())) return frame.speaker();
        if (first && reading.voice != null) return reading.voice;
        boolean person = w.equals("he") || w.equals("she");
        if (!person) {
            // "it"/"they" most often continue the sentence's subject ("the U.S. is inciting … as it is transferring"),
            // and a sentence that opens with one continues the previous sentence's subject
            Clue main = sentenceSubject(sentence, pronoun.begin(), excluded);
            if (main != null) return main;
            if (sentence.index() > 0 && pronoun.begin() - sentence.begin() < 4) {
                var previous = reading.sentences().get(sentence.index() - 1);
                Clue prev = sentenceSubject(previous, previous.end(), excluded);
                if (prev != null) return prev;
            }
        }
        return reading.antecedent(pronoun.begin(), excluded, person);
    }

    /** Parties inside "between … and …" or after "of" describe the subject rather than being it. */
    private List<Clue> withoutPrepositional(List<Clue> parties) {
        List<Clue> out = new ArrayList<>();
        for (Clue c : parties) {
            String before = reading.text
                    .substring(Math.max(0, c.begin() - 12), c.begin())
                    .toLowerCase();
            boolean absoluteWith = segment.opener().equals("with") && c.begin() - segment.begin() <= 6;
            if (!absoluteWith && before.matches(".*\\b(between|of|with|against|on|for|in|from|to|at)\\s+(the\\s+)?$")) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** The first party of a sentence that can act and is not inside a prepositional phrase: its likely subject. */
    Clue sentenceSubject(org.tumen.core.annotate.Sentence s, int before, String excluded) {
        for (Clue c : agents(reading.clues.partiesIn(s.begin(), before))) {
            String lead = reading.text
                    .substring(Math.max(s.begin(), c.begin() - 12), c.begin())
                    .toLowerCase();
            if (lead.matches(".*\\b(between|of|with|against|on|for|in|from|to|at|by|into)\\s+(the\\s+)?$")) continue;
            if (excluded == null || !excluded.equals(reading.partyValue(c))) return c;
        }
        return null;
    }

    private List<Segment> segments() {
        return reading.segments.get(sentence.index());
    }

    String sentenceText() {
        return sentence.text(reading.text);
    }

    String party(Clue c) {
        return c == null ? null : reading.partyValue(c);
    }
}
