package org.tracebench.transfer;

import java.util.Map;
import java.util.Optional;

/** How an import's conflicts are decided: per field, by the user's choices or by one side for all. */
@FunctionalInterface
public interface Decisions {

    /** Empty: undecided, and the import stops with {@link ConflictsException}. */
    Optional<Side> decide(RecordConflict conflict, String field);

    /** Nothing decided: conflicts stop the import. */
    Decisions NONE = (conflict, field) -> Optional.empty();

    /** Every conflicting field takes one side (batch mode's {@code --take}). */
    static Decisions all(Side side) {
        return (conflict, field) -> Optional.of(side);
    }

    /** The user's choices, by {@link RecordConflict#key(String)}. */
    static Decisions chosen(Map<String, Side> choices) {
        Map<String, Side> copy = Map.copyOf(choices);
        return (conflict, field) -> Optional.ofNullable(copy.get(conflict.key(field)));
    }
}
