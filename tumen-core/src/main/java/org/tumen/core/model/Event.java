package org.tumen.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tumen.core.schema.EventTypeDef;
import org.tumen.core.schema.RoleDef;
import org.tumen.core.schema.Schema;

/**
 * One happening read from a report, in the schema's terms. Roles are checked against the schema on construction, so
 * an event that exists is well-formed.
 *
 * @param when EDTF value ("2022-11-02", "2022-10-31/2022-11-06", "../2020-02") or null
 * @param sources who the report attributes it to; empty when only the report itself
 * @param evidence the sentence part that states it, in the report's cleaned text
 */
public record Event(
        String id,
        String type,
        Map<String, Object> roles,
        String when,
        String status,
        List<String> sources,
        Span evidence)
        implements java.io.Serializable {

    public Event {
        Objects.requireNonNull(id, "id");
        EventTypeDef def = Schema.get().event(type);
        if (!Schema.get().isStatus(status)) throw new IllegalArgumentException("unknown status: " + status);
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (RoleDef role : def.roles()) {
            Object value = roles.get(role.name());
            String error = role.check(value);
            if (error != null) throw new IllegalArgumentException(type + "." + error + ", got " + value);
            ordered.put(role.name(), value instanceof List<?> l ? List.copyOf(l) : value);
        }
        for (String name : roles.keySet()) {
            if (def.role(name).isEmpty()) throw new IllegalArgumentException(type + " has no role " + name);
        }
        roles = Collections.unmodifiableMap(ordered);
        sources = List.copyOf(sources);
        Objects.requireNonNull(evidence, "evidence");
    }

    public Object role(String name) {
        return roles.get(name);
    }

    public Event withId(String newId) {
        return new Event(newId, type, roles, when, status, sources, evidence);
    }
}
