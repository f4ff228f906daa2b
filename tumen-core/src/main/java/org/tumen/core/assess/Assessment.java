package org.tumen.core.assess;

import java.util.List;

/**
 * How well a fused event is established.
 *
 * @param supporting independent sources for it (near-identical reports count once)
 * @param contradicting independent sources against it (denials)
 * @param reliability Admiralty source reliability A–F of the best supporting source
 * @param credibility Admiralty information credibility 1–6
 * @param likelihood ICD 203 expression ("likely", "roughly even chance", …)
 * @param probability the number behind the phrase, 0–1
 * @param reasons the reasons, in words
 */
public record Assessment(
        int supporting,
        int contradicting,
        String reliability,
        int credibility,
        String likelihood,
        double probability,
        List<String> reasons) {
    public Assessment {
        reasons = List.copyOf(reasons);
        if (credibility < 1 || credibility > 6)
            throw new IllegalArgumentException("credibility is 1–6: " + credibility);
        if (!reliability.matches("[A-F]")) throw new IllegalArgumentException("reliability is A–F: " + reliability);
    }
}
