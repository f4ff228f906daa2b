package org.tumen.store.search;

import java.util.List;

/**
 * The hits of one search, best first.
 *
 * @param totalHits how many documents match; a lower bound when {@code exact} is false (Lucene stops counting
 *     past a threshold to stay fast)
 */
public record SearchResult(long totalHits, boolean exact, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
