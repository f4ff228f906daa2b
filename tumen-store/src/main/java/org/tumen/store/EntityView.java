package org.tumen.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.tumen.core.json.ExtractionJson;

/**
 * A stored entity with its sanctions-list matches, for {@code tumen entities}.
 *
 * @param mentions how many times reports mention it
 * @param screenedAt when its name was screened; null when it has not been (then {@code matches} says nothing)
 */
public record EntityView(
        long id, String kind, String name, String code, int mentions, Instant screenedAt, List<EntityMatch> matches) {
    public EntityView {
        matches = List.copyOf(matches);
    }

    public boolean listed() {
        return !matches.isEmpty();
    }

    public ObjectNode toJson() {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.put("id", id);
        n.put("kind", kind);
        n.put("name", name);
        if (code != null) n.put("code", code);
        n.put("mentions", mentions);
        n.put("screened_at", screenedAt == null ? null : screenedAt.toString());
        ArrayNode ms = n.putArray("matches");
        matches.forEach(m -> ms.add(m.toJson()));
        return n;
    }
}
