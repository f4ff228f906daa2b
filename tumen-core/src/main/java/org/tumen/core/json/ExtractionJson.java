package org.tumen.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tumen.core.model.EntityRef;
import org.tumen.core.model.Event;
import org.tumen.core.model.Extraction;
import org.tumen.core.model.Flag;
import org.tumen.core.model.Span;
import org.tumen.core.schema.Schema;

/**
 * Writes an extraction in the field names of the event gold (the contract in eval/events/README.md), in the
 * schema's role order, plus the evidence offsets and the cleaned text they refer to. An event with sanctions flags
 * also gets {@code flag_details}: the contract's {@code flags} holds tags only, and show, the API and the UI need the
 * citation, severity and explanation.
 */
public final class ExtractionJson {
    public static final ObjectMapper MAPPER =
            new ObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ExtractionJson() {}

    public static ObjectNode toJson(Extraction x) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("report", x.report().id());
        root.put("file", x.report().file());
        root.put(
                "published",
                x.report().published() == null ? null : x.report().published().toString());
        if (x.report().title() != null) root.put("title", x.report().title());
        ArrayNode events = root.putArray("events");
        for (Event e : x.events()) {
            ObjectNode n = event(e);
            List<Flag> flags = x.flags(e.id());
            if (!flags.isEmpty()) n.set("flag_details", flagDetails(flags));
            events.add(n);
        }
        ArrayNode entities = root.putArray("entities");
        for (EntityRef r : x.entities()) entities.add(entity(r));
        root.put("text", x.report().text());
        return root;
    }

    public static ObjectNode event(Event e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("type", e.type());
        for (var role : Schema.get().event(e.type()).roles()) {
            n.set(role.name(), MAPPER.valueToTree(e.role(role.name())));
        }
        n.put("when", e.when());
        n.put("status", e.status());
        n.set("sources", MAPPER.valueToTree(e.sources()));
        n.put("evidence", e.evidence().text());
        n.put("evidence_start", e.evidence().begin());
        n.put("evidence_end", e.evidence().end());
        return n;
    }

    /** The full flags, in the field names of {@link Flag} written snake_case. */
    public static ArrayNode flagDetails(List<Flag> flags) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Flag f : flags) {
            ObjectNode n = out.addObject();
            n.put("tag", f.tag());
            n.put("regime", f.regime());
            n.put("citation", f.citation());
            n.put("severity", f.severity());
            n.put("goods", f.goods());
            n.put("hs_matched", f.hsMatched());
            n.set("parties", MAPPER.valueToTree(f.parties()));
            n.put("date_test", f.dateTest());
            n.put("explanation", f.explanation());
            n.put("verify", f.verify());
        }
        return out;
    }

    private static ObjectNode entity(EntityRef r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", r.kind());
        n.put("name", r.name());
        if (r.code() != null) n.put("code", r.code());
        ArrayNode mentions = n.putArray("mentions");
        for (Span s : r.mentions())
            mentions.add(MAPPER.createArrayNode().add(s.begin()).add(s.end()));
        return n;
    }

    public static String line(Extraction x) {
        try {
            return MAPPER.writeValueAsString(toJson(x));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot write JSON for " + x.report().id(), e);
        }
    }

    public static List<String> summary(Extraction x) {
        return x.events().stream().map(ExtractionJson::summaryLine).toList();
    }

    private static String summaryLine(Event e) {
        StringBuilder sb = new StringBuilder("  ").append(e.id()).append(' ').append(e.type());
        e.roles().forEach((k, v) -> {
            if (v != null && !(v instanceof List<?> l && l.isEmpty()))
                sb.append(' ').append(k).append('=').append(v);
        });
        sb.append(" when=").append(e.when()).append(" status=").append(e.status());
        if (!e.sources().isEmpty()) sb.append(" sources=").append(e.sources());
        sb.append("\n      \"").append(e.evidence().text()).append('"');
        return sb.toString();
    }
}
