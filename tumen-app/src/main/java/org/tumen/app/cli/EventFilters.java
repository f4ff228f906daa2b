package org.tumen.app.cli;

import java.time.LocalDate;
import org.tumen.app.service.EventTypes;
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
        return EventQuery.builder()
                .type(EventTypes.parse(type))
                .party(party)
                .place(place)
                .since(since)
                .until(until)
                .minLikelihood(minLikelihood)
                .limit(limit)
                .build();
    }
}
