package org.tracebench.store;

/** A failure of the case store, with a message fit to show the user as it is. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
