package org.tumen.app.web.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tumen.core.assess.Assessment;
import org.tumen.core.recognise.CountryGazetteer;
import org.tumen.core.recognise.DomainRecognizer;
import org.tumen.core.schema.EventTypeDef;
import org.tumen.core.schema.RoleDef;
import org.tumen.core.schema.RoleKind;
import org.tumen.core.schema.Schema;
import org.tumen.store.EventView;

/**
 * An event as a line in a list, a timeline item or a map feature: its label in the schema's words, its parties by
 * name, and how sure it is.
 *
 * @param likelihood the ICD 203 phrase, or "withdrawn" for an event none of whose claims is in force
 * @param probability 0–1, or 0 when withdrawn
 */
public record EventCard(
        String id,
        String type,
        String typeLabel,
        String title,
        String shortTitle,
        String when,
        String status,
        String likelihood,
        double probability,
        int supporting,
        int contradicting,
        int flags,
        List<Party> parties) {

    /** A party as the event names it: an ISO 3166 alpha-3 code or a name, with the name to show. */
    public record Party(String role, String value, String name) {}

    private static final class Countries {
        static final CountryGazetteer GAZETTEER = DomainRecognizer.defaults().countries();
    }

    public static EventCard of(EventView e) {
        EventTypeDef def = Schema.get().event(e.type());
        List<Party> parties = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (RoleDef role : def.roles()) {
            if (role.kind() == RoleKind.FLAGS || role.kind() == RoleKind.HS) continue;
            List<String> values = values(e.role(role.name()));
            if (values.isEmpty()) continue;
            boolean party = role.kind() == RoleKind.PARTY || role.kind() == RoleKind.PARTIES;
            List<String> shown = new ArrayList<>();
            for (String v : values) {
                String name = party ? name(v) : v;
                if (party) parties.add(new Party(role.name(), v, name));
                shown.add(name);
            }
            parts.add(role.name().replace('_', ' ') + " " + clip(String.join(" and ", shown), 90));
        }
        Assessment a = e.assessment();
        return new EventCard(
                e.id(),
                e.type(),
                def.label(),
                parts.isEmpty() ? def.label() : def.label() + ": " + String.join(", ", parts),
                shortTitle(def.label(), parties, e.role("item")),
                e.when(),
                e.status(),
                a == null ? "withdrawn" : a.likelihood(),
                a == null ? 0 : a.probability(),
                a == null ? 0 : a.supporting(),
                a == null ? 0 : a.contradicting(),
                e.flags().size(),
                List.copyOf(parties));
    }

    /** "Transfer of goods: Russia, North Korea — horses": the label, the parties in role order, the item. */
    static String shortTitle(String label, List<Party> parties, Object item) {
        String who =
                String.join(", ", parties.stream().map(Party::name).distinct().toList());
        String what = item == null ? "" : " — " + clip(String.valueOf(item), 40);
        return who.isEmpty() && what.isEmpty() ? label : label + ": " + clip(who, 60) + what;
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }

    /** A country's common name for its code; any other party as it is. */
    public static String name(String party) {
        if (party.matches("[A-Z]{3}")) {
            String common = Countries.GAZETTEER.commonName(party);
            if (common != null) return common;
        }
        return party;
    }

    private static List<String> values(Object v) {
        if (v == null) return List.of();
        if (v instanceof List<?> list)
            return list.stream().filter(x -> x != null).map(String::valueOf).toList();
        String s = String.valueOf(v);
        return s.isBlank() ? List.of() : List.of(s);
    }

    /** The CSS class for its status (asserted, alleged, denied, uncertain). */
    public String statusClass() {
        return "status-" + (status == null ? "uncertain" : status.toLowerCase(Locale.ROOT));
    }

    /** The CSS class for its likelihood band, from almost no chance (0) to almost certain (6). */
    public String likelihoodClass() {
        return "likely-" + band(probability, likelihood);
    }

    static int band(double p, String likelihood) {
        if ("withdrawn".equals(likelihood) || p < 0.05) return 0;
        if (p < 0.20) return 1;
        if (p < 0.45) return 2;
        if (p < 0.55) return 3;
        if (p < 0.80) return 4;
        if (p < 0.95) return 5;
        return 6;
    }
}
