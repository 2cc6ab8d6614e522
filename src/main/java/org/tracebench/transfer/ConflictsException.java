package org.tracebench.transfer;

import java.util.List;

/**
 * An import stopped because records changed on both sides and nobody has decided them yet; nothing was written.
 * The caller shows the conflicts, collects a decision per field and imports again with them.
 */
public final class ConflictsException extends RuntimeException {

    private final transient List<RecordConflict> conflicts;

    public ConflictsException(String file, List<RecordConflict> conflicts) {
        super(file + ": " + conflicts.size() + (conflicts.size() == 1 ? " record was" : " records were")
                + " changed both here and in the file; nothing was imported until each is decided");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<RecordConflict> conflicts() {
        return conflicts;
    }

    public long fields() {
        return conflicts.stream().mapToLong(c -> c.fieldsToDecide().size()).sum();
    }
}
