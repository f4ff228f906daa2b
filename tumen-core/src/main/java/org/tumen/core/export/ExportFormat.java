package org.tumen.core.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@code tumen export --format} accepts, each with its exporter. */
public enum ExportFormat {
    STIX,
    FTM,
    CSV,
    GEOJSON;

    public Exporter exporter() {
        return switch (this) {
            case STIX -> new StixExporter();
            case FTM -> new FtmExporter();
            case CSV -> new CsvExporter();
            case GEOJSON -> new GeoJsonExporter();
        };
    }

    /** The format by its lower-case name, with a message that lists the choices otherwise. */
    public static ExportFormat of(String name) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) return f;
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'; choose one of "
                + Arrays.stream(values())
                        .map(f -> f.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
    }
}
