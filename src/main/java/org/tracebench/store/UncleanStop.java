package org.tracebench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether the last run closed the store: a marker file is written beside the database when it opens and
 * removed when it closes, so a marker found at open was left by a run that was killed, lost power or was
 * stopped without closing. Only the process holding the database's lock reads or writes the marker.
 */
final class UncleanStop {

    static final String MARKER = "tracebench.open";

    private UncleanStop() {
    }

    /** Writes the marker; true when one was already there (the previous run did not close the store). */
    static boolean markOpen(DatabaseLocation location) {
        if (!location.isEmbedded()) {
            return false;
        }
        Path marker = location.directory().resolve(MARKER);
        boolean left = Files.exists(marker);
        try {
            Files.writeString(marker, "opened by process " + ProcessHandle.current().pid() + System.lineSeparator());
        } catch (IOException e) {
            // Only the check after a crash depends on it; the store itself works without.
            org.slf4j.LoggerFactory.getLogger(UncleanStop.class).warn("Cannot write {}", marker, e);
        }
        return left;
    }

    /** Whether the last run left the marker, read before anything opens the store. */
    static boolean wasLeftOpen(DatabaseLocation location) {
        return location.isEmbedded() && Files.exists(location.directory().resolve(MARKER));
    }

    static void markClosed(DatabaseLocation location) {
        if (!location.isEmbedded()) {
            return;
        }
        try {
            Files.deleteIfExists(location.directory().resolve(MARKER));
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(UncleanStop.class).warn("Cannot remove the open marker of {}", location, e);
        }
    }
}
