package org.tumen.core.model;

import java.util.List;

/** What the pipeline read from one report. */
public record Extraction(Report report, List<Event> events, List<EntityRef> entities, int tokens) {
    public Extraction {
        events = List.copyOf(events);
        entities = List.copyOf(entities);
    }
}
