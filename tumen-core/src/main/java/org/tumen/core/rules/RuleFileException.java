package org.tumen.core.rules;

/** A rule file that cannot be used; the message names the file, the rule and the field. */
public final class RuleFileException extends RuntimeException {
    public RuleFileException(String message) {
        super(message);
    }

    public RuleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
