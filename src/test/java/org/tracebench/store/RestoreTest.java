package org.tracebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.model.Provider;
import org.tracebench.work.Progress;

class RestoreTest {

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock("2026-11-30T09:15:00Z");
    private DatabaseLocation location;
    private Path backup;

    @BeforeEach
    void aDatabaseWithOneProviderAndItsBackup() {
        location = DatabaseLocation.inDirectory(dir.resolve("data"));
        try (Database db = Database.open(location)) {
            new ProviderRepository(db).insert(Provider.named("Belle Telecom LLC"), false);
            backup = new Backups(db, clock).backUpTo(dir.resolve("saved/belle.zip"));
        }
    }

    @Test
    void backupThenChangeThenRestoreBringsTheDataBackAndKeepsTheReplacedDatabase() {
        try (Database db = Database.open(location)) {
            new ProviderRepository(db).insert(Provider.named("Added After The Backup Inc"), false);
        }
        Restore.Checked checked = Restore.check(location, backup, Progress.NONE);
        assertThat(checked.report().rows("provider")).isEqualTo(1);
        assertThat(checked.report().clean()).isTrue();
        clock.advance(java.time.Duration.ofMinutes(5));
        Path kept = Restore.replace(location, checked, clock).orElseThrow();

        assertThat(kept.getFileName().toString()).isEqualTo("tracebench-20261130-092000-before-restore.zip");
        assertThat(Backups.list(location)).containsExactly(kept);
        try (Database db = Database.open(location)) {
            assertThat(new ProviderRepository(db).findAll()).extracting(Provider::name).containsExactly("Belle Telecom LLC");
        }
        assertThat(Restore.scratchFolders(location)).isEmpty();

        // The kept file is a backup like any other: restoring it brings the change back.
        Restore.replace(location, Restore.check(location, kept, Progress.NONE), clock);
        try (Database db = Database.open(location)) {
            assertThat(new ProviderRepository(db).findAll()).extracting(Provider::name)
                    .containsExactlyInAnyOrder("Belle Telecom LLC", "Added After The Backup Inc");
        }
    }

    @Test
    void aRestoreIntoAnEmptyFolderNeedsNoDatabaseThere() {
        DatabaseLocation fresh = DatabaseLocation.inDirectory(dir.resolve("new-laptop"));
        assertThat(Restore.replace(fresh, Restore.check(fresh, backup, Progress.NONE), clock)).isEmpty();
        try (Database db = Database.open(fresh)) {
            assertThat(new ProviderRepository(db).findAll()).extracting(Provider::name).containsExactly("Belle Telecom LLC");
        }
    }

    @Test
    void aDatabaseOpenElsewhereIsNotReplaced() {
        try (Database db = Database.open(location)) {
            assertThatThrownBy(() -> Restore.refuseIfInUse(location))
                    .hasMessage("Database " + location + " is in use by another running Tracebench; close it first");
            Restore.Checked checked = Restore.check(location, backup, Progress.NONE);
            assertThatThrownBy(() -> Restore.replace(location, checked, clock)).hasMessageContaining("is in use by another");
            assertThat(new ProviderRepository(db).findAll()).hasSize(1);
        }
        assertThat(Backups.list(location)).isEmpty();
        assertThat(Restore.scratchFolders(location)).isEmpty();
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.zip"), "these are my notes, not a backup\n");
        refusedUntouched(text, "not a Tracebench backup (neither a zip file nor a database file)");
    }

    @Test
    void randomBytesAreRefused() throws Exception {
        byte[] noise = new byte[100_000];
        new java.util.Random(12).nextBytes(noise);
        refusedUntouched(Files.write(dir.resolve("noise.zip"), noise), "not a Tracebench backup");
    }

