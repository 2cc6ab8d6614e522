package org.tracebench.ui.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracebench.transfer.RecordConflict;
import org.tracebench.transfer.Side;

/** Asks the user to decide an import's conflicts; tests answer for the user. */
@FunctionalInterface
public interface ConflictChooser {

    /** The side of every field by {@link RecordConflict#key(String)}, or empty when the user cancelled the import. */
    Optional<Map<String, Side>> choose(String file, List<RecordConflict> conflicts);
}
