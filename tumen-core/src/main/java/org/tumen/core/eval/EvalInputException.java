package org.tumen.core.eval;

import java.nio.file.Path;

/**
 * A gold or prediction file that cannot be scored: unreadable, not JSON, or shaped so that score.py would stop with
 * a traceback. The message names the file when one is known.
 */
public final class EvalInputException extends RuntimeException {
    private final transient Path file;

    public EvalInputException(String message) {
        this(null, message, null);
    }

    public EvalInputException(Path file, String message, Throwable cause) {
        super(file == null ? message : file + ": " + message, cause);
        this.file = file;
    }

    /** The file at fault, or null when the fault was found after reading (the message then names the report). */
    public Path file() {
        return file;
    }
}
