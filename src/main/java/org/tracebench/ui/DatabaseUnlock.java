package org.tracebench.ui;

import java.util.Optional;
import java.util.function.Function;
import org.tracebench.app.Workbench;
import org.tracebench.store.DatabaseEncryption;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.Passphrase;
import org.tracebench.store.WrongPassphraseException;
import org.tracebench.ui.common.Dialogs;

/**
 * Opens the database when the window starts: a plain file at once; an encrypted one (told by its header)
 * after asking for its passphrase, again after a wrong one, until it opens or the user gives up.
 */
final class DatabaseUnlock {

    static final String TITLE = "Open encrypted database";

    private DatabaseUnlock() {
    }

    /** The open workbench, or empty when the user cancelled the passphrase dialog. */
    static Optional<Workbench> open(DatabaseLocation location, Dialogs dialogs, Function<DatabaseLocation, Workbench> opener) {
        if (!DatabaseEncryption.isEncrypted(location)) {
            return Optional.of(opener.apply(location));
        }
        String message = "The case database " + location + " is encrypted. Type its passphrase to open it.";
        while (true) {
            Optional<Passphrase> passphrase = dialogs.askPassphrase(TITLE, message);
            if (passphrase.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(opener.apply(location.withPassphrase(passphrase.get())));
            } catch (WrongPassphraseException e) {
                passphrase.get().forget();
                message = "That passphrase does not open " + location + " (the file was not changed). Try again.";
            }
        }
    }
}
