package org.tumen.flink;

import java.nio.file.Path;
import java.time.Clock;
import org.tumen.core.assess.AdmiraltyAssessor;
import org.tumen.core.fuse.RuleFusion;
import org.tumen.core.pipeline.Pipeline;
import org.tumen.core.pipeline.Pipelines;
import org.tumen.core.screen.ListCatalog;
import org.tumen.core.screen.ListedPartyScreen;
import org.tumen.core.screen.Screener;
import org.tumen.core.watch.ActivitySignals;
import org.tumen.store.EntityScreen;
import org.tumen.store.NearDuplicates;
import org.tumen.store.Store;
import org.tumen.store.StoreConfig;

/**
 * The pipeline and the store as {@code tumen ingest} builds them (tumen-app's {@code StoreOptions}): the same stages
 * in the same configuration, so that the job extracts and stores nothing differently. Kept in step with it by
 * {@code IngestJobIT}, which compares the job's store with one written the CLI's way.
 */
final class Stages {
    private Stages() {}

    /**
     * The JVM's one pipeline, its party screen reading the data folder's sanctions lists. In a task manager every slot
     * running this job shares it: CoreNLP loads once per task manager, not once per slot.
     */
    static Pipeline pipeline(Path dataDir) {
        return Pipelines.get().withPartyScreen(ListedPartyScreen.forDataDir(dataDir));
    }

    /** The store with the real fusion and assessment, screening new entities against the data folder's lists. */
    static Store store(StoreConfig config, Path dataDir) {
        EntityScreen lists = EntityScreen.of(new Screener(ListCatalog.forDataDir(dataDir)));
        return Store.open(
                config,
                new RuleFusion(),
                new AdmiraltyAssessor(),
                NearDuplicates.minHash(),
                Clock.systemUTC(),
                lists,
                ActivitySignals.defaults());
    }
}
