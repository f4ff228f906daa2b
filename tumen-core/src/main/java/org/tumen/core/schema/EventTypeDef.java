package org.tumen.core.schema;

import java.util.List;
import java.util.Optional;

/** An event type with its roles, in the order the schema gives them (and JSON writes them). */
public record EventTypeDef(String name, String label, String doc, List<RoleDef> roles) {
    public EventTypeDef {
        roles = List.copyOf(roles);
    }

    public Optional<RoleDef> role(String roleName) {
        return roles.stream().filter(r -> r.name().equals(roleName)).findFirst();
    }
}
