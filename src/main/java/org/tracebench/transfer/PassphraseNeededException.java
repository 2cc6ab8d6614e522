package org.tracebench.transfer;

/** The case file is encrypted and no passphrase was given: the caller asks for one and tries again. */
public final class PassphraseNeededException extends CaseFileException {

    public PassphraseNeededException(String message) {
        super(message);
    }
}
