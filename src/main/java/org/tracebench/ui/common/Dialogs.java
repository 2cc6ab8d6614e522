package org.tracebench.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question the workbench asks the user in a window of its own: which file, which folder, whether to
 * go ahead, and what went wrong. View models ask through this so tests can answer for the user.
 */
public interface Dialogs {

    /** A choice in a file dialog's type list, e.g. "Excel workbook (*.xlsx)" with "*.xlsx". */
    record FileType(String description, List<String> patterns) {
        public FileType {
            patterns = List.copyOf(patterns);
        }

        public static FileType of(String description, String... patterns) {
            return new FileType(description, List.of(patterns));
        }

        public static final FileType ALL = of("All files", "*.*");
    }

    Optional<Path> chooseOpenFile(String title, List<FileType> types);

    Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types);

    Optional<Path> chooseFolder(String title);

    /** True when the user agreed. */
    boolean confirm(String title, String message);

    /** Tells the user something failed; does not wait for them. */
    void error(String header, Throwable error);

    /** Tells the user something worth knowing; does not wait for them. */
    void inform(String header, String message);

    /**
     * Asks for the passphrase of an encrypted database (never echoed); empty when the user gave up. The message
     * names the database, or says the last passphrase was wrong.
     */
    /**
     * Someone else saved what this user was editing: which fields to keep as the user typed them (empty when
     * the user cancelled; a decision not to save means: take the saved version).
     */
    default Optional<ConflictDialog.Decision> resolveConflict(org.tracebench.model.EditConflict<?> conflict) {
        return Optional.empty();
    }

    /**
     * Someone else changed what this user is deleting: true when the user deletes it anyway, having seen the
     * other version (decision 0709).
     */
    default boolean deleteAnyway(org.tracebench.model.EditConflict<?> conflict) {
        return false;
    }

    default Optional<org.tracebench.store.Passphrase> askPassphrase(String title, String message) {
        return Optional.empty();
    }

    /** Asks for a new passphrase, typed twice; empty when the user gave up. */
    default Optional<org.tracebench.store.Passphrase> askNewPassphrase(String title, String message) {
        return Optional.empty();
    }
}
