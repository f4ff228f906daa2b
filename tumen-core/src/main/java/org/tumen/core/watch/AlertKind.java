package org.tumen.core.watch;

import java.util.Arrays;

/** Why an alert was raised. The wire name is what JSON, the feed and the CLI show. */
public enum AlertKind {
    /** an event matching the watch was stored for the first time */
    NEW_EVENT("new-event"),
    /** a matching event's assessment changed: a new independent source, a denial, a source's reliability moving */
    ASSESSMENT_CHANGE("assessment-change"),
    /** a sanctions rule flagged a matching event */
    FLAG("flag"),
    /** a watched place shows activity again after a gap */
    RESUMPTION("resumption"),
    /** a watched place shows more activity than its own history */
    BURST("burst");

    private final String wire;

    AlertKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static AlertKind of(String wire) {
        return Arrays.stream(values())
                .filter(k -> k.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown alert kind: " + wire));
    }
}
