package org.tumen.core.screen;

/**
 * A list file that cannot be read: truncated, malformed, or not the format its name says. The message names the file
 * and, where known, the line or element, because whoever runs {@code tumen lists update} has to find and fix it.
 */
public final class ListFormatException extends RuntimeException {
    public ListFormatException(String file, String where, String problem, Throwable cause) {
        super(file + (where == null ? "" : " (" + where + ")") + ": " + problem, cause);
    }
}
