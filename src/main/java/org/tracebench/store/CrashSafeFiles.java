package org.tracebench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;

/**
 * What keeps an embedded database openable after the process was killed (a dead battery, a forced shutdown):
 * a new database appears under its real name only once its schema is complete, and a file that a crash left
 * needing recovery is told apart from a damaged one without writing to it.
 */
final class CrashSafeFiles {

    /** Beside the database, so case data never lands in the shared temporary folder. */
    private static final String STAGING = ".tracebench-new";
    private static final String RECOVERY_CHECK = ".tracebench-recovery-check";

    private CrashSafeFiles() {
    }

    /**
     * Builds a new database in a staging folder and moves the finished file into place, so a kill during
     * creation leaves either no database or a whole one (never a half-migrated file that cannot open again).
     */
    static void createWhole(DatabaseLocation location, Consumer<DatabaseLocation> build) {
        Path staging = location.directory().resolve(STAGING);
        try {
            deleteTree(staging);
            DatabaseLocation staged = location.movedTo(staging);
            build.accept(staged);
            moveIntoPlace(staged.databaseFile(), location.databaseFile());
            deleteTree(staging);
        } catch (IOException e) {
            throw new StoreException("Cannot create database " + location + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether a file that refused a read-only open is only waiting for the recovery H2 runs when it opens a
     * file for writing (what a killed process leaves). Checked on a copy, so a really damaged original stays
     * untouched; the copy is deleted whatever the answer.
     */
    static boolean recoversOnOpen(DatabaseLocation location, Consumer<JdbcDataSource> check) {
        Path folder = location.directory().resolve(RECOVERY_CHECK);
        try {
            deleteTree(folder);
            Files.createDirectories(folder);
            DatabaseLocation copy = location.movedTo(folder);
            Files.copy(location.databaseFile(), copy.databaseFile());
            JdbcDataSource source = H2Sources.of(copy, "");
            try (Connection connection = source.getConnection()) {
                check.accept(source);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
            return true;
        } catch (SQLException | IOException | RuntimeException e) {
            if (e instanceof StoreException refusal && !refusal.getMessage().contains("damaged")) {
                throw refusal;
            }
            return false;
        } finally {
            try {
                deleteTree(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the recovery check copy in " + folder, e);
            }
        }
    }

    /**
     * Removes the lock file that H2's FILE lock method (used by earlier versions) leaves behind a killed
     * process, but only when no process holds the database file: every open H2 store holds an operating-system
     * lock on it, which dies with its process.
     */
    static void clearStaleLockFile(DatabaseLocation location) {
        Path lockFile = location.directory().resolve(DatabaseLocation.FILE_NAME + ".lock.db");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(location.databaseFile(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return;
            }
            held.release();
            Files.deleteIfExists(lockFile);
        } catch (OverlappingFileLockException e) {
            // Open in this very process: the lock file is not stale.
        } catch (IOException e) {
            throw new StoreException("Cannot check the lock on database " + location + ": " + e.getMessage(), e);
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
