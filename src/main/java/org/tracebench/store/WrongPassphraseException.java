package org.tracebench.store;

/** The passphrase given does not open the encrypted database; nothing was written to the file. */
public final class WrongPassphraseException extends PassphraseException {
    public WrongPassphraseException(String message) {
        super(message);
    }
}
