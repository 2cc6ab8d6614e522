package org.tracebench.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.tracebench.work.Progress;

/**
 * Puts a backup in the place of the embedded store, in two steps. {@link #check} copies the backup into a
 * scratch folder of its own beside the database (named after its process, so two restores never share one and a
 * start removes only the folders of processes that have ended) and opens the copy the way the store is always opened (schema check and
 * migrations included), then reads it whole; the current database is not touched. {@link #replace} then keeps
 * the current file as a backup and renames the checked copy over it, holding the file's lock throughout, so a
 * kill at any moment leaves either the old database or the restored one under the real name.
 */
public final class Restore {

    static final String SCRATCH = ".tracebench-restore";
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] H2_MAGIC = {'H', ':', '2', ','};

    private Restore() {
    }

    /** A backup that opened, passed the schema check and was read whole, waiting in the scratch folder. */
    public record Checked(Path backup, Path staged, String schemaVersion, IntegrityCheck.Report report) {
    }

    /** Refuses early, before a long check, when another running Tracebench has the database open. */
    public static void refuseIfInUse(DatabaseLocation target) {
        requireEmbedded(target);
        if (!Files.exists(target.databaseFile())) {
            return;
        }
        try (FileChannel channel = FileChannel.open(target.databaseFile(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = lockOrRefuse(target, channel);
            lock.release();
        } catch (IOException e) {
            throw new StoreException("Cannot check the lock on database " + target + ": " + e.getMessage(), e);
        }
    }

    /** Checks a backup without changing the current database; throws {@link BadBackupException} if unusable. */
    public static Checked check(DatabaseLocation target, Path backup, Progress progress) {
        requireEmbedded(target);
        Path file = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new BadBackupException(file + ": " + (Files.isDirectory(file) ? "is a folder, not a backup file" : "no such file"));
        }
        Path scratch = null;
        boolean done = false;
        try {
            scratch = newScratch(target);
            // Opened like the database it replaces: an encrypted one's backup with the same passphrase.
            DatabaseLocation staged = target.movedTo(scratch);
            progress.update(0, 3, "Copying the backup…");
            copyDatabaseOut(file, staged.databaseFile());
            progress.checkCancelled();
            progress.update(1, 3, "Opening the backup…");
            refuseForeign(file, staged);
            Checked checked;
            try (Database database = Database.open(staged)) {
                progress.update(2, 3, "Reading the backup…");
                IntegrityCheck.Report report = new IntegrityCheck(database).run(Progress.NONE);
                if (report.problems().stream().anyMatch(p -> p.contains("cannot be read"))) {
                    throw new BadBackupException(file + ": the backup is damaged (" + report.summary() + "); nothing was changed");
                }
                checked = new Checked(file, staged.databaseFile(), database.schemaVersion(), report);
            } catch (BadBackupException e) {
                throw e;
            } catch (StoreException e) {
                throw new BadBackupException(file + ": " + reason(e) + "; nothing was changed", e);
            }
            progress.update(3, 3, "Backup checked");
            done = true;
            return checked;
        } catch (IOException e) {
            throw new StoreException("Cannot check the backup " + file + ": " + e.getMessage(), e);
        } finally {
            if (!done && scratch != null) {
                Backups.deleteTree(scratch);
            }
        }
    }

    /**
     * Puts a checked backup in place of the (closed) database; the replaced file is kept in the backups
     * folder, whose path is returned (empty when there was no database to replace).
     */
    public static java.util.Optional<Path> replace(DatabaseLocation target, Checked checked, Clock clock) {
        requireEmbedded(target);
        Path current = target.databaseFile();
        try {
            if (!Files.exists(current)) {
                Files.createDirectories(target.directory());
                Backups.moveWhole(checked.staged(), current);
                return java.util.Optional.empty();
            }
            // Held until the restored file has its name: no Tracebench can open the database in between.
            try (FileChannel channel = FileChannel.open(current, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = lockOrRefuse(target, channel);
                try {
                    Path kept = Backups.keepClosedFile(target, clock, "before-restore");
                    Backups.moveWhole(checked.staged(), current);
                    return java.util.Optional.of(kept);
                } finally {
                    if (lock.isValid()) {
                        lock.release();
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot put the backup in place of " + current + ": " + e.getMessage()
                    + "; the database was left as it was", e);
        } finally {
            discard(checked);
        }
    }

    /** Removes a checked copy that will not be restored (it holds case data). */
    public static void discard(Checked checked) {
        Path scratch = checked.staged().getParent();
        if (scratch.getFileName().toString().startsWith(SCRATCH)) {
            Backups.deleteTree(scratch);
        }
    }

    /**
     * Removes the scratch copies that restores killed half-way left behind: the folders of processes that have
     * ended. A restore still running in another process (or in this one) keeps its own.
     */
    public static void discard(DatabaseLocation target) {
        if (!target.isEmbedded() || !Files.isDirectory(target.directory())) {
            return;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(target.directory())) {
            for (Path folder : entries.filter(Restore::isScratch).toList()) {
                if (ownerGone(folder)) {
                    Backups.deleteTree(folder);
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot look for leftover restore copies in " + target.directory() + ": " + e.getMessage(), e);
        }
    }

    /** The scratch folders beside the database, of any process. */
    static java.util.List<Path> scratchFolders(DatabaseLocation target) {
        if (!Files.isDirectory(target.directory())) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<Path> entries = Files.list(target.directory())) {
            return entries.filter(Restore::isScratch).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path newScratch(DatabaseLocation target) throws IOException {
        Files.createDirectories(target.directory());
        // Created only-the-user-can-read on POSIX systems, under a name no other restore can have.
        return Files.createTempDirectory(target.directory(), SCRATCH + "-" + ProcessHandle.current().pid() + "-");
    }

    private static boolean isScratch(Path path) {
        return path.getFileName().toString().startsWith(SCRATCH) && Files.isDirectory(path);
    }

    /** The process named in the folder's name has ended (a folder of an earlier version names none). */
    private static boolean ownerGone(Path folder) {
        String[] parts = folder.getFileName().toString().substring(SCRATCH.length()).split("-");
        if (parts.length < 2) {
            return true;
        }
        try {
            return ProcessHandle.of(Long.parseLong(parts[1])).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static FileLock lockOrRefuse(DatabaseLocation target, FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new StoreException("Database " + target + " is in use by another running Tracebench; close it first");
        }
        return lock;
    }

    /** Backups are H2's zip (or the one a restore keeps, made the same way); a bare database file also works. */
    private static void copyDatabaseOut(Path backup, Path destination) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(backup)) {
            int read = in.readNBytes(head, 0, 4);
            if (read < 4) {
                throw new BadBackupException(backup + ": not a Tracebench backup (the file is " + read + " bytes long)");
            }
        }
        if (java.util.Arrays.equals(head, H2_MAGIC)) {
            Files.copy(backup, destination);
            return;
        }
        if (!java.util.Arrays.equals(head, ZIP_MAGIC)) {
            throw new BadBackupException(backup + ": not a Tracebench backup (neither a zip file nor a database file)");
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().replace('\\', '/');
                if (!entry.isDirectory() && name.substring(name.lastIndexOf('/') + 1).equals(DatabaseLocation.FILE_NAME + ".mv.db")) {
                    // Only this one entry is written, under a name of our own: the zip's paths are never used.
                    Files.copy(zip, destination);
                    return;
                }
            }
        } catch (ZipException | EOFException e) {
            throw new BadBackupException(backup + ": the backup is damaged or cut short (" + e.getMessage() + ")");
        }
        throw new BadBackupException(backup + ": not a Tracebench backup (the zip holds no " + DatabaseLocation.FILE_NAME
                + ".mv.db)");
    }

    /**
     * An H2 file of another application must not be migrated into an empty Tracebench database and then
     * restored: a Tracebench database always has Flyway's history. Looked at read-only; a file that cannot be
     * read that way is left to the normal open, which recovers or refuses it.
     */
    private static void refuseForeign(Path backup, DatabaseLocation staged) {
        JdbcDataSource readOnly = H2Sources.of(staged, ";ACCESS_MODE_DATA=r");
        boolean tracebench;
        try (Connection connection = readOnly.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            tracebench = tables.next();
        } catch (SQLException e) {
            return;
        }
        if (!tracebench) {
            throw new BadBackupException(backup + ": not a Tracebench backup (the database in it has no Tracebench schema)");
        }
    }

    private static String reason(StoreException e) {
        String message = e.getMessage();
        if (message.contains("newer Tracebench")) {
            int version = message.indexOf("(schema version");
            String which = version < 0 ? "" : " " + message.substring(version, message.indexOf(')', version) + 1);
            return "the backup was written by a newer Tracebench" + which + "; update Tracebench to restore it";
        }
        if (message.contains("damaged")) {
            return "the backup is damaged or is not a Tracebench database";
        }
        return "the backup cannot be opened (" + message + ")";
    }

    private static void requireEmbedded(DatabaseLocation target) {
        if (!target.isEmbedded()) {
            throw new StoreException("The database is on a server (" + target
                    + "); Tracebench does not restore it: use the server's own tools (pg_restore, psql)");
        }
    }
}
