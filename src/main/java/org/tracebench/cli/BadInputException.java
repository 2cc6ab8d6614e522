package org.tracebench.cli;

/** Input the user gave that cannot be used: batch commands exit with status 2 on it. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
