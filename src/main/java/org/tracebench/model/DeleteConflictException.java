package org.tracebench.model;

/**
 * Thrown by a delete whose record someone else changed after this user read it (decision 0709): deleting would
 * destroy their change unseen, so nothing was deleted. The conflict's {@code base} and {@code mine} are the
 * record as this user saw it, {@code theirs} the record as it is stored now; deleting anyway means deleting
 * again with {@code theirs} as what was seen.
 */
public final class DeleteConflictException extends RuntimeException {

    private final transient EditConflict<?> conflict;

    public DeleteConflictException(EditConflict<?> conflict) {
        super(conflict.what() + ": changed by someone else since it was read (" + String.join(", ",
                conflict.fieldsToDecide().stream().map(RecordFields::label).toList()) + "); nothing was deleted");
        this.conflict = conflict;
    }

    public EditConflict<?> conflict() {
        return conflict;
    }

    /** The refusal for a delete of {@code seen} when the store now holds {@code stored}. */
    public static <T extends Record> DeleteConflictException of(String what, T seen, T stored) {
        return new DeleteConflictException(new EditConflict<>(what, seen, seen, stored));
    }
}
