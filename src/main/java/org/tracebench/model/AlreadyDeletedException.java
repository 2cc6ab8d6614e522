package org.tracebench.model;

/** Thrown by a delete or a save of a record someone else has deleted since this user read it; nothing was written. */
public final class AlreadyDeletedException extends RuntimeException {

    public AlreadyDeletedException(String what) {
        super(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " was already deleted by someone else");
    }
}
