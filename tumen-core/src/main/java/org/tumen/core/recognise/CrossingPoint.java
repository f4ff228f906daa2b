package org.tumen.core.recognise;

import java.util.List;
import java.util.Objects;

/**
 * A curated border crossing or port, with where its coordinates come from.
 *
 * @param id stable identifier, e.g. {@code tumangang-khasan-bridge}
 * @param kind {@code bridge} or {@code port}
 * @param countries ISO 3166-1 alpha-3 codes of the countries it belongs to or links
 * @param precision what the point marks: {@code structure}, {@code town} or {@code locode}
 */
public record CrossingPoint(
        String id,
        String name,
        List<String> aliases,
        String kind,
        List<TransportMode> modes,
        List<String> countries,
        double lat,
        double lon,
        String precision,
        String source) {
    public CrossingPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        modes = List.copyOf(modes);
        countries = List.copyOf(countries);
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException(id + ": coordinates out of range");
        }
        if (source == null || source.isBlank()) throw new IllegalArgumentException(id + ": no source");
    }
}
