package org.tumen.core.watch;

import java.util.List;
import java.util.Locale;

/** The ICD 203 likelihood phrases that the assessor gives, in rising order, so a watchlist can set a floor. */
public final class Likelihood {
    /** Lowest first; the phrases of {@link org.tumen.core.assess.AdmiraltyAssessor#likelihood(double)}. */
    public static final List<String> SCALE = List.of(
            "almost no chance",
            "very unlikely",
            "unlikely",
            "roughly even chance",
            "likely",
            "very likely",
            "almost certain");

    private Likelihood() {}

    /** The phrase's place on the scale, or -1 for a phrase not on it. */
    public static int rank(String phrase) {
        return phrase == null
                ? -1
                : SCALE.indexOf(phrase.strip().toLowerCase(Locale.ROOT).replace('-', ' '));
    }

    /** The phrase as written on the scale; rejects anything else with the scale in the message. */
    public static String parse(String phrase) {
        int rank = rank(phrase);
        if (rank < 0) throw new IllegalArgumentException("'" + phrase + "' is not a likelihood; one of " + SCALE);
        return SCALE.get(rank);
    }
}
