package org.tumen.store;

/**
 * The store could not do what was asked: the database is unreachable, a migration failed, a statement failed. The
 * message is one line meant for the user (it names the database URL, never a password), so commands can print it
 * and exit without a stack trace.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
