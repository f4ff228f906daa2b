package org.tumen.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.tumen.core.annotate.Token;

/**
 * TRANSFER: goods move from a supplier to a recipient. The trigger's lexicon entry says whether its subject is the
 * supplier ("Moscow sent horses") or the recipient ("North Korea purchased horses"); "from" and "to" phrases name the
 * other side; a country adjective on the goods names their origin ("Russian horses"). Without goods there is no
 * transfer: "sent a message" is not trade.
 */
final class TransferRule {
    private TransferRule() {}

    static List<Draft> apply(Site site) {
        if (site.negated() || site.followedBy("up") || site.followedBy("in")) return List.of();
        if (site.trigger.isNoun()) return nominal(site);
        Clue goods = goods(site);
        if (goods == null) return List.of();
        Reading r = site.reading;
        boolean agentSupplies = !"recipient".equals(site.lexeme.agent());
        boolean passive = site.passive();
        Clue agent = passive ? passiveAgent(site) : embedded(site) ? null : site.subject();
        Clue to = firstNonNull(site.after("to"), site.after("into"));
        Clue from = site.after("from");
        Clue object = agentSupplies ? objectBefore(site, goods) : null;
        Clue origin = origin(r, goods);
        String supplier;
        String recipient;
        if (agentSupplies) {
            supplier = site.party(firstNonNull(from, agent));
            recipient = site.party(firstNonNull(to, object));
            String agentParty = site.party(agent);
            if (origin != null && from == null && !origin.value().equals(agentParty)) {
                // "Russia has begun shipping North Korean munitions": goods of another state's making move from it
                // to the shipper, unless a "to" names where they go ("a firm transporting Russian arms to Syria")
                supplier = origin.value();
                if (to == null && object == null && agent != null && agent.kind() == Clue.Kind.STATE)
                    recipient = agentParty;
            }
        } else {
            recipient = site.party(firstNonNull(to, agent));
            supplier = site.party(firstNonNull(from, origin));
        }
        if (supplier == null) supplier = otherState(site, recipient);
        if (recipient == null && supplier != null) {
            // "the Ukrainian military … attacked with U.S.-supplied missiles": the user of the goods is the subject
            Clue user = site.sentenceSubject(site.sentence, site.trigger.begin(), supplier);
            recipient = user != null && user.kind() == Clue.Kind.STATE ? site.party(user) : otherState(site, supplier);
        }
        if (supplier == null || recipient == null || supplier.equals(recipient)) return List.of();

        List<String> recipients = to != null && recipient.equals(site.party(to))
                ? parties(site, site.coordinated(to))
                : List.of(recipient);
        List<Draft> out = new ArrayList<>();
        for (String each : recipients) {
            if (each.equals(supplier)) continue;
            Draft d = transfer(site, supplier, each, goods);
            d.evidence(evidenceBegin(site, agent, goods), evidenceEnd(site, goods, to, from, object));
            out.add(d);
        }
        Clue vehicle = vehicleSubject(site);
        if (vehicle != null && from != null && to != null && !out.isEmpty()) {
            out.add(crossing(site, vehicle, goods, from, to, out.getFirst()));
        }
        return out;
    }

    /**
     * "the sale of 36 Apache helicopters to the ROK", "North Korea’s supplying of munitions to Moscow", "the shipment
     * of Russian weapons to Myanmar": the goods follow "of", the recipient "to"; the supplier is a possessor, the
     * goods' origin, a "from" or "by" phrase, or the subject of the clause ("the State Department approved the sale").
     */
    private static List<Draft> nominal(Site site) {
        List<Token> ts = site.sentence.tokens();
        int i = ts.indexOf(site.trigger);
        if (i + 1 >= ts.size() || !ts.get(i + 1).lower().equals("of")) return List.of();
        Reading r = site.reading;
        List<Clue> goodsAfter = r.clues.in(
                ts.get(i + 1).end(), Math.min(site.segment.end(), ts.get(i + 1).end() + 80), Clue.Kind.GOODS);
        if (goodsAfter.isEmpty()) return List.of();
        Clue goods = goodsAfter.getFirst();
        Clue to = site.after("to");
        if (to == null) return List.of();
        Clue supplierClue =
                firstNonNull(site.after("from"), site.after("by"), possessor(site), origin(r, goods), site.subject());
        String supplier = site.party(supplierClue);
        if (supplier == null) return List.of();
        List<Draft> out = new ArrayList<>();
        for (String recipient : parties(site, site.coordinated(to))) {
            if (recipient.equals(supplier)) continue;
            Draft d = transfer(site, supplier, recipient, goods);
            int begin = supplierClue.begin() < site.trigger.begin() && supplierClue.begin() >= site.segment.begin()
                    ? supplierClue.begin()
                    : site.trigger.begin();
            out.add(d.evidence(begin, Math.min(site.sentence.end(), Math.max(to.end(), goods.end()))));
        }
        return out;
    }

