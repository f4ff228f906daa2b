package org.tumen.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tumen.core.annotate.Token;

/**
 * CROSSING: a vehicle or cargo crosses a border or reaches a crossing point. A crossing needs a vehicle and a border
 * to cross ("the border", "into North Korea", a known crossing point); "crossed the line" in a speech is not one.
 */
final class CrossingRule {
    private static final Pattern IMAGERY = Pattern.compile("(?i)\\b(satellite|imagery|images|photos?|photographs?)\\b");
    private static final Pattern BORDER =
            Pattern.compile("(?i)^\\W*(\\S+\\s+){0,3}(border|frontier|bridge|river|boundary|strait|checkpoint)");

    private CrossingRule() {}

    static List<Draft> apply(Site site) {
        if (site.negated() || site.trigger.isNoun()) return List.of();
        if (!site.lexeme.requires().isEmpty() && !nextWordsContain(site, site.lexeme.requires(), 3)) return List.of();
        Reading r = site.reading;
        Clue vehicle = vehicle(site);
        if (vehicle == null) return List.of();
        Clue to = TransferRule.firstNonNull(site.after("into"), site.after("to"), placeAfter(site, "to"));
        Clue from = TransferRule.firstNonNull(site.after("from"), placeAfter(site, "from"));
        String after = r.text.substring(site.trigger.end(), Math.min(site.segment.end() + 1, r.text.length()));
        boolean border = BORDER.matcher(after).find()
                || to != null
                || !r.clues
                        .in(site.trigger.end(), site.segment.end(), Clue.Kind.PLACE)
                        .isEmpty();
        if (!border) return List.of();
        String toParty = site.party(to);
        String fromParty = site.party(from);
        if (toParty != null && fromParty == null) fromParty = TransferRule.otherState(site, toParty);
        Clue goods = carried(site);
        Draft d = new Draft("CROSSING", site.sentence.index())
                .role("vehicle", vehicle.surface())
                .role("item", goods == null ? null : goods.surface())
                .role("from", fromParty)
                .role("to", toParty)
                .role("place", place(site))
                .role("basis", basis(site));
        int begin = Math.min(vehicle.begin(), site.trigger.begin());
        int end =
                Math.max(site.trigger.end(), goods != null ? goods.end() : to != null ? to.end() : site.trigger.end());
        d.evidence(Math.max(begin, startOfNounPhrase(site, vehicle)), Math.min(end, site.sentence.end()));
        return List.of(d);
    }

    /** "from the port of Rajin": a known crossing point or port stands for the one country it lies in. */
    private static Clue placeAfter(Site site, String preposition) {
        List<Token> ts = site.sentence.tokens();
        for (int i = ts.indexOf(site.trigger) + 1; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (!site.segment.contains(t)) break;
            if (!t.lower().equals(preposition)) continue;
            List<Clue> places =
                    site.reading.clues.in(t.end(), Math.min(site.segment.end(), t.end() + 40), Clue.Kind.PLACE);
            if (places.isEmpty()) return null;
            Clue p = places.getFirst();
            var point = org.tumen.core.recognise.DomainRecognizer.defaults()
                    .crossings()
                    .byId(p.code());
            if (point.isEmpty() || point.get().countries().size() != 1) return null;
            String iso = point.get().countries().getFirst();
            return new Clue(Clue.Kind.STATE, p.begin(), p.end(), p.surface(), iso, "PLACE");
        }
        return null;
    }

    private static Clue vehicle(Site site) {
        Reading r = site.reading;
        int from = Math.max(site.sentence.begin(), site.segment.begin() - 60);
        List<Clue> before = r.clues.in(from, site.trigger.begin(), Clue.Kind.VEHICLE);
        if (!before.isEmpty()) return before.getLast();
        return null;
    }

    private static Clue carried(Site site) {
        List<Clue> goods = site.reading.clues.in(site.trigger.end(), site.segment.end(), Clue.Kind.GOODS);
        return goods.isEmpty() ? null : goods.getFirst();
    }

    private static String place(Site site) {
        List<Clue> places = site.reading.clues.in(site.sentence.begin(), site.sentence.end(), Clue.Kind.PLACE);
        return places.isEmpty() ? null : places.getFirst().value();
    }

    /** Imagery when the sentence rests on pictures; official when a government says so; otherwise a report. */
    static String basis(Site site) {
        if (IMAGERY.matcher(site.sentenceText()).find()) return "imagery";
        Clue speaker = site.frame.speaker();
        if (speaker != null && speaker.kind() == Clue.Kind.STATE) return "official";
        return "report";
    }

    private static boolean nextWordsContain(Site site, java.util.Set<String> words, int n) {
        List<Token> ts = site.sentence.tokens();
        int i = ts.indexOf(site.trigger);
        for (int k = i + 1; k < Math.min(ts.size(), i + 1 + n); k++) {
            if (words.contains(ts.get(k).lower())) return true;
        }
        return false;
    }

    /** "a three-car set of enclosed railcars": the evidence starts where the vehicle's noun phrase does. */
    private static int startOfNounPhrase(Site site, Clue vehicle) {
        List<Token> ts = site.sentence.tokens();
        int k = 0;
        while (k < ts.size() && ts.get(k).begin() < vehicle.begin()) k++;
        int start = vehicle.begin();
        for (int j = k - 1; j >= 0; j--) {
            Token t = ts.get(j);
            String pos = t.pos();
            boolean np = pos.equals("DT")
                    || pos.startsWith("JJ")
                    || pos.equals("CD")
                    || pos.startsWith("NN")
                    || pos.equals("IN") && t.lower().equals("of")
                    || t.text().equals("-")
                    || pos.equals("VBN");
            if (!np) break;
            start = t.begin();
        }
        return start;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
