package org.tumen.core.ingest;

import java.time.LocalDate;

/**
 * How an {@link InputReader} reads.
 *
 * @param maxTextBytes the largest text file or JSONL line accepted; larger ones are refused rather than read,
 *     because a text that size is almost always a mistake (a log, a dump) and would stall the annotator
 * @param publishedOverride when set, the publication date of every report, whatever the input says (the CLI's
 *     {@code --published}); null to use the dates found in the input
 */
public record InputOptions(long maxTextBytes, LocalDate publishedOverride) {
    public static final long DEFAULT_MAX_TEXT_BYTES = 5L * 1024 * 1024;

    public InputOptions {
        if (maxTextBytes < 1) throw new IllegalArgumentException("maxTextBytes must be positive: " + maxTextBytes);
    }

    public static InputOptions defaults() {
        return new InputOptions(DEFAULT_MAX_TEXT_BYTES, null);
    }

    public InputOptions withMaxTextBytes(long bytes) {
        return new InputOptions(bytes, publishedOverride);
    }

    public InputOptions withPublishedOverride(LocalDate date) {
        return new InputOptions(maxTextBytes, date);
    }
}
