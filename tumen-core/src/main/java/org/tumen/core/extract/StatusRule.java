package org.tumen.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tumen.core.annotate.Token;

/**
 * STATUS_CHANGE: a facility or an activity is closed, suspended, reopened, resumed or built. The subject must be
 * something a monitor watches (trade, a bridge, a port, aid; {@code subjects} in triggers.yaml), so "resumed their
 * friendship" is not an event. Transitive uses take the object as subject and the grammatical subject as actor
 * ("Pyongyang closed the bridge"); intransitive ones take the subject ("Trade between Russia and North Korea
 * resumed") and its parties as actors.
 */
final class StatusRule {
    private static final Set<String> PARTICLES = Set.of("down", "up", "off", "back");
    private static final Set<String> NP_POS =
            Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH", "VBG");

    private StatusRule() {}

    static List<Draft> apply(Site site) {
        if (site.negated()) return List.of();
        String state = site.lexeme.state();
        List<Token> ts = site.sentence.tokens();
        int i = ts.indexOf(site.trigger);
        if (site.trigger.isNoun()) return nominal(site, ts, i, state);
        if (!site.trigger.isVerb()) return List.of();
        boolean passive = site.passive();
        List<Token> object = passive ? List.of() : objectAfter(ts, skipParticles(ts, i + 1), site.segment);
        if (watched(object)) {
            List<String> actors = actors(site, site.partiesBefore());
            if (actors.isEmpty() && site.subject() != null) actors = List.of(site.party(site.subject()));
            return List.of(draft(
                    site,
                    state,
                    object,
                    actors,
                    site.trigger.begin(),
                    object.getLast().end()));
        }
        List<Token> subject = subjectPhrase(site, ts, i);
        if (!watched(subject)) return List.of();
        List<String> actors = actors(
                site,
                site.reading.clues.partiesIn(
                        subject.getFirst().begin(), subject.getLast().end()));
        if (passive) {
            Clue by = site.after("by");
            actors = by == null ? List.of() : List.of(site.party(by));
        }
        return List.of(draft(site, state, subject, actors, subject.getFirst().begin(), site.trigger.end()));
    }

    /** "a temporary pause in all US military aid": the noun's "in"/"of" phrase is the subject. */
    private static List<Draft> nominal(Site site, List<Token> ts, int i, String state) {
        if (i + 1 >= ts.size()
                || !Set.of("in", "of", "to").contains(ts.get(i + 1).lower())) return List.of();
        List<Token> np = nounPhraseAfter(ts, i + 2, site.segment);
        if (!watched(np)) return List.of();
        List<String> actors = actors(
                site,
                site.reading.clues.partiesIn(np.getFirst().begin(), np.getLast().end()));
        return List.of(draft(
                site, state, np, actors, site.trigger.begin(), np.getLast().end()));
    }

    /** "once again active": a resumption stated with an adjective. */
    static List<Draft> againActive(Reading r, org.tumen.core.annotate.Sentence s, int i) {
        List<Token> ts = s.tokens();
        int be = i - 1;
        while (be >= 0 && (ts.get(be).pos().startsWith("RB"))) be--;
        if (be < 0 || !ts.get(be).lemma().equals("be")) return List.of();
        List<Token> subject = new ArrayList<>();
        int start = be - 1;
        for (int k = be - 1; k >= Math.max(0, be - 10); k--) {
            if (ts.get(k).lower().equals("that") || ts.get(k).lower().equals("which")) {
                start = k - 1; // "networks that previously supplied military equipment are once again active"
                break;
            }
        }
        for (int k = start; k >= 0; k--) {
            Token t = ts.get(k);
            if (!NP_POS.contains(t.pos()) && !t.lower().equals("of")) break;
            subject.addFirst(t);
        }
        if (subject.isEmpty() || !watched(subject)) return List.of();
        Draft d = new Draft("STATUS_CHANGE", s.index());
        List<String> actors = new ArrayList<>();
        for (Clue c :
                r.clues.partiesIn(subject.getFirst().begin(), subject.getLast().end())) actors.add(r.partyValue(c));
        d.role("actor", actors.isEmpty() ? null : actors)
                .role("subject", text(r.text, subject))
                .role("state", "resumed");
        return List.of(d.evidence(
                subject.getFirst().begin(),
                ts.get(Math.min(ts.size() - 1, i + 1)).end()));
    }

    private static Draft draft(Site site, String state, List<Token> subject, List<String> actors, int begin, int end) {
        Reading r = site.reading;
        Draft d = new Draft("STATUS_CHANGE", site.sentence.index())
                .role("actor", actors.isEmpty() ? null : actors)
                .role("subject", text(r.text, subject))
                .role("state", state);
        List<Clue> places =
                r.clues.in(subject.getFirst().begin(), subject.getLast().end(), Clue.Kind.PLACE);
        if (!places.isEmpty()) d.role("place", places.getFirst().value());
        int b = Math.min(
                begin,
                site.partiesBefore().isEmpty()
                        ? begin
                        : site.partiesBefore().getFirst().begin());
        return d.evidence(Math.max(b, site.segment.begin()), Math.min(end, site.sentence.end()));
    }

