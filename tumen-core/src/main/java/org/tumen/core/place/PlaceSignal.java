package org.tumen.core.place;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something that changed at a place, read from its activity.
 *
 * @param at the day the signal is dated to: the first day of the activity that makes it
 * @param when that activity's own time (EDTF), e.g. {@code 2022-10-31/2022-11-06}
 * @param since for a resumption, the start of the gap (EDTF: the closure's time, e.g. {@code 2020-02}, or the last
 *     activity's); for a burst, the first week of its baseline; null for a co-location
 * @param reason one sentence that says why, with the dates
 * @param eventIds the events that make the signal, oldest first
 * @param sinceEventId the event that opened the gap (the closure), or null
 */
public record PlaceSignal(
        Kind kind,
        Place place,
        LocalDate at,
        String when,
        String since,
        String reason,
        List<String> eventIds,
        String sinceEventId) {
    public PlaceSignal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        eventIds = List.copyOf(eventIds);
        if (eventIds.isEmpty()) throw new IllegalArgumentException("a signal rests on at least one event");
    }

    public enum Kind {
        RESUMPTION,
        BURST,
        CO_LOCATION;

        /** The word the JSON and the alerts use: {@code resumption}, {@code burst}, {@code co-location}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The Monday of the week {@link #at} falls in. */
    public LocalDate week() {
        return Edtf.week(at);
    }

    /** Stable across runs over the same store: an alert raised once per cause can key on it. */
    public String key() {
        return kind.code() + ":" + place.id() + ":" + at + (since == null ? "" : ":" + since);
    }
}
