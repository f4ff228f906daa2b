package org.tumen.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tumen.core.assess.Assessment;
import org.tumen.core.json.ExtractionJson;

/**
 * Roles, sources and assessments as JSON text in the database. Text, not JSONB, because H2 and PostgreSQL treat
 * JSON columns differently and the store never queries inside them: what it filters on has columns of its own.
 */
public final class Json {
    private Json() {}

    public static String write(Object value) {
        try {
            return ExtractionJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static Map<String, Object> map(String json) {
        return read(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    public static List<String> strings(String json) {
        return read(json, new TypeReference<List<String>>() {});
    }

    public static String assessment(Assessment a) {
        if (a == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("supporting", a.supporting());
        m.put("contradicting", a.contradicting());
        m.put("reliability", a.reliability());
        m.put("credibility", a.credibility());
        m.put("likelihood", a.likelihood());
        m.put("probability", a.probability());
        m.put("reasons", a.reasons());
        return write(m);
    }

    public static Assessment assessment(String json) {
        if (json == null) return null;
        Map<String, Object> m = map(json);
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) m.get("reasons");
        return new Assessment(
                ((Number) m.get("supporting")).intValue(),
                ((Number) m.get("contradicting")).intValue(),
                (String) m.get("reliability"),
                ((Number) m.get("credibility")).intValue(),
                (String) m.get("likelihood"),
                ((Number) m.get("probability")).doubleValue(),
                reasons);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return ExtractionJson.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not read back: " + e.getOriginalMessage(), e);
        }
    }
}