    @Test
    void aTruncatedBackupIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(backup);
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(whole, whole.length / 2));
        refusedUntouched(cut, "cut.zip: the backup is damaged");
    }

    @Test
    void aZipWithoutADatabaseIsRefused() throws Exception {
        Path zip = dir.resolve("photos.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("../../evil.mv.db.txt"));
            z.write("hello".getBytes());
            z.closeEntry();
        }
        refusedUntouched(zip, "not a Tracebench backup (the zip holds no tracebench.mv.db)");
    }

    @Test
    void anotherApplicationsH2DatabaseIsRefused() throws Exception {
        Path other = dir.resolve("other");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other.resolve("tracebench"), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoice (id INT)");
            s.execute("BACKUP TO '" + dir.resolve("other.zip") + "'");
        }
        refusedUntouched(dir.resolve("other.zip"), "not a Tracebench backup (the database in it has no Tracebench schema)");
    }

    @Test
    void anEmptyH2DatabaseIsRefusedRatherThanRestoredAsAnEmptyStore() throws Exception {
        Path other = dir.resolve("empty");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other.resolve("tracebench"), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + dir.resolve("empty.zip") + "'");
        }
        refusedUntouched(dir.resolve("empty.zip"), "no Tracebench schema");
    }

    @Test
    void aBackupOfANewerTracebenchIsRefused() throws Exception {
        Path newer = dir.resolve("newer");
        DatabaseLocation newerLocation = DatabaseLocation.inDirectory(newer);
        try (Database db = Database.open(newerLocation)) {
            db.withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                            + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                            + " VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 1, 'sa', 1, TRUE)");
                }
                return null;
            });
            new Backups(db, clock).backUpTo(dir.resolve("newer.zip"));
        }
        refusedUntouched(dir.resolve("newer.zip"),
                "the backup was written by a newer Tracebench (schema version 999); update Tracebench to restore it; nothing was changed");
    }

    @Test
    void aRawDatabaseFileIsAccepted() throws Exception {
        Path raw = dir.resolve("copy/tracebench.mv.db");
        Files.createDirectories(raw.getParent());
        Files.copy(location.databaseFile(), raw);
        Restore.Checked checked = Restore.check(location, raw, Progress.NONE);
        assertThat(checked.report().rows("provider")).isEqualTo(1);
        Restore.discard(checked);
        assertThat(Restore.scratchFolders(location)).isEmpty();
    }

    @Test
    void twoRestoresCheckedAtOnceEachKeepTheirOwnCopyAndAStartLeavesBothAlone() throws Exception {
        Restore.Checked first = Restore.check(location, backup, Progress.NONE);
        Restore.Checked second = Restore.check(location, backup, Progress.NONE);
        assertThat(first.staged()).isNotEqualTo(second.staged());
        // What every start does: only the copies of processes that have ended go.
        Path gone = Files.createDirectories(location.directory().resolve(Restore.SCRATCH + "-" + Long.MAX_VALUE + "-1"));
        Path older = Files.createDirectories(location.directory().resolve(Restore.SCRATCH));
        Restore.discard(location);
        assertThat(gone).doesNotExist();
        assertThat(older).doesNotExist();
        assertThat(first.staged()).exists();
        assertThat(second.staged()).exists();

        Restore.discard(second);
        Restore.replace(location, first, clock);
        try (Database db = Database.open(location)) {
            assertThat(new ProviderRepository(db).findAll()).extracting(Provider::name).containsExactly("Belle Telecom LLC");
        }
        assertThat(Restore.scratchFolders(location)).isEmpty();
    }

    private void refusedUntouched(Path bad, String reason) throws Exception {
        byte[] before = Files.readAllBytes(location.databaseFile());
        byte[] badBefore = Files.readAllBytes(bad);
        assertThatThrownBy(() -> Restore.check(location, bad, Progress.NONE))
                .isInstanceOf(BadBackupException.class)
                .hasMessageStartingWith(bad.toAbsolutePath().normalize().toString())
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
        assertThat(Files.readAllBytes(location.databaseFile())).isEqualTo(before);
        assertThat(Files.readAllBytes(bad)).isEqualTo(badBefore);
        assertThat(Restore.scratchFolders(location)).isEmpty();
        assertThat(Backups.list(location)).isEmpty();
    }
}
