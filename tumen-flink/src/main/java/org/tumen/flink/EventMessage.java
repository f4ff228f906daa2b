package org.tumen.flink;

import java.io.Serializable;
import java.util.Objects;

/**
 * A fused event's state after a report was stored, for the events topic.
 *
 * @param id the fused event's id, the message key
 * @param json the event as {@code tumen events --json} prints it, or null when the event is gone (a tombstone)
 */
public record EventMessage(String id, String json) implements Serializable {
    public EventMessage {
        Objects.requireNonNull(id, "id");
    }
}