    private static Draft transfer(Site site, String supplier, String recipient, Clue goods) {
        return new Draft("TRANSFER", site.sentence.index())
                .role("supplier", supplier)
                .role("recipient", recipient)
                .role("item", goods.surface())
                .role("hs", goods.code())
                .role("quantity", quantity(site.reading, goods))
                .role("mode", mode(site))
                .role("kind", site.lexeme.kind());
    }

    /** "North Korea’s supplying of …": the party right before the noun, with a possessive. */
    private static Clue possessor(Site site) {
        List<Clue> before = site.reading.clues.partiesIn(
                Math.max(site.segment.begin(), site.trigger.begin() - 30), site.trigger.begin());
        if (before.isEmpty()) return null;
        Clue c = before.getLast();
        String gap = site.reading.text.substring(c.end(), site.trigger.begin()).strip();
        return gap.matches("[’']s?") ? c : null;
    }

    private static List<String> parties(Site site, List<Clue> clues) {
        List<String> out = new ArrayList<>();
        for (Clue c : clues) if (!out.contains(site.party(c))) out.add(site.party(c));
        return out;
    }

    private static Clue goods(Site site) {
        Reading r = site.reading;
        boolean passive = site.passive();
        if (passive) {
            // "lethal weapons supplied by the U.S.": goods before; "U.S.-supplied ATACMS missiles": goods after
            List<Clue> before = r.clues.in(
                    Math.max(site.sentence.begin(), site.trigger.begin() - 40), site.trigger.begin(), Clue.Kind.GOODS);
            if (!before.isEmpty() && !site.followedBy("-")) return before.getLast();
        }
        List<Clue> after = r.clues.in(site.trigger.end(), objectEnd(site), Clue.Kind.GOODS);
        return after.isEmpty() ? null : after.getFirst();
    }

    /**
     * "sanctioned … for transporting weapons", "a scheme to supply Syria": a gerund after a preposition or an
     * infinitive after a noun has a subject of its own that the clause does not name.
     */
    private static boolean embedded(Site site) {
        List<Token> ts = site.sentence.tokens();
        int i = ts.indexOf(site.trigger);
        if (i < 1) return false;
        Token prev = ts.get(i - 1);
        if (site.trigger.pos().equals("VBG")
                && prev.pos().equals("IN")
                && !prev.lower().equals("of")) return true;
        return prev.pos().equals("TO")
                && i > 1
                && ts.get(i - 2).isNoun()
                && site.reading.clues.at(ts.get(i - 2).begin(), Clue.Kind.STATE) == null
                && !ts.get(i - 2).lower().equals("decision");
    }

    private static final java.util.Set<String> OBJECT_POS = java.util.Set.of(
            "DT", "PDT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "RB", "$", "HYPH", "``",
            "''", "PRP", "VBN", "VBG");

    /**
     * Where the trigger's object noun phrase ends: goods must be in it ("sent 30 horses by train", "imported $700
     * million of North Korean coal", "supplying it with a significant number of shells"), not anywhere later in the
     * clause ("obtained instructions for using a catalyst in rocket fuel").
     */
    private static int objectEnd(Site site) {
        List<Token> ts = site.sentence.tokens();
        int end = site.trigger.end();
        boolean withAllowed = site.lexeme.kind() != null && site.lexeme.kind().equals("supply");
        for (int k = ts.indexOf(site.trigger) + 1; k < ts.size(); k++) {
            Token t = ts.get(k);
            String w = t.lower();
            boolean inside = OBJECT_POS.contains(t.pos())
                    || w.equals("of")
                    || w.equals("and")
                    || w.equals(",")
                    || w.equals("such")
                    || w.equals("as")
                    || t.text().equals("-")
                    || t.text().matches("[“”\"]")
                    || (withAllowed && w.equals("with"));
            if (!inside || !site.segment.contains(t)) break;
            end = t.end();
        }
        return end;
    }

    private static Clue passiveAgent(Site site) {
        Clue by = site.after("by");
        if (by != null) return by;
        List<Token> ts = site.sentence.tokens();
        int i = ts.indexOf(site.trigger);
        if (i >= 2 && ts.get(i - 1).text().equals("-")) {
            Clue c = site.reading.clues.at(ts.get(i - 2).begin(), Clue.Kind.STATE);
            if (c != null) return c;
        }
        return null;
    }

