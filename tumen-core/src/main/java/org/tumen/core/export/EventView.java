package org.tumen.core.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tumen.core.assess.Assessment;
import org.tumen.core.fuse.Claim;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.fuse.Stance;
import org.tumen.core.recognise.CrossingPoint;
import org.tumen.core.schema.EventTypeDef;
import org.tumen.core.schema.RoleDef;
import org.tumen.core.schema.RoleKind;
import org.tumen.core.schema.Schema;

/**
 * One fused event as the exporters see it: what every format derives the same way (its label, status, parties,
 * place and dates), so that a CSV row and a map feature never disagree.
 */
record EventView(FusedEvent event, EventTypeDef def, Assessment assessment, List<Claim> claims) {
    /** Roles whose place names a crossing point (CROSSING, STATUS_CHANGE); a test checks the schema has them. */
    static final String PLACE_ROLE = "place";

    /** Roles a movement starts from and ends at, in the schema's words; a test checks the schema has them. */
    static final List<String> ORIGIN_ROLES = List.of("supplier", "from");

    static final List<String> DESTINATION_ROLES = List.of("recipient", "to");

    /** Statuses from strongest to weakest, for the status of a fused event. */
    private static final List<String> SUPPORT_ORDER = List.of("asserted", "alleged", "uncertain");

    static EventView of(FusedEvent event, ExportBundle bundle) {
        List<Claim> claims = event.claims().stream()
                .sorted(Comparator.comparing(
                                (Claim c) -> date(c, bundle), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Claim::reportId)
                        .thenComparing(Claim::id))
                .toList();
        return new EventView(event, Schema.get().event(event.type()), bundle.assessment(event.id()), claims);
    }

    static List<EventView> all(ExportBundle bundle) {
        return bundle.events().stream().map(e -> of(e, bundle)).toList();
    }

    String id() {
        return event.id();
    }

    /**
     * The status of the happening across its claims: the strongest status any supporting claim gives it
     * (asserted, then alleged, then uncertain); "denied" when every claim denies it.
     */
    String status() {
        Set<String> supporting = claims.stream()
                .filter(c -> c.stance() != Stance.DENIES)
                .map(c -> c.status() == null ? "asserted" : c.status())
                .collect(Collectors.toSet());
        for (String s : SUPPORT_ORDER) {
            if (supporting.contains(s)) return s;
        }
        if (claims.stream().anyMatch(c -> c.stance() == Stance.DENIES)) return "denied";
        return "uncertain";
    }

    /** A role's values as a list (one value, a list, or none). */
    List<String> values(String role) {
        Object v = event.roles().get(role);
        if (v == null) return List.of();
        if (v instanceof List<?> list) return list.stream().map(String::valueOf).toList();
        return List.of(String.valueOf(v));
    }

    /** Every party the event names, in schema role order, without repeats. */
    List<String> parties() {
        Set<String> out = new LinkedHashSet<>();
        for (RoleDef role : def.roles()) {
            if (role.kind() == RoleKind.PARTY || role.kind() == RoleKind.PARTIES) out.addAll(values(role.name()));
        }
        return List.copyOf(out);
    }

    /** The first party of the first origin (or destination) role the event fills. */
    Optional<String> firstOf(List<String> roles) {
        return roles.stream().flatMap(r -> values(r).stream()).findFirst();
    }

    Optional<CrossingPoint> crossing() {
        return values(PLACE_ROLE).stream()
                .map(p -> Places.get().crossing(p))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** "Transfer of goods: supplier Russia, recipient North Korea, item Orlov Trotter horses, quantity 30". */
    String label() {
        List<String> parts = new ArrayList<>();
        for (RoleDef role : def.roles()) {
            if (role.kind() == RoleKind.FLAGS || role.kind() == RoleKind.HS) continue;
            List<String> vs = values(role.name());
            if (vs.isEmpty()) continue;
            boolean party = role.kind() == RoleKind.PARTY || role.kind() == RoleKind.PARTIES;
            String shown =
                    vs.stream().map(v -> party ? Places.get().name(v) : v).collect(Collectors.joining(" and "));
            parts.add(role.name().replace('_', ' ') + " " + shown);
        }
        return parts.isEmpty() ? def.label() : def.label() + ": " + String.join(", ", parts);
    }

    /** The earliest date any claim was published, or null. */
    LocalDate firstDate(ExportBundle bundle) {
        return claims.stream()
                .map(c -> date(c, bundle))
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    LocalDate lastDate(ExportBundle bundle) {
        return claims.stream()
                .map(c -> date(c, bundle))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** Independent sources for it: the assessment's count, else the independence groups of its asserting claims. */
    int supporting() {
        return assessment != null ? assessment.supporting() : groups(Stance.ASSERTS);
    }

    int contradicting() {
        return assessment != null ? assessment.contradicting() : groups(Stance.DENIES);
    }

    private int groups(Stance stance) {
        return (int) claims.stream()
                .filter(c -> c.stance() == stance)
                .map(Claim::independenceGroup)
                .distinct()
                .count();
    }

    /** Each claim's evidence, "source: sentence", one per line. */
    String evidence() {
        return claims.stream().map(c -> c.source() + ": " + c.evidence().text()).collect(Collectors.joining("\n"));
    }

    /** A claim's date: its own, else its report's. */
    static LocalDate date(Claim claim, ExportBundle bundle) {
        if (claim.published() != null) return claim.published();
        ReportRef report = bundle.report(claim.reportId());
        return report == null ? null : report.published();
    }
}
