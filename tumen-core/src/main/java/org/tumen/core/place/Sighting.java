package org.tumen.core.place;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event placed: what happened at a place, on which day, and by which clock that day was read.
 *
 * @param day the event's first day; its last when only that is known; the report's date when the event has none
 * @param dating {@code event} when the day is the event's own time, {@code report} when only the publication dates it
 */
public record Sighting(ActivityEvent event, Place place, PlaceResolver.Rule rule, LocalDate day, String dating) {
    public Sighting {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(rule, "rule");
    }

    static Sighting of(ActivityEvent e, PlaceResolver.Resolution r) {
        LocalDate own = e.start() != null ? e.start() : e.end();
        return new Sighting(e, r.place(), r.rule(), own != null ? own : e.reported(), own != null ? "event" : "report");
    }

    public String id() {
        return event.id();
    }

    public String type() {
        return event.type();
    }

    /** Traffic: a crossing or a transfer. */
    public boolean traffic() {
        return !type().equals("STATUS_CHANGE");
    }

    public String state() {
        return event.role("state");
    }

    public boolean closes() {
        return "closed".equals(state()) || "suspended".equals(state());
    }

    public boolean reopens() {
        return "reopened".equals(state()) || "resumed".equals(state()) || "opened".equals(state());
    }

    /** Counts as activity at the place: traffic, or the place reopening. */
    public boolean activity() {
        return traffic() || reopens();
    }

    public boolean eventDated() {
        return "event".equals(dating) && day != null;
    }

    /** The event's own time as written (EDTF), or the day when it has none. */
    public String when() {
        return event.when() != null ? event.when() : String.valueOf(day);
    }

    /** A short phrase for a reason sentence: "a train crossed from Russia to the DPRK". */
    public String phrase() {
        return Phrases.of(event);
    }
}
