package org.tumen.flink;

import java.io.Serializable;
import java.util.Objects;

/**
 * A value with its position in the input: the source numbers every input item 0, 1, 2, … in the order
 * {@code tumen ingest} would read them, and the store writer uses the number to write in that order whatever slot
 * extracted the report.
 *
 * @param seq the item's position in the input
 * @param value what travels: an input item, or what extraction made of it; serializable, as it crosses tasks
 */
public record Numbered<T>(long seq, T value) implements Serializable {
    public Numbered {
        if (seq < 0) throw new IllegalArgumentException("sequence numbers start at 0: " + seq);
        Objects.requireNonNull(value, "value");
    }
}
