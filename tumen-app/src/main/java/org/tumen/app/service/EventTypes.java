package org.tumen.app.service;

import java.util.Locale;
import org.tumen.core.schema.Schema;

/** An event type as a user writes it, checked against the schema. */
public final class EventTypes {
    private EventTypes() {}

    /**
     * The schema's spelling of {@code type} (any case), or null for none.
     *
     * @throws IllegalArgumentException naming the types there are
     */
    public static String parse(String type) {
        if (type == null || type.isBlank()) return null;
        String t = type.strip().toUpperCase(Locale.ROOT);
        if (!Schema.get().events().containsKey(t))
            throw new IllegalArgumentException("unknown event type " + type + "; one of "
                    + Schema.get().events().keySet());
        return t;
    }
}
