package org.tumen.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.tumen.core.json.ExtractionJson;

/**
 * A sanctions-list entry that a stored entity's name matched.
 *
 * @param list the list ({@code UN-SC}, {@code OFAC-SDN})
 * @param reference the list's own reference ({@code KPe.001})
 * @param listedName the party's primary name on the list
 * @param matchedName the listed name or alias that the entity's name matched
 * @param features why it matched, in words
 */
public record EntityMatch(
        String list,
        String reference,
        String listedName,
        String matchedName,
        double score,
        List<String> features,
        List<String> programmes) {
    public EntityMatch {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(listedName, "listedName");
        Objects.requireNonNull(matchedName, "matchedName");
        if (score < 0 || score > 1) throw new IllegalArgumentException("score out of 0..1: " + score);
        features = List.copyOf(features);
        programmes = List.copyOf(programmes);
    }

    public ObjectNode toJson() {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.put("list", list);
        n.put("reference", reference);
        n.put("listed_name", listedName);
        n.put("matched_name", matchedName);
        n.put("score", Math.round(score * 1000) / 1000.0);
        n.set("features", ExtractionJson.MAPPER.valueToTree(features));
        n.set("programmes", ExtractionJson.MAPPER.valueToTree(programmes));
        return n;
    }
}
