package org.tracebench.ui;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.tracebench.app.Workbench;
import org.tracebench.store.BadBackupException;
import org.tracebench.store.Backups;
import org.tracebench.store.IntegrityCheck;
import org.tracebench.store.Restore;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.Dialogs.FileType;
import org.tracebench.ui.common.TaskRunner;

/**
 * The window's side of backups and the integrity check: File > Back up now..., Restore from backup...,
 * Check database, and what happens once the window is up (the daily backup; after an unclean stop, the
 * check and a notice when it found something). Free of JavaFX so it is tested with scripted dialogs.
 */
public final class BackupActions {

    private static final List<FileType> BACKUP_TYPES = List.of(FileType.of("Tracebench backup (*.zip)", "*.zip"),
            FileType.of("Tracebench database (*.mv.db)", "*.mv.db"), FileType.ALL);
    private static final DateTimeFormatter NAME_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    /** What the window does to swap its database: close, put the backup in place, open again, show again. */
    public interface Reopen {
        /** Off the window's thread: closes the workbench, restores, opens the store again (old or restored). */
        Restored restore(Restore.Checked checked);

        /** On the window's thread: shows the window over the reopened workbench. */
        void show(Restored restored);
    }

    /** A finished swap: the workbench now open, the file kept in the backups folder, or why it failed. */
    public record Restored(Workbench workbench, Path backup, Optional<Path> kept, Optional<RuntimeException> failure) {
    }

    private final Workbench workbench;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Reopen reopen;

    public BackupActions(Workbench workbench, TaskRunner tasks, Dialogs dialogs, Reopen reopen) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.reopen = reopen;
    }

    /** From now on, closing the window after a change leaves an automatic backup. */
    public void armBackupOnClose() {
        if (workbench.location().isEmbedded()) {
            workbench.backUpOnClose();
        }
    }

    /**
     * Once the window is up on a store that holds data: the daily backup, and the check when the last session
     * did not close. One background job, so it never overlaps the first start's sample load.
     */
    public void afterOpen() {
        armBackupOnClose();
        if (!workbench.location().isEmbedded()) {
            return;
        }
        boolean unclean = workbench.openedAfterUncleanStop();
        tasks.runWithProgress(unclean ? "Checking the database after an unclean stop…" : "Daily backup…", progress -> {
            workbench.backups().dailyIfDue();
            return unclean ? workbench.checkIntegrity(progress) : null;
        }, (IntegrityCheck.Report report) -> {
            if (report != null && !report.clean()) {
                dialogs.inform("The last session did not close cleanly",
                        "The database check found: " + report.summary() + ".\n\nA backup from before the problem can"
                                + " be put back with File > Restore from backup… (backups are in "
                                + Backups.folder(workbench.location()) + ").");
            }
        }, error -> dialogs.error("The daily backup or the database check failed", error));
    }

    /** File > Back up now...: a consistent copy of the open database, to a file the user picks. */
    public void backUpNow() {
        if (refusedOnServer("back it up with the server's own tools (pg_dump)")) {
            return;
        }
        String suggested = "tracebench-" + LocalDateTime.now(workbench.clock()).format(NAME_STAMP) + ".zip";
        Optional<Path> target = dialogs.chooseSaveFile("Back up the database", suggested, BACKUP_TYPES.subList(0, 1));
        if (target.isEmpty()) {
            return;
        }
        tasks.runWithProgress("Backing up the database…", progress -> workbench.backups().backUpTo(target.get()),
                written -> dialogs.inform("Backup written", "The database was backed up to " + written + "."),
                error -> dialogs.error("The backup was not written", error));
    }

    /**
     * File > Restore from backup...: the backup is checked while the current database stays open and
     * untouched; only a backup that passed is put in place, after the user agreed.
     */
    public void restoreFromBackup() {
        if (refusedOnServer("restore it with the server's own tools (pg_restore, psql)")) {
            return;
        }
        Optional<Path> backup = dialogs.chooseOpenFile("Restore from backup", BACKUP_TYPES);
        if (backup.isEmpty()) {
            return;
        }
        tasks.runWithProgress("Checking the backup…", progress -> workbench.checkBackup(backup.get(), progress),
                this::confirmAndSwap, error -> {
                    if (error instanceof BadBackupException) {
                        dialogs.error("This backup cannot be restored; nothing was changed", error);
                    } else {
                        dialogs.error("The backup could not be checked; nothing was changed", error);
                    }
                });
    }

    private void confirmAndSwap(Restore.Checked checked) {
        String holds = "It holds " + checked.report().rows("case_file") + " cases and " + checked.report().rows("traced_call")
                + " traced calls (" + checked.report().summary() + ").";
        if (!dialogs.confirm("Restore from backup", "Replace the database with the backup " + checked.backup() + "?\n\n"
                + holds + "\n\nThe current database is kept in " + Backups.folder(workbench.location()) + ".")) {
            Restore.discard(checked);
            return;
        }
        tasks.runWithProgress("Restoring the backup…", progress -> reopen.restore(checked), restored -> {
            reopen.show(restored);
            restored.failure().ifPresentOrElse(
                    failure -> dialogs.error("The backup was not restored; the database is as it was", failure),
                    () -> dialogs.inform("Backup restored", "The database was restored from " + restored.backup() + "."
                            + restored.kept().map(k -> "\nThe database it replaced is kept as " + k + ".").orElse("")));
        }, error -> dialogs.error("The backup was not restored", error));
    }

    /** File > Check database: reads every table and reports in words. */
    public void checkDatabase() {
        tasks.runWithProgress("Checking the database…", workbench::checkIntegrity, (IntegrityCheck.Report report) -> {
            if (report.clean()) {
                dialogs.inform("Database check", "Nothing wrong found: " + report.summary() + ".");
            } else {
                dialogs.inform("Database check found problems", report.summary() + ".");
            }
        }, error -> dialogs.error("The database check failed", error));
    }

    private boolean refusedOnServer(String how) {
        if (workbench.location().isEmbedded()) {
            return false;
        }
        dialogs.inform("The database is on a server", "Tracebench does not back up a server database; " + how + ".");
        return true;
    }
}
