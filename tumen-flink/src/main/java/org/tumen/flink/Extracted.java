package org.tumen.flink;

import java.io.Serializable;
import java.util.Objects;
import org.tumen.core.model.Extraction;

/** What the extract step made of one input item: an extraction to store, or why there is none. */
public sealed interface Extracted extends Serializable {

    /** A report the pipeline read. */
    record Read(Extraction extraction) implements Extracted {
        public Read {
            Objects.requireNonNull(extraction, "extraction");
        }
    }

    /**
     * Input that could not be read, or a report the pipeline failed on; counted as failed, as by {@code tumen
     * ingest}.
     *
     * @param message where and why, as {@code tumen ingest} prints it
     */
    record Failed(String message) implements Extracted {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }
}
