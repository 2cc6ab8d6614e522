package org.tracebench.model;

/** Thrown by a save that would overwrite a newer version of the record; the store was not changed. */
public final class EditConflictException extends RuntimeException {

    private final transient EditConflict<?> conflict;

    public EditConflictException(EditConflict<?> conflict) {
        super(conflict.summary());
        this.conflict = conflict;
    }

    public EditConflict<?> conflict() {
        return conflict;
    }
}
