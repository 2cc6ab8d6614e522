package org.tracebench.store;

/**
 * A passphrase that cannot be used for this database: missing for an encrypted file, given for a plain one,
 * too short for a new one, or wrong ({@link WrongPassphraseException}). Always refused before the file is written.
 */
public class PassphraseException extends StoreException {
    public PassphraseException(String message) {
        super(message);
    }
}
