package org.tumen.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The trigger lexicon ({@code triggers.yaml}): which lemmas state which event type, and how. */
public final class Triggers {
    /** One trigger lemma. {@code requires}: words one of which must follow it in its clause. */
    public record Trigger(
            String type,
            String lemma,
            String agent,
            String kind,
            String state,
            boolean noun,
            Set<String> requires,
            Set<String> within) {
        public Trigger(
                String type,
                String lemma,
                String agent,
                String kind,
                String state,
                boolean noun,
                Set<String> requires) {
            this(type, lemma, agent, kind, state, noun, requires, Set.of());
        }
    }

    private static final Triggers DEFAULT = load();

    private final Map<String, Trigger> byLemma;
    private final Set<String> statusSubjects;

    private Triggers(Map<String, Trigger> byLemma, Set<String> statusSubjects) {
        this.byLemma = Map.copyOf(byLemma);
        this.statusSubjects = Set.copyOf(statusSubjects);
    }

    public static Triggers get() {
        return DEFAULT;
    }

    public Trigger forLemma(String lemma) {
        return byLemma.get(lemma);
    }

    public boolean isStatusSubject(String word) {
        return statusSubjects.contains(word);
    }

    private static Triggers load() {
        try (InputStream in = Triggers.class.getResourceAsStream("triggers.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Trigger> map = new HashMap<>();
            for (String type : List.of("TRANSFER", "CROSSING", "STATUS_CHANGE", "ACCUSE", "DENY")) {
                root.path(type).properties().forEach(e -> map.put(e.getKey(), trigger(type, e.getKey(), e.getValue())));
            }
            Set<String> subjects = new HashSet<>();
            root.path("subjects").forEach(n -> subjects.add(n.asText()));
            return new Triggers(map, subjects);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read triggers.yaml", e);
        }
    }

    private static Trigger trigger(String type, String lemma, JsonNode n) {
        Set<String> requires = new HashSet<>();
        n.path("requires").forEach(r -> requires.add(r.asText()));
        Set<String> within = new HashSet<>();
        n.path("within").forEach(r -> within.add(r.asText()));
        return new Trigger(
                type,
                lemma,
                text(n, "agent"),
                text(n, "kind"),
                text(n, "state"),
                n.path("noun").asBoolean(false),
                requires,
                within);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
