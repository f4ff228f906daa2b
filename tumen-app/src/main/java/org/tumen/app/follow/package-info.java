/**
 * Continuous ingestion and alert delivery: RSS/Atom feeds and folders polled by {@code tumen follow}, each item
 * ingested once, and alerts posted to a webhook, signed and retried, once each. State lives in the store, so a
 * stopped follower resumes where it was.
 */
package org.tumen.app.follow;
