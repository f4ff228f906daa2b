package org.tumen.store;

/**
 * What {@code follow} recorded about one item of one source.
 *
 * @param contentHash the SHA-256 of the item's content when last seen
 * @param status {@code ingested} or {@code malformed}
 */
public record FollowedItem(String contentHash, String status) {
    public static final String INGESTED = "ingested";
    public static final String MALFORMED = "malformed";
}
