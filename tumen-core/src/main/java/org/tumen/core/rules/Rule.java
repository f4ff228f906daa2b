package org.tumen.core.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One rule of a regime file, read by {@link RuleFiles}, which is the only place that builds one.
 *
 * @param id unique within the regime; {@link #key()} is unique across regimes
 * @param tag REGIME/rule; several rules that implement one measure share a tag
 * @param citation instrument and paragraph
 * @param summary what the measure does, for explanations
 * @param from the date from which the rule applies
 * @param severity the severity hint when goods, direction and date match
 * @param nationalLists keys of rules of other regimes that decide what counts as the goods (UN luxury goods)
 * @param eventFlag whether the tag goes into the event's {@code flags} (the eval contract)
 * @param trigger null for goods rules; {@code obfuscation} for the false-destination rule
 * @param cues phrases that signal the trigger in a report's text
 */
public record Rule(
        String regime,
        String id,
        String tag,
        String citation,
        String summary,
        Direction direction,
        Goods goods,
        LocalDate from,
        Severity severity,
        List<Threshold> thresholds,
        List<String> nationalLists,
        boolean verify,
        boolean eventFlag,
        String trigger,
        List<String> cues) {
    public Rule {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(severity, "severity");
        thresholds = List.copyOf(thresholds);
        nationalLists = List.copyOf(nationalLists);
        cues = List.copyOf(cues);
        if (!tag.startsWith(regime + "/")) throw new IllegalArgumentException("tag: must start with " + regime + "/");
    }

    /** REGIME/id, unique across all regimes: how national_lists refer to a rule. */
    public String key() {
        return regime + "/" + id;
    }

    public boolean onlyCapped() {
        return !thresholds.isEmpty() && thresholds.stream().allMatch(Threshold::isYearlyCap);
    }
}
