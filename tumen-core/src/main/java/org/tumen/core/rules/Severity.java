package org.tumen.core.rules;

import java.util.Locale;

/** How sure a flag is; declared weakest first so that the strongest of several matches wins. */
public enum Severity {
    /** only a yearly cap could be breached: one event cannot tell */
    REVIEW,
    /** hangs on a national list, on goods the text leaves unclear, or on a designation decision */
    POSSIBLE,
    /** the rule itself names the goods */
    BREACH;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Severity parse(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
