package org.tumen.flink;

import java.nio.file.Path;
import org.tumen.core.pipeline.Pipeline;
import org.tumen.core.pipeline.Pipelines;
import org.tumen.store.StandardStore;
import org.tumen.store.Store;
import org.tumen.store.StoreConfig;

/**
 * The pipeline and the store as {@code tumen ingest} builds them: the store from {@link StandardStore}, as the CLI
 * opens it, and the same pipeline, so that the job extracts and stores nothing differently ({@code IngestJobIT}
 * compares the job's store with one written the CLI's way).
 */
final class Stages {
    private Stages() {}

    /**
     * The JVM's one pipeline, its party screen reading the data folder's sanctions lists. In a task manager every slot
     * running this job shares it: CoreNLP loads once per task manager, not once per slot.
     */
    static Pipeline pipeline(Path dataDir) {
        return Pipelines.forDataDir(dataDir);
    }

    /** The store as the CLI opens it. */
    static Store store(StoreConfig config, Path dataDir) {
        return StandardStore.open(config, dataDir);
    }
}
