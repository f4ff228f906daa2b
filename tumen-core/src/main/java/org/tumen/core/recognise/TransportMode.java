package org.tumen.core.recognise;

import java.util.Locale;

/** The transport modes of the event contract ({@code mode} of a TRANSFER). */
public enum TransportMode {
    RAIL,
    SEA,
    ROAD,
    AIR;

    /** The lower-case word the event JSON uses: {@code rail}, {@code sea}, {@code road}, {@code air}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TransportMode of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
