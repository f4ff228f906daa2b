package org.tumen.core.screen;

import java.util.Locale;

/** What a listed party is; the lists say so (UN: INDIVIDUAL/ENTITY; OFAC: SDN_Type). */
public enum PartyType {
    PERSON,
    ENTITY,
    VESSEL,
    AIRCRAFT;

    /** Accepts the CLI spellings ({@code person}, {@code entity}, …) and {@code individual}. */
    public static PartyType parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "person", "individual" -> PERSON;
            case "entity", "organization", "organisation", "company" -> ENTITY;
            case "vessel" -> VESSEL;
            case "aircraft" -> AIRCRAFT;
            default -> throw new IllegalArgumentException("unknown party type: " + text);
        };
    }

    /** The FollowTheMoney-style schema name the matcher's rules are keyed on. */
    public String schema() {
        return switch (this) {
            case PERSON -> "Person";
            case ENTITY -> "Organization";
            case VESSEL -> "Vessel";
            case AIRCRAFT -> "Airplane";
        };
    }
}
