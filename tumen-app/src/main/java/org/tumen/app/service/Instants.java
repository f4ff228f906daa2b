package org.tumen.app.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A point in time as a user writes it: a date (its start, UTC) or an ISO 8601 instant. */
public final class Instants {
    private Instants() {}

    /**
     * The instant {@code value} names, or the epoch for null.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static Instant since(String value) {
        if (value == null) return Instant.EPOCH;
        try {
            return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException(
                        "'" + value + "' is neither a date (YYYY-MM-DD) nor an instant (2022-11-06T08:00:00Z)");
            }
        }
    }
}
