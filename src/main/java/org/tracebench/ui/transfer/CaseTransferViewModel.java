package org.tracebench.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tracebench.model.CaseSummary;
import org.tracebench.store.Passphrase;
import org.tracebench.transfer.CaseFileException;
import org.tracebench.transfer.CaseTransfer;
import org.tracebench.transfer.ConflictsException;
import org.tracebench.transfer.Decisions;
import org.tracebench.transfer.ImportSummary;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.TaskRunner;

/**
 * File > Export case... and Import case...: which file, whether to encrypt, the work with progress, the summary,
 * and on an import that meets records changed on both sides, the user's decisions and a second, decided run.
 */
public final class CaseTransferViewModel {

    static final List<Dialogs.FileType> CASE_FILES = List.of(Dialogs.FileType.of("Tracebench case (*.tbcase)", "*.tbcase"),
            Dialogs.FileType.ALL);

    private final CaseTransfer transfer;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final ConflictChooser conflicts;
    private final Consumer<ImportSummary> imported;

    /** {@code imported} hears of every import that wrote (the window refreshes and shows the case). */
    public CaseTransferViewModel(CaseTransfer transfer, TaskRunner tasks, Dialogs dialogs, ConflictChooser conflicts,
                                 Consumer<ImportSummary> imported) {
        this.transfer = transfer;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.conflicts = conflicts;
        this.imported = imported;
    }

    public void exportCase(CaseSummary selected) {
        if (selected == null) {
            dialogs.inform("Export case", "Select a case first (on the Cases screen), then export it.");
            return;
        }
        String key = selected.caseFile().key();
        Optional<Path> target = dialogs.chooseSaveFile("Export case " + key, key + ".tbcase", CASE_FILES);
        if (target.isEmpty()) {
            return;
        }
        Passphrase passphrase = null;
        if (dialogs.confirm("Encrypt the case file?", "Anyone who gets an unencrypted case file can read the case.\n\n"
                + "OK: encrypt it with a passphrase you choose now (give it to the recipient another way).\n"
                + "Cancel: write it unencrypted.")) {
            Optional<Passphrase> chosen = dialogs.askNewPassphrase("Encrypt case file",
                    "A passphrase for " + target.get().getFileName() + " (at least " + Passphrase.MINIMUM_LENGTH + " characters)");
            if (chosen.isEmpty()) {
                return;
            }
            passphrase = chosen.get();
        }
        Passphrase secret = passphrase;
        tasks.runWithProgress("Exporting case " + key + "…",
                progress -> transfer.export(selected.caseFile().id(), withExtension(target.get()), secret, progress),
                summary -> {
                    forget(secret);
                    dialogs.inform("Case exported", summary.describe());
                },
                error -> {
                    forget(secret);
                    dialogs.error("Export of case " + key + " failed", error);
                });
    }

    /** File > Import case...: a file chooser, then {@link #importFile(Path)}. */
    public void importCase() {
        dialogs.chooseOpenFile("Import case", CASE_FILES).ifPresent(this::importFile);
    }

    /** Imports one case file: asks its passphrase when encrypted, then the conflicts if there are any. */
    public void importFile(Path file) {
        Passphrase passphrase = null;
        boolean encrypted;
        try {
            encrypted = CaseTransfer.isEncrypted(file);
        } catch (CaseFileException e) {
            dialogs.error("Cannot import " + file.getFileName(), e);
            return;
        }
        if (encrypted) {
            Optional<Passphrase> given = dialogs.askPassphrase("Import case", file.getFileName() + " is encrypted: its passphrase");
            if (given.isEmpty()) {
                return;
            }
            passphrase = given.get();
        }
        run(file, passphrase, Decisions.NONE);
    }

    private void run(Path file, Passphrase passphrase, Decisions decisions) {
        tasks.runWithProgress("Importing " + file.getFileName() + "…",
                progress -> transfer.importCase(file, () -> passphrase, decisions, progress),
                summary -> {
                    forget(passphrase);
                    imported.accept(summary);
                    dialogs.inform("Case imported", String.join("\n", summary.lines()));
                },
                error -> {
                    if (error instanceof ConflictsException conflict) {
                        Optional<java.util.Map<String, org.tracebench.transfer.Side>> chosen =
                                conflicts.choose(file.getFileName().toString(), conflict.conflicts());
                        if (chosen.isPresent()) {
                            run(file, passphrase, Decisions.chosen(chosen.get()));
                            return;
                        }
                        forget(passphrase);
                        dialogs.inform("Import cancelled", "Nothing was imported from " + file.getFileName() + ".");
                        return;
                    }
                    forget(passphrase);
                    dialogs.error("Cannot import " + file.getFileName(), error);
                });
    }

    private static Path withExtension(Path target) {
        String name = target.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".tbcase") ? target : target.resolveSibling(name + ".tbcase");
    }

    private static void forget(Passphrase passphrase) {
        if (passphrase != null) {
            passphrase.forget();
        }
    }
}
