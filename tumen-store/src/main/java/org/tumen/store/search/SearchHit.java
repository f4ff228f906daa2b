package org.tumen.store.search;

/**
 * One match.
 *
 * @param kind {@code report} or {@code event}
 * @param title the report's title, or the event's type label
 * @param snippet the best passage, HTML-escaped, with matched words in {@code <mark>}…{@code </mark>}
 * @param score Lucene's relevance score, comparable only within one search
 */
public record SearchHit(String id, String kind, String title, String snippet, float score) {}
