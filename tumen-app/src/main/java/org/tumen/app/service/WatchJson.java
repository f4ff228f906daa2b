package org.tumen.app.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tumen.core.json.ExtractionJson;
import org.tumen.core.watch.Watchlist;

/** A watchlist as JSON: its criteria under the names {@code tumen watch add} takes, and the sentence it reads as. */
public final class WatchJson {
    private WatchJson() {}

    public static ObjectNode of(Watchlist w) {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.put("name", w.name());
        n.put("party", w.party());
        n.put("place", w.place());
        n.put("goods", w.goods());
        n.put("type", w.type());
        n.put("min_likelihood", w.minLikelihood());
        return n.put("description", w.describe());
    }
}
