package org.tumen.store.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tumen.core.fuse.Claim;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.recognise.CountryGazetteer;
import org.tumen.core.schema.EventTypeDef;
import org.tumen.core.schema.RoleDef;
import org.tumen.core.schema.RoleKind;
import org.tumen.core.schema.Schema;

/**
 * An event as the index sees it.
 *
 * @param title the schema label ("Transfer of goods")
 * @param roles the roles as words, "supplier Russia RUS; recipient North Korea PRK; item Orlov Trotter horses", so
 *     that a search for a country's name finds events that hold its code
 * @param evidence the sentences the claims rest on
 * @param parties the party values (ISO alpha-3 codes or names), searchable as {@code party:PRK}
 * @param when EDTF, searchable as {@code when:2022-11*}
 * @param published the latest claim's date, or null
 */
public record EventDoc(
        String id,
        String type,
        String title,
        String roles,
        String evidence,
        List<String> parties,
        String when,
        LocalDate published) {
    public EventDoc {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (id.isBlank()) throw new IllegalArgumentException("event id is blank");
        parties = List.copyOf(parties);
    }

    /** The document for a fused event, its words driven by the schema's roles. */
    public static EventDoc of(FusedEvent event) {
        EventTypeDef def = Schema.get().event(event.type());
        List<String> words = new ArrayList<>();
        Set<String> parties = new LinkedHashSet<>();
        for (RoleDef role : def.roles()) {
            Object value = event.roles().get(role.name());
            if (value == null) continue;
            List<String> values = value instanceof List<?> l
                    ? l.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(value));
            if (values.isEmpty()) continue;
            boolean party = role.kind() == RoleKind.PARTY || role.kind() == RoleKind.PARTIES;
            if (party) parties.addAll(values);
            String shown = values.stream()
                    .map(v -> party && Names.common(v) != null ? Names.common(v) + " " + v : v)
                    .collect(Collectors.joining(", "));
            words.add(role.name().replace('_', ' ') + " " + shown);
        }
        String evidence =
                event.claims().stream().map(c -> c.evidence().text()).distinct().collect(Collectors.joining("\n"));
        LocalDate published = event.claims().stream()
                .map(Claim::published)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new EventDoc(
                event.id(),
                event.type(),
                def.label(),
                String.join("; ", words),
                evidence,
                List.copyOf(parties),
                event.when(),
                published);
    }

    /** Country names, from the recogniser's gazetteer (loaded once per JVM). */
    private static final class Names {
        private static final CountryGazetteer GAZETTEER =
                org.tumen.core.recognise.DomainRecognizer.defaults().countries();

        static String common(String code) {
            return code.matches("[A-Z]{3}") ? GAZETTEER.commonName(code) : null;
        }
    }
}
