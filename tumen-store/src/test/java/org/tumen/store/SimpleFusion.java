package org.tumen.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tumen.core.fuse.Claim;
import org.tumen.core.fuse.EventFusion;
import org.tumen.core.fuse.FusedEvent;
import org.tumen.core.fuse.Mention;
import org.tumen.core.fuse.Stance;
import org.tumen.core.time.Edtf;

/**
 * A test double of the fusion policy (not of the database), small and deterministic so that store tests know what
 * to expect: same type, same key parties and overlapping time is the same happening; a denial denies the alleged
 * events its denier is a party to. The real policy is core's RuleFusion.
 */
class SimpleFusion implements EventFusion {
    private static final Map<String, List<String>> KEY_ROLES = Map.of(
            "TRANSFER", List.of("supplier", "recipient"),
            "CROSSING", List.of("from", "to"),
            "STATUS_CHANGE", List.of("actor", "state"),
            "ACCUSE", List.of("accuser", "accused"),
            "DENY", List.of("denier"));

    @Override
    public Optional<FusedEvent> sameHappening(Mention m, List<FusedEvent> candidates) {
        return candidates.stream()
                .filter(c -> c.type().equals(m.event().type()))
                .filter(c -> KEY_ROLES.get(c.type()).stream()
                        .allMatch(
                                r -> Objects.equals(c.roles().get(r), m.event().role(r))))
                .filter(c -> overlap(c.when(), m.event().when()))
                .findFirst();
    }

    @Override
    public FusedEvent start(String id, Mention m) {
        return new FusedEvent(
                id, m.event().type(), m.event().roles(), m.event().when(), List.of(claim(m, Stance.ASSERTS)));
    }

    @Override
    public FusedEvent join(FusedEvent e, Mention m) {
        Map<String, Object> roles = new LinkedHashMap<>(e.roles());
        m.event().roles().forEach((k, v) -> {
            if (roles.get(k) == null && v != null) roles.put(k, v);
        });
        List<Claim> claims = new ArrayList<>(e.claims());
        claims.add(claim(m, Stance.ASSERTS));
        return new FusedEvent(
                e.id(), e.type(), roles, e.when() != null ? e.when() : m.event().when(), claims);
    }

    @Override
    public List<FusedEvent> denied(Mention deny, List<FusedEvent> candidates) {
        Object deniers = deny.event().role("denier");
        if (!(deniers instanceof List<?> list)) return List.of();
        return candidates.stream()
                .filter(c -> c.claims().stream().anyMatch(cl -> "alleged".equals(cl.status())))
                .filter(c -> c.roles().values().stream().anyMatch(v -> list.contains(v)))
                .toList();
    }

    @Override
    public FusedEvent deny(FusedEvent e, Mention deny) {
        List<Claim> claims = new ArrayList<>(e.claims());
        claims.add(claim(deny, Stance.DENIES));
        return new FusedEvent(e.id(), e.type(), e.roles(), e.when(), claims);
    }

    private static Claim claim(Mention m, Stance stance) {
        String source =
                m.event().sources().isEmpty() ? m.outlet() : m.event().sources().getFirst();
        return new Claim(
                m.reportId() + "/" + m.event().id(),
                m.reportId(),
                m.independenceGroup(),
                m.published(),
                source,
                stance,
                m.event().status(),
                null,
                m.event().evidence());
    }

    private static boolean overlap(String a, String b) {
        return a == null || b == null || Edtf.parse(a).overlaps(Edtf.parse(b));
    }
}
