package org.tumen.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tumen.core.annotate.Sentence;
import org.tumen.core.annotate.Token;
import org.tumen.core.model.Report;

/**
 * A state news agency's commentary speaks for its state: when KCNA writes in its own voice that another state
 * "committed an inhuman crime", the DPRK accuses that state. Only sentences in the agency's own voice (not quotes,
 * not reported speech) whose subject is another state and which carry a word of blame count; one accusation per
 * accused state and report after merging.
 */
final class StateMediaVoice {
    private static final Map<String, String> AGENCIES = Map.of(
            "KCNA", "PRK", "Korean Central News Agency", "PRK", "Rodong Sinmun", "PRK", "TASS", "RUS", "Xinhua", "CHN");
    private static final Pattern DATELINE_AGENCY = Pattern.compile("^\\s*[^\\n]{0,60}?\\((KCNA|TASS|Xinhua)\\)");
    private static final Set<String> BLAME = Set.of(
            "crime",
            "criminal",
            "atrocity",
            "massacre",
            "murder",
            "murderer",
            "aggression",
            "aggressor",
            "provocation",
            "provocative",
            "hostile",
            "reckless",
            "hysteria",
            "gangster",
            "puppet",
            "brigandish",
            "imperialist",
            "confrontational",
            "instigate",
            "instigator",
            "hegemony",
            "hegemonic",
            "terrorist",
            "terrorism",
            "plot",
            "scheme",
            "threaten",
            "threat",
            "menace",
            "warmonger",
            "hoodwink",
            "betray",
            "incite",
            "despicable");

    private StateMediaVoice() {}

    static String voiceOf(Report report) {
        if (report.outlet() != null) {
            for (var e : AGENCIES.entrySet()) if (report.outlet().contains(e.getKey())) return e.getValue();
        }
        Matcher m = DATELINE_AGENCY.matcher(report.text());
        return m.find() ? AGENCIES.get(m.group(1)) : null;
    }

    static List<Draft> accusations(Reading r, String voice) {
        List<Draft> out = new ArrayList<>();
        if (voice == null) return out;
        for (Sentence s : r.sentences()) {
            Frame f = r.frames.get(s.index());
            if (f.speaker() != null || !blames(s) || insideQuote(r, s)) continue;
            Segment first = r.segments.get(s.index()).getFirst();
            List<Clue> subjects = Site.agents(r.clues.partiesIn(first.begin(), first.end()));
            Clue subject = subjects.isEmpty() ? null : subjects.getFirst();
            if (subject == null || !before(s, subject, 10)) continue;
            String accused = r.partyValue(subject);
            if (accused.equals(voice)) continue;
            Draft d = new Draft("ACCUSE", s.index())
                    .role("accuser", List.of(voice))
                    .role("accused", List.of(accused))
                    .role("about", s.text(r.text).strip());
            d.when = TimeResolver.fallback(r.published);
            d.trigger = subject.begin();
            out.add(d.evidence(s.begin(), s.end()));
        }
        return out;
    }

    private static boolean blames(Sentence s) {
        for (Token t : s.tokens()) {
            if (BLAME.contains(t.lemma().toLowerCase(Locale.ROOT)) || BLAME.contains(t.lower())) return true;
        }
        return false;
    }

    /** The subject comes early: within the first few words of the sentence. */
    private static boolean before(Sentence s, Clue subject, int words) {
        int n = 0;
        for (Token t : s.tokens()) {
            if (t.begin() >= subject.begin()) return true;
            if (++n > words) return false;
        }
        return false;
    }

    private static boolean insideQuote(Reading r, Sentence s) {
        int[] q = r.quoteAt(s.begin() + 1);
        return q != null && Quotes.isSpeech(q, r.text);
    }
}
