package org.tumen.store;

import java.util.List;
import org.tumen.core.screen.Match;
import org.tumen.core.screen.PartyType;
import org.tumen.core.screen.Screener;

/**
 * How the store screens a PERSON or ORGANIZATION entity against the sanctions lists when it first stores it. Given to
 * {@link Store#open}, not built here, so that a store can run without lists (tests, tools) and the app decides
 * which lists are in use.
 */
@FunctionalInterface
public interface EntityScreen {
    /** Screens nothing: entities are stored unscreened and can be screened by a later store that has lists. */
    EntityScreen NONE = (kind, name) -> List.of();

    /** The matches at or above the decision threshold, best first; empty when none. */
    List<EntityMatch> screen(String kind, String name);

    /** The kinds of entity that are screened. */
    static boolean screens(String kind) {
        return "PERSON".equals(kind) || "ORGANIZATION".equals(kind);
    }

    /**
     * The screener's strong matches: a PERSON against listed persons, an ORGANIZATION against every listed party
     * but persons (entities, and vessels or aircraft named like companies).
     */
    static EntityScreen of(Screener screener) {
        return (kind, name) -> {
            boolean person = "PERSON".equals(kind);
            return screener.screen(name, person ? PartyType.PERSON : null, null).stream()
                    .filter(Match::strong)
                    .filter(m -> person || m.party().type() != PartyType.PERSON)
                    .map(EntityScreen::match)
                    .toList();
        };
    }

    private static EntityMatch match(Match m) {
        return new EntityMatch(
                m.list(),
                m.party().reference(),
                m.party().name(),
                m.matchedName(),
                m.score(),
                m.features(),
                m.programmes());
    }
}
