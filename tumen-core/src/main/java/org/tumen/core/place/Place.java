package org.tumen.core.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the gazetteer.
 *
 * @param kind bridge, port, station, depot or town
 * @param modes the transport modes it serves: rail, road, sea
 * @param countries ISO 3166-1 alpha-3 codes of the states it lies in or joins
 * @param status null, or a word such as {@code under construction}
 * @param near the id of the place it belongs to (a station to its bridge); null for a place of its own
 * @param coordinates null when no source gives a point; {@code coordinatesAbsent} then says why
 * @param source where the entry, and its point, come from
 */
public record Place(
        String id,
        String name,
        List<String> aliases,
        String kind,
        List<String> modes,
        List<String> countries,
        String status,
        String near,
        Coordinates coordinates,
        String coordinatesAbsent,
        String source) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        modes = List.copyOf(modes);
        countries = List.copyOf(countries);
        if (source == null || source.isBlank())
            throw new IllegalArgumentException(id + ": every place names its source");
        if ((coordinates == null) == (coordinatesAbsent == null || coordinatesAbsent.isBlank()))
            throw new IllegalArgumentException(
                    id + ": either coordinates with a precision or a reason they are absent");
    }

    /** The name and every alias. */
    public List<String> names() {
        List<String> out = new ArrayList<>(aliases.size() + 1);
        out.add(name);
        out.addAll(aliases);
        return out;
    }

    public boolean serves(String mode) {
        return modes.contains(mode);
    }

    /** Joins exactly these two states (in either order). */
    public boolean joins(String a, String b) {
        return countries.size() == 2 && countries.contains(a) && countries.contains(b) && !a.equals(b);
    }
}
