package org.tumen.core.recognise;

/** What a {@link Mention} refers to. */
public enum MentionKind {
    COUNTRY,
    GOODS,
    VEHICLE,
    CROSSING_POINT,
    QUANTITY
}
