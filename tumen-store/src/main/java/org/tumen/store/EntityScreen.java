package org.tumen.store;

import java.util.List;
import org.tumen.core.screen.Match;
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
     * The screener's strong matches against every listed party, whatever the entity's kind: the recogniser's kind
     * is a guess (an acronym such as "KOMID" is often taken for a person), and the sanctions checker screens the
     * same way, so an entity and the transfer it takes part in agree on whether it is listed.
     */
    static EntityScreen of(Screener screener) {
        return (kind, name) ->
                screener.screenParty(name).stream().map(EntityScreen::match).toList();
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
