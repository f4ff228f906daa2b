package org.tumen.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A government that announces another state is shipping arms is accusing it ("The White House announced on Wednesday
 * that North Korea had begun secretly bolstering Russia with weapons shipments"). The announcement becomes an ACCUSE
 * dated by the announcement, and the transfer it reports is alleged.
 */
final class ImpliedAccusations {
    private ImpliedAccusations() {}

    static List<Draft> from(Reading r, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (!d.type.equals("TRANSFER") || !isArms(d)) continue;
            Frame f = r.frames.get(d.sentence);
            if (!f.covers(d.trigger) || f.speaker().kind() != Clue.Kind.STATE) continue;
            String accuser = f.speaker().value();
            String supplier = (String) d.role("supplier");
            if (accuser.equals(supplier) || accuser.equals(d.role("recipient"))) continue;
            d.status = "alleged";
            Draft a = new Draft("ACCUSE", d.sentence)
                    .role("accuser", List.of(accuser))
                    .role("accused", List.of(supplier))
                    .role("about", "supply of " + d.role("item") + " to " + d.role("recipient"));
            a.when = d.frameTime != null ? d.frameTime : d.when;
            a.datedByText = d.frameTime != null || d.datedByText;
            a.sources.add(EventExtractor.sourceName(f.speaker()));
            a.trigger = f.frameBegin();
            out.add(a.evidence(Math.min(f.frameBegin(), d.evidenceBegin), d.evidenceEnd));
        }
        return out;
    }

    static boolean isArms(Draft d) {
        String hs = (String) d.role("hs");
        if (hs != null && hs.startsWith("93")) return true;
        String item = String.valueOf(d.role("item")).toLowerCase(Locale.ROOT);
        return item.matches(".*\\b(weapon|arms|munition|missile|shell|ammunition|rocket|artillery).*");
    }
}
