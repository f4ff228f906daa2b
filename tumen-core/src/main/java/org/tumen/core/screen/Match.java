package org.tumen.core.screen;

import java.util.List;
import java.util.Objects;

/**
 * One screening hit: the listed party, the listed name that matched best, the score (0–1) and the features that
 * explain it, with the list and programmes so an analyst can cite them.
 */
public record Match(ListedParty party, String matchedName, double score, List<String> features) {
    public Match {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(matchedName, "matchedName");
        if (score < 0 || score > 1) throw new IllegalArgumentException("score out of 0..1: " + score);
        features = List.copyOf(features);
    }

    public String list() {
        return party.listId();
    }

    public List<String> programmes() {
        return party.programmes();
    }

    /** At or above the evaluated decision threshold ({@link NameMatcher#THRESHOLD}). */
    public boolean strong() {
        return score >= NameMatcher.THRESHOLD;
    }
}
