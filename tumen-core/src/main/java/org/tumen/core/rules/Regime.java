package org.tumen.core.rules;

import java.util.List;

/**
 * One regime file: a sanctions programme against one target state.
 *
 * @param name REGIME, the prefix of its tags ("UN-DPRK")
 * @param target the ISO 3166-1 alpha-3 code of the target state
 * @param binds whom the regime binds, in words (explanations say so when a national list decides)
 * @param file the resource it was read from
 */
public record Regime(String name, String title, String target, String binds, String file, List<Rule> rules) {
    public Regime {
        rules = List.copyOf(rules);
    }
}
