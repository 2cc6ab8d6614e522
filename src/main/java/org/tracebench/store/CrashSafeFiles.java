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
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What keeps an embedded database openable after the process was killed (a dead battery, a forced shutdown):
 * a new database appears under its real name only once its schema is complete, and a file that a crash left
 * needing recovery is recovered in place with a copy of it kept until the open succeeded.
 */
final class CrashSafeFiles {

    /** Beside the database, so case data never lands in the shared temporary folder. */
    private static final String STAGING = ".tracebench-new";
    /** The file as a killed process left it, kept while H2 recovers the original in place (decision 0014). */
    static final String SAFETY_COPY = ".tracebench-before-recovery";
    /** Where the recovery check of decision 0009 copied the file; removed if a kill left it. */
    private static final String OLD_RECOVERY_CHECK = ".tracebench-recovery-check";

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
     * A byte-for-byte copy of the database file taken before H2 recovers it in place, so that if the recovering
     * open fails (the file was damaged after all, or written by a newer Tracebench) the file goes back as it was.
     * Beside the database, never in the shared temporary folder, since it holds case data. While the recovery
     * runs its process holds an operating-system lock in the copy's folder, so another start can tell a recovery
     * in progress from one a kill cut off.
     */
    static final class SafetyCopy {
        private final DatabaseLocation location;
        private final FileChannel lockChannel;

        private SafetyCopy(DatabaseLocation location, FileChannel lockChannel) {
            this.location = location;
            this.lockChannel = lockChannel;
        }

        /** Takes the copy, under a temporary name first so a kill during the copy never leaves a half copy that looks whole. */
        static SafetyCopy take(DatabaseLocation location) {
            Path folder = folder(location);
            FileChannel channel = null;
            try {
                deleteTree(folder);
                Files.createDirectories(folder);
                channel = lock(folder);
                if (channel == null) {
                    throw new StoreException("Database " + location + " is in use by another running Tracebench; close it first");
                }
                Path part = folder.resolve(DatabaseLocation.FILE_NAME + ".part");
                Files.copy(location.databaseFile(), part);
                moveIntoPlace(part, copyIn(location));
                return new SafetyCopy(location, channel);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new StoreException("Cannot take a safety copy of database " + location + " before recovering it: "
                        + e.getMessage() + "; it was left untouched", e);
            }
        }

        /** The recovering open failed: the file goes back to the bytes it had before. */
        void putBack() {
            try {
                moveIntoPlace(copyIn(location), location.databaseFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot put the safety copy " + copyIn(location) + " back in place", e);
            } finally {
                discard();
            }
        }

        /**
         * The database opened: the copy goes before any work writes to the file, since a copy left behind would be
         * taken at the next start for one of a recovery that was cut off, and put back.
         */
        void discard() {
            closeQuietly(lockChannel);
            try {
                deleteTree(folder(location));
            } catch (IOException e) {
                throw new StoreException("Cannot remove " + folder(location) + " (" + e.getMessage()
                        + "); remove it by hand or fix the permissions of " + location.directory(), e);
            }
        }
    }

    /**
     * Puts back the safety copy of a recovery that a kill cut off, so the recovery starts over from the file as
     * the first stop left it; true when it did. A recovery still running in another process is refused as "in use".
     */
    static boolean putBackInterruptedRecovery(DatabaseLocation location) {
        Path folder = folder(location);
        try {
            deleteTree(location.directory().resolve(OLD_RECOVERY_CHECK));
            if (!Files.exists(folder)) {
                return false;
            }
            FileChannel channel = lock(folder);
            if (channel == null) {
                throw new StoreException("Database " + location + " is in use by another running Tracebench (it is recovering it); close it first");
            }
            try {
                if (Files.exists(copyIn(location))) {
                    moveIntoPlace(copyIn(location), location.databaseFile());
                    return true;
                }
                return false;
            } finally {
                closeQuietly(channel);
                deleteTree(folder);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot put back the safety copy in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Path folder(DatabaseLocation location) {
        return location.directory().resolve(SAFETY_COPY);
    }

    private static Path copyIn(DatabaseLocation location) {
        return folder(location).resolve(location.databaseFile().getFileName());
    }

    /** The folder's lock, held by the recovering process; null when another process holds it. */
    private static FileChannel lock(Path folder) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() != null) {
                return channel;
            }
        } catch (OverlappingFileLockException e) {
            // Held by this very process: a recovery is running here.
        }
        channel.close();
        return null;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(CrashSafeFiles.class).warn("Cannot release the recovery lock", e);
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

    /** Whether another process has the database open (every open H2 store holds an operating-system lock on its file). */
    static boolean heldByAnotherProcess(DatabaseLocation location) {
        try (FileChannel channel = FileChannel.open(location.databaseFile(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
