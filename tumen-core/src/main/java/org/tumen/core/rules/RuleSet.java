package org.tumen.core.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The regimes in force in one run, with cross-references between rules resolved. */
public final class RuleSet {
    private static final class Holder {
        static final RuleSet DEFAULT =
                of(RuleFiles.DEFAULTS.stream().map(RuleFiles::resource).toList());
    }

    private final List<Regime> regimes;
    private final Map<String, Rule> byKey;

    private RuleSet(List<Regime> regimes, Map<String, Rule> byKey) {
        this.regimes = List.copyOf(regimes);
        this.byKey = byKey;
    }

    /** The regime files shipped with Tumen, read once. */
    public static RuleSet defaults() {
        return Holder.DEFAULT;
    }

    /**
     * @throws RuleFileException when two regimes share a name or a national_lists entry names no rule
     */
    public static RuleSet of(List<Regime> regimes) {
        Map<String, Rule> byKey = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Regime g : regimes) {
            String before = names.putIfAbsent(g.name(), g.file());
            if (before != null)
                throw new RuleFileException(g.file() + ": regime " + g.name() + " is also in " + before);
            for (Rule r : g.rules()) byKey.put(r.key(), r);
        }
        for (Regime g : regimes)
            for (Rule r : g.rules())
                for (String ref : r.nationalLists())
                    if (!byKey.containsKey(ref))
                        throw new RuleFileException(
                                g.file() + ": rule " + r.id() + ": field 'national_lists': no rule " + ref);
        return new RuleSet(regimes, Map.copyOf(byKey));
    }

    public List<Regime> regimes() {
        return regimes;
    }

    public List<Rule> rules() {
        return regimes.stream().flatMap(g -> g.rules().stream()).toList();
    }

    public Optional<Rule> rule(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Regime regime(Rule r) {
        return regimes.stream()
                .filter(g -> g.name().equals(r.regime()))
                .findFirst()
                .orElseThrow();
    }
}
