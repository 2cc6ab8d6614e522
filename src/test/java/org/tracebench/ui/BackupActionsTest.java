package org.tracebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.ActingUser;
import org.tracebench.app.Workbench;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.Restore;

/** The window's backup and restore flow, driven through scripted dialogs without the toolkit. */
class BackupActionsTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DatabaseLocation location;
    private Workbench workbench;
    private Workbench shown;

    /** Does what the application does: close, restore, open again; "shows" by remembering the workbench. */
    private final class Swap implements BackupActions.Reopen {
        @Override
        public BackupActions.Restored restore(Restore.Checked checked) {
            Optional<Path> kept = Optional.empty();
            RuntimeException failure = null;
            try {
                kept = workbench.closeAndRestore(checked);
            } catch (RuntimeException e) {
                failure = e;
            }
            workbench = Workbench.open(location, clock, new ActingUser("test"));
            return new BackupActions.Restored(workbench, checked.backup(), kept, Optional.ofNullable(failure));
        }

        @Override
        public void show(BackupActions.Restored restored) {
            shown = restored.workbench();
        }
    }

    private BackupActions actions() {
        return new BackupActions(workbench, new InlineTaskRunner(), dialogs, new Swap());
    }

    private void open() {
        location = DatabaseLocation.inDirectory(dir.resolve("data"));
        workbench = Workbench.open(location, clock, new ActingUser("test"));
    }

    @AfterEach
    void close() {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    void backUpNowThenRestoreBringsTheCasesBackInANewWindow() {
        open();
        workbench.samples().load();
        Path zip = dir.resolve("mine/samples.zip");
        dialogs.choose(zip);
        actions().backUpNow();
        assertThat(dialogs.asked()).containsExactly("save: Back up the database as tracebench-20261130-1000.zip");
        assertThat(dialogs.notes()).containsExactly("Backup written: The database was backed up to " + zip + ".");
        assertThat(zip).exists();

        workbench.samples().remove();
        assertThat(workbench.cases().summaries()).isEmpty();
        Workbench before = workbench;
        dialogs.choose(zip).confirmNext(true);
        actions().restoreFromBackup();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.asked()).contains("open: Restore from backup", "confirm: Restore from backup");
        assertThat(shown).isSameAs(workbench).isNotSameAs(before);
        assertThat(workbench.cases().summaries()).hasSize(6);
        assertThat(dialogs.notes().get(1)).startsWith("Backup restored: The database was restored from " + zip + ".")
                .contains("The database it replaced is kept as " + dir.resolve("data/backups/tracebench-20261130-100000-before-restore.zip"));
    }

    @Test
    void sayingNoChangesNothingAndLeavesNoScratchCopy() throws Exception {
        open();
        workbench.samples().load();
        Path zip = workbench.backups().backUpTo(dir.resolve("b.zip"));
        workbench.samples().remove();
        dialogs.choose(zip).confirmNext(false);
        actions().restoreFromBackup();
        assertThat(workbench.cases().summaries()).isEmpty();
        assertThat(shown).isNull();
        try (java.util.stream.Stream<Path> left = Files.list(dir.resolve("data"))) {
            assertThat(left.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith(".tracebench-restore"));
        }
    }

    @Test
    void aBadBackupIsRefusedInOneLineAndTheWindowKeepsItsDatabase() throws Exception {
        open();
        workbench.samples().load();
        Path bad = Files.writeString(dir.resolve("holiday.zip"), "photos");
        dialogs.choose(bad);
        actions().restoreFromBackup();
        assertThat(dialogs.errors()).containsExactly("This backup cannot be restored; nothing was changed: " + bad
                + ": not a Tracebench backup (neither a zip file nor a database file)");
        assertThat(dialogs.asked()).doesNotContain("confirm: Restore from backup");
        assertThat(shown).isNull();
        assertThat(workbench.cases().summaries()).hasSize(6);
    }

    @Test
    void afterAnUncleanStopTheWindowTellsWhatTheCheckFoundWithoutBlocking() throws Exception {
        open();
        workbench.samples().load();
        workbench.close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/tracebench"), "sa", "");
             var s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            s.execute("DELETE FROM provider WHERE id = (SELECT MIN(provider_id) FROM hop)");
        }
        Files.writeString(dir.resolve("data/tracebench.open"), "opened by process 1\n");
        open();
        actions().afterOpen();
        assertThat(dialogs.notes()).singleElement().asString()
                .startsWith("The last session did not close cleanly: The database check found: all ")
                .contains("hops refer to providers that do not exist (provider_id ")
                .contains("File > Restore from backup…");
        // The daily backup was taken as well.
        assertThat(dir.resolve("data/backups/tracebench-20261130-100000.zip")).exists();
    }

    @Test
    void aCleanStartSaysNothing() {
        open();
        actions().afterOpen();
        assertThat(dialogs.notes()).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }
}
