package org.tumen.core.extract;

/**
 * Something recognised in the text that events are built from: a party, goods, a vehicle, a quantity, a time, a
 * place, or a person or organisation found by the language layer. Offsets refer to the report's cleaned text.
 *
 * @param value what the clue means: an ISO 3166-1 alpha-3 code or a name for a party, a term for goods, a count for
 *     a quantity, an EDTF value for a time, the mode for a vehicle
 * @param code a second value where one exists: the HS heading of goods, the vehicle's noun
 */
public record Clue(Kind kind, int begin, int end, String surface, String value, String code) {
    public enum Kind {
        /** a state: value is its ISO alpha-3 code */
        STATE,
        /** a named person, organisation or group that is not a state: value is its name */
        NAMED,
        GOODS,
        VEHICLE,
        QUANTITY,
        TIME,
        PLACE
    }

    public boolean isParty() {
        return kind == Kind.STATE || kind == Kind.NAMED;
    }

    public boolean within(int from, int to) {
        return begin >= from && end <= to;
    }
}
