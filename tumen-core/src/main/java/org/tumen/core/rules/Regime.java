package org.tumen.core.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One regime file: a sanctions programme against one target state.
 *
 * @param name REGIME, the prefix of its tags ("UN-DPRK")
 * @param target the ISO 3166-1 alpha-3 code of the target state
 * @param binds whom the regime binds, in words (explanations say so when a national list decides)
 * @param jurisdiction the states whose trade with the target the regime governs, each with the days it did; empty for
 *     a regime that binds every state (the UN's) or reaches any trade (the US's)
 * @param file the resource it was read from
 */
public record Regime(
        String name,
        String title,
        String target,
        String binds,
        Map<String, Membership> jurisdiction,
        String file,
        List<Rule> rules) {
    public Regime {
        rules = List.copyOf(rules);
        jurisdiction = Collections.unmodifiableMap(new LinkedHashMap<>(jurisdiction));
    }

    /**
     * The days a state was in a regime's jurisdiction.
     *
     * @param since the first day (null: from the start)
     * @param until the last day (null: still in it)
     */
    public record Membership(LocalDate since, LocalDate until) {
        public static final Membership ALWAYS = new Membership(null, null);
    }

    /**
     * Whether {@code state} is outside this regime's reach for an event of this time: the regime has a jurisdiction,
     * and the state is not in it, or was not in it at any time the event can have happened.
     */
    boolean outside(String state, String when, LocalDate published) {
        if (jurisdiction.isEmpty()) return false;
        Membership m = jurisdiction.get(state);
        if (m == null) return true;
        if (m.until() != null && !DateTest.mayBeginBy(when, published, m.until())) return true;
        return m.since() != null && !DateTest.of(when, published, m.since()).passes();
    }
}