    private static List<String> actors(Site site, List<Clue> parties) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Clue c : parties) if (c.kind() == Clue.Kind.STATE) out.add(site.party(c));
        return new ArrayList<>(out);
    }

    private static boolean watched(List<Token> phrase) {
        for (Token t : phrase) {
            if (Triggers.get().isStatusSubject(t.lower())
                    || Triggers.get().isStatusSubject(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "built on an extensive scale facilities for …": the object may come after one prepositional phrase. */
    private static List<Token> objectAfter(List<Token> ts, int k, Segment seg) {
        List<Token> np = nounPhraseAfter(ts, k, seg);
        if (!np.isEmpty() || k >= ts.size() || !ts.get(k).pos().equals("IN")) return np;
        List<Token> pp = nounPhraseAfter(ts, k + 1, seg);
        if (pp.isEmpty()) return np;
        String preposition = ts.get(k).lower();
        if (watched(pp) && (preposition.equals("on") || preposition.equals("at"))) return pp;
        int after = ts.indexOf(pp.getLast()) + 1;
        return nounPhraseAfter(ts, after, seg);
    }

    private static int skipParticles(List<Token> ts, int k) {
        while (k < ts.size() && PARTICLES.contains(ts.get(k).lower())) k++;
        return k;
    }

    private static List<Token> nounPhraseAfter(List<Token> ts, int k, Segment seg) {
        List<Token> np = new ArrayList<>();
        for (int j = k; j < ts.size() && seg.contains(ts.get(j)); j++) {
            Token t = ts.get(j);
            boolean coordination = t.pos().equals("CC")
                    && j + 1 < ts.size()
                    && NP_POS.contains(ts.get(j + 1).pos())
                    && !np.isEmpty();
            if (!NP_POS.contains(t.pos()) && !t.text().equals("-") && !coordination) break;
            np.add(t);
        }
        while (!np.isEmpty() && !np.getLast().isNoun()) np.removeLast();
        return np;
    }

    /** The stretch before an intransitive trigger: from its clause's start, or the antecedent of "which was shut". */
    private static List<Token> subjectPhrase(Site site, List<Token> ts, int i) {
        List<Token> out = new ArrayList<>();
        for (Token t : site.segment.tokens()) {
            if (t.begin() >= site.trigger.begin()) break;
            if (Set.of("that", "which", "who").contains(t.lower()) && out.isEmpty()) continue;
            out.add(t);
        }
        boolean onlyAuxiliaries = out.stream()
                .allMatch(t -> t.pos().startsWith("VB")
                        || t.pos().startsWith("RB")
                        || t.pos().equals("MD"));
        if (onlyAuxiliaries && site.segment.index() > 0) {
            Segment prev = site.reading.segments.get(site.sentence.index()).get(site.segment.index() - 1);
            List<Token> np = new ArrayList<>();
            for (int j = prev.tokens().size() - 1; j >= 0; j--) {
                Token t = prev.tokens().get(j);
                if (t.text().equals("-") || t.text().equals(",")) {
                    if (np.isEmpty()) continue;
                    break;
                }
                if (!NP_POS.contains(t.pos())) break;
                np.addFirst(t);
            }
            return np;
        }
        // the noun phrase right before the verb, with its "between … and …" or "of …" complement
        List<Token> np = new ArrayList<>();
        int k = out.size() - 1;
        while (k >= 0
                && (out.get(k).pos().startsWith("VB")
                        || out.get(k).pos().startsWith("RB")
                        || out.get(k).pos().equals("MD"))) k--;
        for (; k >= 0; k--) {
            Token t = out.get(k);
            boolean inner = t.pos().equals("CC")
                    || t.lower().equals("between")
                    || t.lower().equals("of");
            if (!NP_POS.contains(t.pos()) && !inner) break;
            np.addFirst(t);
        }
        while (!np.isEmpty() && !NP_POS.contains(np.getFirst().pos())) np.removeFirst();
        if (np.isEmpty() || !np.getLast().isNoun()) return List.of();
        return np.size() > 12 ? np.subList(np.size() - 12, np.size()) : np;
    }

    static String text(String doc, List<Token> tokens) {
        if (tokens.isEmpty()) return "";
        String s = doc.substring(tokens.getFirst().begin(), tokens.getLast().end());
        return s.replaceFirst("(?i)^(the|a|an)\\s+", "");
    }
}
