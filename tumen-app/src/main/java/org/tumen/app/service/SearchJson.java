package org.tumen.app.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tumen.core.json.ExtractionJson;
import org.tumen.store.Store;
import org.tumen.store.search.SearchHit;

/** A search hit as {@code tumen search --json} and {@code GET /api/search} give it. */
public final class SearchJson {
    private SearchJson() {}

    public static ObjectNode hit(SearchHit hit) {
        ObjectNode n = ExtractionJson.MAPPER.createObjectNode();
        n.put("id", hit.id()).put("kind", hit.kind()).put("title", hit.title()).put("snippet", hit.snippet());
        return n.put("score", hit.score());
    }

    /** As {@link #hit(SearchHit)}, a replaced report revision naming the revision that replaced it. */
    public static ObjectNode hit(SearchHit hit, Store store) {
        ObjectNode n = hit(hit);
        String by = supersededBy(hit, store);
        if (by != null) n.put("superseded_by", by);
        return n;
    }

    /**
     * The content hash of the revision that replaced a report hit, or null (an event, or a report in force): the
     * index keeps every revision, so that what a report said before it was revised can still be found, and says
     * which is which through the store.
     */
    public static String supersededBy(SearchHit hit, Store store) {
        if (!"report".equals(hit.kind())) return null;
        return store.replacedBy(hit.id()).orElse(null);
    }
}
