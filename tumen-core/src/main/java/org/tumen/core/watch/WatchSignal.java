package org.tumen.core.watch;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a place's activity shows, as the alerts need it: the shape of the places module's {@code PlaceSignal}, kept
 * here so that alerts do not wait on that module; an adapter maps one to the other.
 *
 * @param kind resumption, burst or co-location (only the first two raise alerts)
 * @param at the date (EDTF) of the activity that makes the signal
 * @param since the start of the gap for a resumption, of the baseline for a burst; null when not known
 * @param reason one sentence
 * @param eventIds the fused events behind it, oldest first
 */
public record WatchSignal(String kind, String place, String at, String since, String reason, List<String> eventIds) {
    public static final Set<String> KINDS = Set.of("resumption", "burst", "co-location");

    public WatchSignal {
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("unknown signal kind: " + kind);
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        eventIds = List.copyOf(eventIds);
    }
}
