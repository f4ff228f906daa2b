package org.tumen.core.fuse;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One happening as told by every report that mentions it: the schema type, the merged roles, the most precise time,
 * and the claims for and against it.
 */
public record FusedEvent(String id, String type, Map<String, Object> roles, String when, List<Claim> claims) {
    public FusedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
        claims = List.copyOf(claims);
    }
}