    /** "supplying Russia with shells", "bolstering Russia with weapons": the party between trigger and goods. */
    private static Clue objectBefore(Site site, Clue goods) {
        List<Clue> between = site.reading.clues.partiesIn(site.trigger.end(), goods.begin());
        for (Clue c : between) {
            String gap = site.reading
                    .text
                    .substring(site.trigger.end(), c.begin())
                    .strip()
                    .toLowerCase();
            if (gap.isEmpty() || gap.matches("(the|its|their|his|her)")) return c;
        }
        List<Token> ts = site.sentence.tokens();
        int i = ts.indexOf(site.trigger);
        if (i + 1 < ts.size()) {
            Token next = ts.get(i + 1);
            if (next.lower().equals("it") || next.lower().equals("them")) {
                return site.resolvePronoun(next, site.party(site.subject()));
            }
        }
        return null;
    }

    /** "Russian horses", "North Korean arms": a country adjective right before the goods. */
    private static Clue origin(Reading r, Clue goods) {
        List<Clue> states = r.clues.in(Math.max(0, goods.begin() - 20), goods.begin() + 1, Clue.Kind.STATE);
        if (states.isEmpty()) return null;
        Clue s = states.getLast();
        String gap = r.text.substring(Math.min(s.end(), goods.begin()), goods.begin())
                .strip();
        return gap.isEmpty() ? s : null;
    }

    /** When one side is unnamed, the first other state named in the sentence is the likeliest counterpart. */
    static String otherState(Site site, String known) {
        if (known == null) return null;
        java.util.Set<String> others = new java.util.LinkedHashSet<>();
        for (Clue c : Site.agents(site.reading.clues.in(site.sentence.begin(), site.sentence.end(), Clue.Kind.STATE))) {
            if (!c.value().equals(known)) others.add(c.value());
        }
        // with two or more candidates the sentence does not say which; better no event than a wrong counterpart
        return others.size() == 1 ? others.iterator().next() : null;
    }

    private static Integer quantity(Reading r, Clue goods) {
        for (Clue q : r.clues.in(Math.max(0, goods.begin() - 40), goods.end() + 40, Clue.Kind.QUANTITY)) {
            boolean before = q.end() <= goods.begin() && goods.begin() - q.end() <= 2;
            boolean covers = q.begin() <= goods.begin() && q.end() >= goods.end();
            if (before || covers) {
                try {
                    return Integer.valueOf(q.value());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static String mode(Site site) {
        List<Clue> vehicles = site.reading.clues.in(site.segment.begin(), site.segment.end(), Clue.Kind.VEHICLE);
        return vehicles.isEmpty() ? null : vehicles.getFirst().value();
    }

    private static Clue vehicleSubject(Site site) {
        Reading r = site.reading;
        int from = site.segment.index() > 0
                ? Math.max(site.sentence.begin(), site.segment.begin() - 40)
                : site.segment.begin();
        List<Clue> vs = r.clues.in(from, site.trigger.begin(), Clue.Kind.VEHICLE);
        return vs.isEmpty() ? null : vs.getLast();
    }

    private static Draft crossing(Site site, Clue vehicle, Clue goods, Clue from, Clue to, Draft transfer) {
        Draft c = new Draft("CROSSING", site.sentence.index())
                .role("vehicle", vehicleText(site, vehicle))
                .role("item", goods.surface())
                .role("from", site.party(from))
                .role("to", site.party(to))
                .role("basis", CrossingRule.basis(site));
        return c.evidence(Math.min(vehicle.begin(), transfer.evidenceBegin), transfer.evidenceEnd);
    }

    static String vehicleText(Site site, Clue vehicle) {
        return vehicle.surface();
    }

    private static int evidenceBegin(Site site, Clue agent, Clue goods) {
        int b = site.trigger.begin();
        if (agent != null && agent.begin() >= site.sentence.begin() && agent.begin() < b) b = agent.begin();
        if (goods.begin() < b) b = goods.begin();
        return Math.max(b, site.sentence.begin());
    }

    private static int evidenceEnd(Site site, Clue goods, Clue... others) {
        int e = Math.max(site.trigger.end(), goods.end());
        for (Clue c : others) if (c != null && c.end() <= site.sentence.end()) e = Math.max(e, c.end());
        return Math.min(e, site.sentence.end());
    }

    @SafeVarargs
    static <T> T firstNonNull(T... values) {
        for (T v : values) if (v != null) return v;
        return null;
    }
}
