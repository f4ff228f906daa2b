package org.tumen.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.tumen.core.model.Event;
import org.tumen.core.model.Span;

/** An event being assembled by the rules, before duplicates in the report are merged and it becomes an {@link Event}. */
final class Draft {
    final String type;
    final Map<String, Object> roles = new LinkedHashMap<>();
    final LinkedHashSet<String> sources = new LinkedHashSet<>();
    String when;
    String status = "asserted";
    int evidenceBegin;
    int evidenceEnd;
    int trigger;
    String frameTime;
    /** false when {@link #when} is only the publication date standing in for a time the text does not give */
    boolean datedByText;

    final int sentence;

    Draft(String type, int sentence) {
        this.type = type;
        this.sentence = sentence;
    }

    Draft role(String name, Object value) {
        if (value != null) roles.put(name, value);
        return this;
    }

    Object role(String name) {
        return roles.get(name);
    }

    @SuppressWarnings("unchecked")
    List<String> list(String name) {
        Object v = roles.get(name);
        return v instanceof List<?> l ? (List<String>) l : List.of();
    }

    Draft evidence(int begin, int end) {
        this.evidenceBegin = begin;
        this.evidenceEnd = end;
        return this;
    }

    Event toEvent(String id, String text) {
        Map<String, Object> r = new LinkedHashMap<>(roles);
        for (var e : r.entrySet()) {
            if (e.getValue() instanceof List<?> l) e.setValue(new ArrayList<>(l));
        }
        if (type.equals("TRANSFER")) r.putIfAbsent("flags", List.of());
        String evidence = text.substring(evidenceBegin, evidenceEnd).strip();
        int begin = text.indexOf(evidence, evidenceBegin);
        return new Event(
                id, type, r, when, status, List.copyOf(sources), new Span(begin, begin + evidence.length(), evidence));
    }
}
