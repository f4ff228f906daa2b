package org.tumen.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the pipeline read from one report.
 *
 * @param flags the sanctions flags with their explanations, by event id; events without flags are absent. The
 *     events' own {@code flags} role carries only the tags (the eval contract); this keeps the why.
 */
public record Extraction(
        Report report, List<Event> events, List<EntityRef> entities, int tokens, Map<String, List<Flag>> flags)
        implements java.io.Serializable {
    public Extraction {
        events = List.copyOf(events);
        entities = List.copyOf(entities);
        Map<String, List<Flag>> copy = new LinkedHashMap<>();
        flags.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        flags = java.util.Collections.unmodifiableMap(copy);
    }

    /** An extraction that has not been checked against sanctions rules (stores and tests that build one by hand). */
    public Extraction(Report report, List<Event> events, List<EntityRef> entities, int tokens) {
        this(report, events, entities, tokens, Map.of());
    }

    public List<Flag> flags(String eventId) {
        return flags.getOrDefault(eventId, List.of());
    }
}
