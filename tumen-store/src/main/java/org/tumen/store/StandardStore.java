package org.tumen.store;

import java.nio.file.Path;
import java.time.Clock;
import org.tumen.core.assess.AdmiraltyAssessor;
import org.tumen.core.fuse.RuleFusion;
import org.tumen.core.rules.RuleSet;
import org.tumen.core.rules.SanctionsChecker;
import org.tumen.core.screen.ListCatalog;
import org.tumen.core.screen.ListedPartyScreen;
import org.tumen.core.screen.Screener;
import org.tumen.core.watch.ActivitySignals;

/**
 * The store as every writer of the product opens it — the CLI, the server and the Flink job — so that none of them
 * fuses, assesses or screens differently: the real fusion and assessment stages, MinHash near-duplicates, and the data
 * folder's sanctions lists (loaded only when an ingest first screens an entity) for the entities it stores.
 */
public final class StandardStore {
    private StandardStore() {}

    /** The listed-party flags as the data folder's lists give them now, for {@link Store#rescreen}. */
    public static ListedParties listedParties(Path dataDir) {
        SanctionsChecker checker = new SanctionsChecker(RuleSet.defaults(), ListedPartyScreen.forDataDir(dataDir));
        return checker::listedPartyFlags;
    }

    public static Store open(StoreConfig config, Path dataDir) {
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
