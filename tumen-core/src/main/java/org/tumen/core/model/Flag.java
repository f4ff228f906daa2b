package org.tumen.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sanctions rule that an event may breach, with enough to explain it: which rule, under which instrument, for
 * which goods and parties, how the date was tested and how sure the finding is.
 *
 * @param tag the rule's tag, REGIME/rule ("UN-DPRK/arms-export")
 * @param regime the regime ("UN-DPRK", "EU-DPRK")
 * @param citation instrument and paragraph(s)
 * @param goods the goods as the event names them
 * @param hsMatched the HS prefix of the rule that the goods matched, or null when matched by words or not by goods
 * @param parties the parties the rule was tested on
 * @param dateTest in words, how the event's time compares with the date the rule applies from
 * @param severity {@code breach}: the rule itself names the goods; {@code possible}: it hangs on national lists,
 *     unclear goods or a designation decision; {@code review}: only a yearly cap could be breached
 * @param explanation one sentence
 * @param verify whether the citation still needs checking against the official text
 * @param eventTag whether the tag belongs in the event's {@code flags} field (the eval contract lists UN goods
 *     measures only; national regimes and evasion findings are detail)
 */
public record Flag(
        String tag,
        String regime,
        String citation,
        String goods,
        String hsMatched,
        List<String> parties,
        String dateTest,
        String severity,
        String explanation,
        boolean verify,
        boolean eventTag)
        implements java.io.Serializable {
    public static final Set<String> SEVERITIES = Set.of("breach", "possible", "review");

    public Flag {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(explanation, "explanation");
        if (!SEVERITIES.contains(severity)) throw new IllegalArgumentException("unknown severity: " + severity);
        parties = List.copyOf(parties);
    }
}
