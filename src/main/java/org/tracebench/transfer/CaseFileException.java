package org.tracebench.transfer;

/** A case file that cannot be read as it is (damaged, tampered, too new, wrong passphrase); nothing was written. */
public class CaseFileException extends RuntimeException {

    public CaseFileException(String message) {
        super(message);
    }

    public CaseFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
