package org.tracebench.store;

/** A backup that cannot be restored (not a backup, damaged, cut short, of a newer Tracebench); nothing was changed. */
public class BadBackupException extends StoreException {
    public BadBackupException(String message) {
        super(message);
    }

    public BadBackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
