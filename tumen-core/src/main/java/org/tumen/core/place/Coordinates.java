package org.tumen.core.place;

import java.util.Objects;

/**
 * A WGS84 point and how far to trust it.
 *
 * @param precision {@code structure} (the bridge or building itself), {@code locode} (a UN/LOCODE point, to the
 *     minute), {@code town} (the town's centre, not the facility) or {@code approximate}
 * @param note why the point is only that precise, when it is not the structure's own; may be null
 */
public record Coordinates(double lat, double lon, String precision, String note) {
    public Coordinates {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
            throw new IllegalArgumentException("not a WGS84 point: " + lat + ", " + lon);
        Objects.requireNonNull(precision, "precision");
        if (precision.isBlank()) throw new IllegalArgumentException("a point needs its precision");
    }
}
