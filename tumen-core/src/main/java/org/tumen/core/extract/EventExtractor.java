package org.tumen.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tumen.core.annotate.AnnotatedText;
import org.tumen.core.annotate.Sentence;
import org.tumen.core.annotate.Token;
import org.tumen.core.extract.Triggers.Trigger;
import org.tumen.core.model.Event;
import org.tumen.core.model.Report;

/**
 * The extract stage: reads events of the schema's types from an annotated report and its clues. Rules are general
 * (trigger lexicon, clause segments, reporting frames); none is keyed to a particular report's sentences.
 */
public final class EventExtractor {
    /** Verbs that name someone something in quotes: "called Zelenskyy a “dictator”", "declared the bank a “concern”". */
    private static final java.util.Set<String> NAMING = java.util.Set.of("call", "declare", "label", "term", "dub");

    public List<Event> extract(Report report, AnnotatedText annotated, Clues clues) {
        Reading reading = new Reading(annotated, clues, report.published());
        String voice = StateMediaVoice.voiceOf(report);
        if (voice != null) reading.voice = new Clue(Clue.Kind.STATE, 0, 0, voice, voice, "STATE_MEDIA");
        List<Draft> drafts = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            for (Token t : s.tokens()) drafts.addAll(at(reading, s, t));
        }
        drafts.addAll(ImpliedAccusations.from(reading, drafts));
        drafts.addAll(StateMediaVoice.accusations(reading, voice));
        List<Draft> merged = EventMerger.merge(drafts);
        List<Event> events = new ArrayList<>();
        for (Draft d : merged) events.add(d.toEvent("e" + (events.size() + 1), annotated.text()));
        return events;
    }

    private List<Draft> at(Reading reading, Sentence s, Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("again") && isActiveNext(s, t)) {
            return finish(
                    reading, s, t, StatusRule.againActive(reading, s, s.tokens().indexOf(t)), null);
        }
        Trigger trigger = Triggers.get().forLemma(lemma);
        if (Frames.SPEECH.contains(lemma)
                && t.isVerb()
                && reading.frames.get(s.index()).speechVerb() != null) {
            Site site = new Site(
                    reading,
                    s,
                    reading.segmentOf(s, t),
                    t,
                    new Trigger("DENY", lemma, null, null, null, false, java.util.Set.of()));
            List<Draft> denial = DenyRule.insistence(site);
            if (!denial.isEmpty()) return finish(reading, s, t, denial, site);
        }
        if (NAMING.contains(lemma) && t.isVerb()) {
            Site site = pseudo(reading, s, t, lemma);
            return finish(reading, s, t, AccuseRule.nameCalling(site), site);
        }
        if (lemma.equals("impose") && t.isVerb()) {
            Site site = pseudo(reading, s, t, lemma);
            return finish(reading, s, t, AccuseRule.sanctions(site), site);
        }
        if (trigger == null) return List.of();
        boolean nounUse = t.isNoun();
        if (!t.isVerb() && !(nounUse && (trigger.noun() || trigger.type().equals("STATUS_CHANGE")))) return List.of();
        if (t.isVerb() && trigger.noun()) return List.of();
        if (inCompound(s, t) && !partyCompound(reading, s, t)) return List.of();
        Site site = new Site(reading, s, reading.segmentOf(s, t), t, trigger);
        if (!trigger.requires().isEmpty() && !site.followedByAny(trigger.requires())) return List.of();
        if (!trigger.within().isEmpty() && !site.laterInSegment(trigger.within())) return List.of();
        List<Draft> found = switch (trigger.type()) {
            case "TRANSFER" -> {
                List<Draft> denial = DenyRule.negatedTransfer(site);
                yield denial.isEmpty() ? TransferRule.apply(site) : denial;
            }
            case "CROSSING" -> CrossingRule.apply(site);
            case "STATUS_CHANGE" -> StatusRule.apply(site);
            case "ACCUSE" -> AccuseRule.apply(site);
            case "DENY" -> DenyRule.apply(site);
            default -> List.of();
        };
        return finish(reading, s, t, found, site);
    }

    /** "a neither-confirmed-nor-denied meeting": a word inside a hyphenated compound states nothing. */
    private static boolean inCompound(Sentence s, Token t) {
        List<Token> ts = s.tokens();
        int i = ts.indexOf(t);
        boolean before =
                i > 0 && ts.get(i - 1).text().equals("-") && ts.get(i - 1).end() == t.begin();
        boolean after = i + 1 < ts.size()
                && ts.get(i + 1).text().equals("-")
                && ts.get(i + 1).begin() == t.end();
        // "U.S.-supplied weapons" names a supplier: a compound with a party before it still states a transfer
        return after || before;
    }

    private static boolean partyCompound(Reading r, Sentence s, Token t) {
        List<Token> ts = s.tokens();
        int i = ts.indexOf(t);
        return i > 1 && t.pos().equals("VBN") && r.clues.at(ts.get(i - 2).begin(), Clue.Kind.STATE) != null;
    }

    /** A site for a verb handled by a rule of its own rather than the trigger lexicon. */
    private static Site pseudo(Reading reading, Sentence s, Token t, String lemma) {
        Trigger trigger = new Trigger("ACCUSE", lemma, null, null, null, false, java.util.Set.of());
        return new Site(reading, s, reading.segmentOf(s, t), t, trigger);
    }

    private static boolean isActiveNext(Sentence s, Token t) {
        int i = s.tokens().indexOf(t);
        if (i + 1 >= s.tokens().size()) return false;
        String next = s.tokens().get(i + 1).lower();
        return next.equals("active") || next.equals("operational");
    }

    /** Time, stance and sources come from the trigger's place, the same for every rule. */
    private List<Draft> finish(Reading reading, Sentence s, Token t, List<Draft> found, Site site) {
        Site place = site != null ? site : new Site(reading, s, reading.segmentOf(s, t), t, null);
        if (place.hypothetical()) return List.of();
        for (Draft d : found) {
            String fromText = TimeResolver.fromText(place);
            d.datedByText = fromText != null;
            d.when = fromText != null ? fromText : TimeResolver.fallback(reading.published);
            if (!d.type.equals("DENY") || d.sources.isEmpty())
                d.status = place.lexeme == null ? "asserted" : Stance.of(place);
            if (d.type.equals("DENY") || d.type.equals("ACCUSE")) {
                if (d.status.equals("alleged")) d.status = "asserted";
            }
            if (place.frame.covers(t.begin())) d.sources.add(sourceName(place.frame.speaker()));
            d.trigger = t.begin();
            d.frameTime = TimeResolver.frameTime(place);
        }
        return found;
    }

    static String sourceName(Clue speaker) {
        return speaker.surface().replaceFirst("^(?i)the\\s+", "");
    }
}
