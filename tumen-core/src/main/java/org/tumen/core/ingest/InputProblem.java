package org.tumen.core.ingest;

import java.util.Objects;

/**
 * Input that could not be read, reported instead of thrown so that one bad file never stops a run over
 * thousands of good ones.
 *
 * @param file the path as the user gave it (or as found under a folder they gave)
 * @param line the 1-based line for a JSON Lines record, or null when the whole file is at fault
 * @param message what is wrong, written for the user who has to fix the file
 */
public record InputProblem(String file, Integer line, String message) implements InputItem, java.io.Serializable {
    public InputProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line != null && line < 1) throw new IllegalArgumentException("line numbers start at 1: " + line);
    }

    static InputProblem of(String file, String message) {
        return new InputProblem(file, null, message);
    }

    @Override
    public String toString() {
        return line == null ? file + ": " + message : file + ":" + line + ": " + message;
    }
}
