package org.tumen.app.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.tumen.store.EventQuery;
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

    @Option(names = "--type", description = "TRANSFER, CROSSING, STATUS_CHANGE, ACCUSE or DENY.")
    String type;

    @Option(names = "--party", description = "An ISO 3166-1 alpha-3 code or a name.")
    String party;

    @Option(names = "--place", description = "A place name.")
    String place;

    @Option(names = "--since", paramLabel = "DATE", description = "Events overlapping this date or later (YYYY-MM-DD).")
    LocalDate since;

    @Option(
            names = "--until",
            paramLabel = "DATE",
            description = "Events overlapping this date or earlier (YYYY-MM-DD).")
    LocalDate until;

    @Option(
            names = "--min-likelihood",
            paramLabel = "P",
            description = "Least probability, 0–1, behind the likelihood phrase.")
    Double minLikelihood;

    @Option(names = "--limit", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit = EventQuery.DEFAULT_LIMIT;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Override
    public Integer call() {
        if (type != null && !org.tumen.core.schema.Schema.get().events().containsKey(type.toUpperCase())) {
            throw new IllegalArgumentException("unknown event type " + type + "; one of "
                    + org.tumen.core.schema.Schema.get().events().keySet());
        }
        EventQuery query = EventQuery.builder()
                .type(type == null ? null : type.toUpperCase())
                .party(party)
                .place(place)
                .since(since)
                .until(until)
                .minLikelihood(minLikelihood)
                .limit(limit)
                .build();
        try (Store db = store.open()) {
            for (EventView e : db.events(query))
                System.out.println(json ? e.toJson().toString() : Render.line(e));
        }
        return 0;
    }
}
