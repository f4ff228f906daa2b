package org.tumen.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity mentioned in a report, as recognised in it (resolution across reports comes later).
 *
 * @param kind one of the schema's entity kinds
 * @param code an identifier where one exists: ISO 3166-1 alpha-3 for a country, an HS heading for goods
 */
public record EntityRef(String kind, String name, String code, List<Span> mentions) implements java.io.Serializable {
    public EntityRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
    }
}
