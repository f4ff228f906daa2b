package org.tumen.app.follow;

import java.time.LocalDate;
import java.util.Objects;

/** One item of a feed as read: either an entry to ingest, or a malformed one to report and skip. */
public sealed interface FeedItem {
    /** guid, else link, else a hash of the item's content: what makes it the same item on the next poll */
    String key();

    /** the SHA-256 of what was read, so a changed item is read again */
    String contentHash();

    record Entry(String key, String contentHash, String title, String link, LocalDate published, String text)
            implements FeedItem {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(text, "text");
        }
    }

    record Malformed(String key, String contentHash, String problem) implements FeedItem {}
}
