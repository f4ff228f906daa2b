package org.tumen.core.fuse;

import java.time.LocalDate;
import java.util.Objects;
import org.tumen.core.model.Event;

/**
 * An event as one report tells it, on its way into fusion.
 *
 * @param reportId the stored report's id (its content hash)
 * @param independenceGroup the group of near-identical reports this one belongs to (see {@link Independence})
 * @param outlet the report's publisher, the source of last resort when the event names none
 */
public record Mention(String reportId, String independenceGroup, LocalDate published, String outlet, Event event) {
    public Mention {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(independenceGroup, "independenceGroup");
        Objects.requireNonNull(event, "event");
    }
}
