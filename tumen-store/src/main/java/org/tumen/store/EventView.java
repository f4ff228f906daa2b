package org.tumen.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.tumen.core.assess.Assessment;
import org.tumen.core.json.ExtractionJson;
import org.tumen.core.model.Flag;
import org.tumen.core.schema.RoleDef;
import org.tumen.core.schema.Schema;

/**
 * A fused event as the event query shows it: the eval contract's fields (type, roles, when, status, sources) plus
 * its id, its claims in force and its assessment.
 *
 * @param status the status of its strongest claim (asserted over alleged over uncertain over denied)
 * @param sources the sources of the claims that assert it
 * @param assessment null only for an event none of whose claims is in force any more
 * @param flags its sanctions flags, one per tag (the strongest any of its mentions gave), strongest first
 */
public record EventView(
        String id,
        String type,
        Map<String, Object> roles,
        String when,
        String status,
        List<String> sources,
        List<ClaimView> claims,
        Assessment assessment,
        List<Flag> flags) {

    public EventView {
        roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
        flags = List.copyOf(flags);
    }

    /** An event without sanctions flags. */
    public EventView(
            String id,
            String type,
            Map<String, Object> roles,
            String when,
            String status,
            List<String> sources,
            List<ClaimView> claims,
            Assessment assessment) {
        this(id, type, roles, when, status, sources, claims, assessment, List.of());
    }

    /**
     * The tags for the eval contract's {@code flags}: those the stored flags mark as event tags, after any the
     * mentions' own roles carried (a store written before flags were stored has only those).
     */
    public List<String> flagTags() {
        java.util.LinkedHashSet<String> tags = new java.util.LinkedHashSet<>();
        if (roles.get("flags") instanceof List<?> l) l.forEach(t -> tags.add(String.valueOf(t)));
        flags.stream().filter(Flag::eventTag).map(Flag::tag).forEach(tags::add);
        return List.copyOf(tags);
    }

    public Object role(String name) {
        return roles.get(name);
    }

    /**
     * The JSON line of {@code tumen events --json}: the eval field names, in the schema's role order; {@code flags}
     * holds the contract's tags (as in {@code extract --json}) and {@code flag_details} the full flags.
     */
    public ObjectNode toJson() {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.put("id", id);
        n.put("type", type);
        for (RoleDef role : Schema.get().event(type).roles()) {
            n.set(role.name(), ExtractionJson.MAPPER.valueToTree(roles.get(role.name())));
        }
        if (n.has("flags")) n.set("flags", ExtractionJson.MAPPER.valueToTree(flagTags()));
        n.set("flag_details", ExtractionJson.flagDetails(flags));
        n.put("when", when);
        n.put("status", status);
        n.set("sources", ExtractionJson.MAPPER.valueToTree(sources));
        ArrayNode cs = n.putArray("claims");
        for (ClaimView c : claims) cs.add(c.toJson());
        n.set("assessment", assessment == null ? null : assessmentJson(assessment));
        return n;
    }

    static ObjectNode assessmentJson(Assessment a) {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.put("supporting", a.supporting());
        n.put("contradicting", a.contradicting());
        n.put("reliability", a.reliability());
        n.put("credibility", a.credibility());
        n.put("likelihood", a.likelihood());
        n.put("probability", a.probability());
        n.set("reasons", ExtractionJson.MAPPER.valueToTree(a.reasons()));
        return n;
    }
}
