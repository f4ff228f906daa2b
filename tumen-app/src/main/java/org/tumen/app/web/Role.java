package org.tumen.app.web;

import java.util.Locale;

/** What a token may do: read everything, or also write (ingest reports, add and remove watchlists). */
public enum Role {
    READ,
    ANALYST;

    /** {@code read} or {@code analyst}, any case. */
    public static Role parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "read" -> READ;
            case "analyst" -> ANALYST;
            default -> throw new IllegalArgumentException("unknown role '" + text + "'; read or analyst");
        };
    }

    /** The role a request needs: reading methods need {@link #READ}, the others {@link #ANALYST}. */
    public static Role neededFor(String method) {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> READ;
            default -> ANALYST;
        };
    }

    public boolean allows(Role needed) {
        return this == ANALYST || needed == READ;
    }
}
