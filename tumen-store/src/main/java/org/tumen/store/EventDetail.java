package org.tumen.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tumen.core.fuse.Stance;

/** One fused event in full, for {@code tumen show}: its claims split into those for it and those against. */
public record EventDetail(EventView event, List<ClaimView> supporting, List<ClaimView> against) {
    public EventDetail {
        supporting = List.copyOf(supporting);
        against = List.copyOf(against);
    }

    static EventDetail of(EventView event) {
        return new EventDetail(
                event,
                event.claims().stream()
                        .filter(c -> c.stance() == Stance.ASSERTS)
                        .toList(),
                event.claims().stream()
                        .filter(c -> c.stance() != Stance.ASSERTS)
                        .toList());
    }

    public ObjectNode toJson() {
        ObjectNode n = event.toJson();
        n.remove("claims");
        ArrayNode f = n.putArray("claims_for");
        supporting.forEach(c -> f.add(c.toJson()));
        ArrayNode a = n.putArray("claims_against");
        against.forEach(c -> a.add(c.toJson()));
        // keep the assessment last, where a reader looks for the verdict
        n.set("assessment", n.remove("assessment"));
        return n;
    }
}
