package org.tumen.core.schema;

import java.util.List;
import java.util.Objects;

/** A role of an event type, as the schema declares it. */
public record RoleDef(String name, RoleKind kind, List<String> values) {
    public RoleDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        values = values == null ? List.of() : List.copyOf(values);
        if (kind == RoleKind.ENUM && values.isEmpty())
            throw new IllegalArgumentException(name + ": enum without values");
    }

    /** Checks one value against this role; returns an error message or null. */
    public String check(Object value) {
        if (value == null) return null;
        return switch (kind) {
            case PARTY, TEXT -> value instanceof String ? null : name + " must be text";
            case HS -> value instanceof String s && s.matches("\\d{2,10}") ? null : name + " must be HS digits";
            case INTEGER -> value instanceof Integer || value instanceof Long ? null : name + " must be a whole number";
            case ENUM -> values.contains(value) ? null : name + " must be one of " + values;
            case PARTIES, NAMES, FLAGS -> value instanceof List<?> ? null : name + " must be a list";
        };
    }
}
