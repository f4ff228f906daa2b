package org.tumen.core.extract;

import java.util.List;
import java.util.Locale;

/** The reporting frame's stance toward an event: asserted, alleged or uncertain, from hedging cues. */
final class Stance {
    private static final List<String> UNCERTAIN = List.of(
            "not known whether",
            "not known if",
            "unclear whether",
            "unclear if",
            "not clear whether",
            "not clear if",
            "could not be determined",
            "cannot be determined",
            "could not be confirmed",
            "cannot be confirmed",
            "could not be verified",
            "cannot be verified",
            "could not be independently");
    private static final List<String> ALLEGED = List.of(
            "reports that",
            "reported that",
            "reportedly",
            "allegedly",
            "alleged ",
            "suspected",
            "accused",
            "accusing",
            "accusation",
            "claims that",
            "claimed that",
            "claiming that",
            "indicates that",
            "suggests that",
            "believed to",
            "said to have",
            "purportedly",
            "rumou");

    private Stance() {}

    static String of(Site site) {
        String sentence = site.sentenceText().toLowerCase(Locale.ROOT);
        for (String cue : UNCERTAIN) if (sentence.contains(cue)) return "uncertain";
        if (site.segment.opener().equals("whether")) return "uncertain";
        int upto = site.trigger.begin() - site.sentence.begin();
        String lead = sentence.substring(0, Math.max(0, upto));
        for (String cue : ALLEGED) if (lead.contains(cue)) return "alleged";
        return "asserted";
    }
}
