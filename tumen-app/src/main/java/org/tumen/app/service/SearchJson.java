package org.tumen.app.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tumen.core.json.ExtractionJson;
import org.tumen.store.search.SearchHit;

/** A search hit as {@code tumen search --json} and {@code GET /api/search} give it. */
public final class SearchJson {
    private SearchJson() {}

    public static ObjectNode hit(SearchHit hit) {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.put("id", hit.id()).put("kind", hit.kind()).put("title", hit.title()).put("snippet", hit.snippet());
        return n.put("score", hit.score());
    }
}
