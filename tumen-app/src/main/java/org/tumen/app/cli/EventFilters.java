package org.tumen.app.cli;

import java.time.LocalDate;
import java.util.Locale;
import org.tumen.core.schema.Schema;
import org.tumen.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters shared by {@code events} and {@code export}. */
public final class EventFilters {
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

    EventQuery query() {
        String t = type == null ? null : type.toUpperCase(Locale.ROOT);
        if (t != null && !Schema.get().events().containsKey(t)) {
            throw new IllegalArgumentException("unknown event type " + type + "; one of "
                    + Schema.get().events().keySet());
        }
        return EventQuery.builder()
                .type(t)
                .party(party)
                .place(place)
                .since(since)
                .until(until)
                .minLikelihood(minLikelihood)
                .limit(limit)
                .build();
    }
}
