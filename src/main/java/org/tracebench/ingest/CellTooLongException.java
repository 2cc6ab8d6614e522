package org.tracebench.ingest;

/**
 * A value typed or pasted into the Calls editor that is longer than its column holds. Refused before
 * anything is saved, in words the editor shows as they are, rather than as the database's "value too long".
 */
public final class CellTooLongException extends IllegalArgumentException {

    CellTooLongException(String message) {
        super(message);
    }
}
