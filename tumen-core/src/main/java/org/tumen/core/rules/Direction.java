package org.tumen.core.rules;

import java.util.Objects;

/** Which way the goods move relative to the regime's target state. */
public enum Direction {
    /** the target receives: recipient is the target */
    TO,
    /** the target supplies: supplier is the target */
    FROM,
    /** either */
    ANY;

    /** Whether a transfer from {@code supplier} to {@code recipient} runs this way relative to {@code target}. */
    public boolean applies(String supplier, String recipient, String target) {
        boolean to = Objects.equals(recipient, target);
        boolean from = Objects.equals(supplier, target);
        return switch (this) {
            case TO -> to;
            case FROM -> from;
            case ANY -> to || from;
        };
    }

    String words(String target) {
        return switch (this) {
            case TO -> "to " + target;
            case FROM -> "from " + target;
            case ANY -> "to or from " + target;
        };
    }
}
