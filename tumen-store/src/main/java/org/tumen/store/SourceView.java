package org.tumen.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tumen.core.json.ExtractionJson;

/** A source's track record and the Admiralty reliability (A–F) it earns. */
public record SourceView(String name, int claims, int corroborated, int contradicted, String reliability) {
    public ObjectNode toJson() {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.put("name", name);
        n.put("claims", claims);
        n.put("corroborated", corroborated);
        n.put("contradicted", contradicted);
        n.put("reliability", reliability);
        return n;
    }
}
