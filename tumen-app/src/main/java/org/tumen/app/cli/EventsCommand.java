package org.tumen.app.cli;

import java.util.concurrent.Callable;
import org.tumen.store.EventView;
import org.tumen.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tumen events}: the fused events in the store, filtered. */
@Command(
        name = "events",
        mixinStandardHelpOptions = true,
        description = "List events with their claims and assessment.")
public final class EventsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    EventFilters filters;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Override
    public Integer call() {
        var query = filters.query();
        try (Store db = store.open()) {
            for (EventView e : db.events(query))
                System.out.println(json ? e.toJson().toString() : Render.line(e));
        }
        return 0;
    }
}
