package org.tumen.core.rules;

import java.util.List;

/**
 * The hook through which the checker asks whether a party is a listed entity. Name screening (org.tumen.core.screen)
 * implements it; the checker only turns matches into flags, so it does not depend on how names are matched.
 */
@FunctionalInterface
public interface PartyScreen {
    /** No lists loaded: no party is listed. */
    PartyScreen NONE = name -> List.of();

    /** Listed entries that this party name matches, best first; empty when none. */
    List<PartyMatch> matches(String partyName);

    /** This screen with each distinct name asked once; not thread-safe, so make one per report. */
    static PartyScreen memoised(PartyScreen screen) {
        if (screen == NONE) return NONE;
        java.util.Map<String, List<PartyMatch>> seen = new java.util.HashMap<>();
        return name -> seen.computeIfAbsent(name, screen::matches);
    }
}
