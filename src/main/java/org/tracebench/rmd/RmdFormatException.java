package org.tracebench.rmd;

/** An RMD export that cannot be read; the message names the file, row, column and reason. */
public final class RmdFormatException extends RuntimeException {

    public RmdFormatException(String message) {
        super(message);
    }

    public RmdFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
