package org.tumen.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tumen's types, read once from {@code schema.yaml}: the single definition everything else follows. */
public final class Schema {
    private static final Schema DEFAULT = load();

    private final int version;
    private final Map<String, String> statuses;
    private final List<String> entityKinds;
    private final Map<String, EventTypeDef> events;

    private Schema(
            int version, Map<String, String> statuses, List<String> entityKinds, Map<String, EventTypeDef> events) {
        this.version = version;
        this.statuses = Map.copyOf(statuses);
        this.entityKinds = List.copyOf(entityKinds);
        this.events = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(events));
    }

    public static Schema get() {
        return DEFAULT;
    }

    public int version() {
        return version;
    }

    public Map<String, EventTypeDef> events() {
        return events;
    }

    public EventTypeDef event(String type) {
        EventTypeDef def = events.get(type);
        if (def == null) throw new IllegalArgumentException("unknown event type: " + type);
        return def;
    }

    public boolean isStatus(String status) {
        return statuses.containsKey(status);
    }

    public Map<String, String> statuses() {
        return statuses;
    }

    public List<String> entityKinds() {
        return entityKinds;
    }

    private static Schema load() {
        try (InputStream in = Schema.class.getResourceAsStream("schema.yaml")) {
            if (in == null) throw new IllegalStateException("schema.yaml missing from the classpath");
            return fromTree(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema.yaml", e);
        }
    }

    static Schema fromTree(JsonNode root) {
        Map<String, String> statuses = new LinkedHashMap<>();
        root.path("statuses")
                .properties()
                .forEach(e -> statuses.put(e.getKey(), e.getValue().asText()));
        List<String> kinds = new ArrayList<>();
        root.path("entityKinds").forEach(n -> kinds.add(n.asText()));
        Map<String, EventTypeDef> events = new LinkedHashMap<>();
        root.path("events").properties().forEach(e -> events.put(e.getKey(), eventType(e.getKey(), e.getValue())));
        return new Schema(root.path("version").asInt(), statuses, kinds, events);
    }

    private static EventTypeDef eventType(String name, JsonNode node) {
        List<RoleDef> roles = new ArrayList<>();
        node.path("roles").properties().forEach(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().path("values").forEach(v -> values.add(v.asText()));
            RoleKind kind = RoleKind.valueOf(e.getValue().path("kind").asText().toUpperCase(java.util.Locale.ROOT));
            roles.add(new RoleDef(e.getKey(), kind, values));
        });
        return new EventTypeDef(
                name, node.path("label").asText(name), node.path("doc").asText(""), roles);
    }
}
