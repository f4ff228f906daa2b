package org.tumen.app.cli;

import java.util.concurrent.Callable;
import org.tumen.store.EntityQuery;
import org.tumen.store.EntityView;
import org.tumen.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tumen entities}: stored entities with the sanctions-list entries their names matched at ingest. */
@Command(
        name = "entities",
        mixinStandardHelpOptions = true,
        description = "List stored entities with their sanctions-list matches, listed ones first.")
public final class EntitiesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: person, organization, country, …")
    String kind;

    @Option(names = "--listed", description = "Only entities that match a sanctions-list entry.")
    boolean listed;

    @Option(names = "--limit", description = "Most entities shown (default: ${DEFAULT-VALUE}).")
    int limit = 1000;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Override
    public Integer call() {
        try (Store db = store.open()) {
            for (EntityView e : db.entities(new EntityQuery(kind, listed, limit)))
                System.out.println(json ? e.toJson().toString() : Render.entity(e));
        }
        return 0;
    }
}
