package org.tracebench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encryption at rest of the embedded database (decision 0010): tells an encrypted file from a plain one by
 * its header, checks a passphrase without writing, and converts a file (plain to encrypted, or to a new
 * passphrase) crash-safely. The converted copy is written beside the database, opened and counted, and only
 * then renamed over the original in one step: a process killed at any moment leaves the old file or the new
 * one, both whole.
 */
public final class DatabaseEncryption {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseEncryption.class);

    /** Where a conversion is written; beside the database so the final rename stays on one file system. */
    static final String STAGING = ".tracebench-encrypt";
    /** What H2 writes at the start of a file it encrypts (its FileEncrypt header); a plain file starts "H:2,". */
    private static final byte[] HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    /** Told each step of a conversion as it is reached; the crash tests stop a child process there. */
    static volatile java.util.function.Consumer<String> stepReached = step -> { };

    private DatabaseEncryption() {
    }

    /** Whether the location's database file exists and is encrypted; false for a server database. */
    public static boolean isEncrypted(DatabaseLocation location) {
        return location.isEmbedded() && isEncrypted(location.databaseFile());
    }

    static boolean isEncrypted(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        } catch (IOException e) {
            // Unreadable: the open that follows reports it in its own words.
            return false;
        }
    }

    /**
     * Refuses, without writing to the file, an encrypted file opened without a passphrase, a plain file opened
     * with one, and a wrong passphrase. H2 stores nothing that tells a wrong key from damage, but a wrong key
     * cannot even read the store's header, which a file a crash left behind still has whole.
     */
    static void checkPassphrase(DatabaseLocation location) {
        boolean encrypted = isEncrypted(location.databaseFile());
        if (encrypted && !location.isEncrypted()) {
            throw new PassphraseException("Database " + location + " is encrypted: its passphrase is needed to open it");
        }
        if (!encrypted && location.isEncrypted()) {
            throw new PassphraseException("Database " + location + " is not encrypted; open it without a passphrase");
        }
        if (!encrypted) {
            return;
        }
        char[] key = location.passphrase().filePassword();
        try {
            new MVStore.Builder().fileName(location.databaseFile().toString()).readOnly().encryptionKey(key).open().close();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT && String.valueOf(e.getMessage()).contains("header")) {
                throw new WrongPassphraseException("Wrong passphrase for database " + location + "; the file was not changed");
            }
            // Locked by a running Tracebench, or damaged past the header: the open that follows says which.
            LOG.debug("Passphrase check of {} inconclusive: {}", location, e.getMessage());
        } finally {
            Arrays.fill(key, '\0');
        }
    }

    /**
     * Encrypts the plain database at this location with the passphrase; where there is none yet, creates a new
     * encrypted one. The database must not be open. Returns the location to open it with from now on.
     */
    public static DatabaseLocation encrypt(DatabaseLocation location, Passphrase passphrase) {
        requireEmbedded(location);
        requireLongEnough(passphrase);
        DatabaseLocation encrypted = location.withPassphrase(passphrase);
        if (!Files.exists(location.databaseFile())) {
            Database.open(encrypted).close();
            return encrypted;
        }
        if (isEncrypted(location.databaseFile())) {
            throw new PassphraseException("Database " + location + " is already encrypted; change its passphrase instead");
        }
        convert(location.withPassphrase(null), encrypted);
        convertBackups(location.withPassphrase(null), encrypted);
        return encrypted;
    }

    /** Re-encrypts the database under a new passphrase; the current one must open it. The database must not be open. */
    public static DatabaseLocation changePassphrase(DatabaseLocation location, Passphrase current, Passphrase next) {
        requireEmbedded(location);
        requireLongEnough(next);
        if (!isEncrypted(location.databaseFile())) {
            throw new PassphraseException("Database " + location + " is not encrypted; encrypt it first");
        }
        DatabaseLocation target = location.withPassphrase(next);
        convert(location.withPassphrase(current), target);
        convertBackups(location.withPassphrase(current), target);
        return target;
    }

    /**
     * The automatic and kept backups made before a conversion hold the data as it was kept then: plain, or under
     * the old passphrase. They are converted too, each replaced whole, so that encrypting a database leaves no
     * plain copy of it in its backups folder and one passphrase opens every backup. A backup that cannot be
     * converted (damaged, or under a passphrase older than the current one) is left as it was and named in the log.
     */
    static void convertBackups(DatabaseLocation from, DatabaseLocation to) {
        Path staging = from.directory().resolve(STAGING).resolve("backup");
        for (Path backup : Backups.list(from)) {
            try {
                convertBackup(backup, staging, from, to);
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.warn("Backup {} was not converted with database {}; it stays as it was", backup, to, e);
            } finally {
                removeQuietly(staging);
            }
        }
        removeQuietly(from.directory().resolve(STAGING));
    }

    private static void convertBackup(Path backup, Path staging, DatabaseLocation from, DatabaseLocation to)
            throws IOException, SQLException {
        CrashSafeFiles.deleteTree(staging);
        Files.createDirectories(staging);
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(backup))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (entry.isDirectory() || name.isEmpty() || names.contains(name)) {
                    continue;
                }
                Files.copy(zip, staging.resolve(name));
                names.add(name);
            }
        }
        Path file = staging.resolve(DatabaseLocation.FILE_NAME + ".mv.db");
        if (!Files.exists(file)) {
            throw new IOException("no " + file.getFileName() + " in the backup");
        }
        char[] old = isEncrypted(file) ? (from.isEncrypted() ? from.passphrase().filePassword() : null) : null;
        if (isEncrypted(file) && old == null) {
            throw new IOException("the backup is encrypted under a passphrase this conversion does not know");
        }
        ChangeFileEncryption.execute(staging.toString(), DatabaseLocation.FILE_NAME, "AES", old,
                to.passphrase().filePassword(), true);
        if (!isEncrypted(file)) {
            throw new IOException("the converted backup is not encrypted");
        }
        Path part = backup.resolveSibling("." + backup.getFileName() + ".part");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(part))) {
            for (String name : names) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                Files.copy(staging.resolve(name), zip);
                zip.closeEntry();
            }
        }
        syncFile(part);
        replace(part, backup);
    }

    /**
     * What a conversion killed half-way left beside the database: never the only copy of anything (the
     * original stays in place until the rename), so it is simply removed.
     */
    static void removeLeftovers(DatabaseLocation location) {
        try {
            CrashSafeFiles.deleteTree(location.directory().resolve(STAGING));
        } catch (IOException e) {
            throw new StoreException("Cannot remove an unfinished encryption in " + location.directory() + ": " + e.getMessage(), e);
        }
    }

    private static void convert(DatabaseLocation from, DatabaseLocation to) {
        // Opening brings the file up to date (and rolls back what a crash left unfinished) and checks the old passphrase.
        Map<String, Long> before = rowCounts(from);
        Path staging = from.directory().resolve(STAGING);
        try {
            Unchanged since = Unchanged.of(from.databaseFile());
            CrashSafeFiles.deleteTree(staging);
            Files.createDirectories(staging);
            DatabaseLocation staged = to.movedTo(staging);
            linkOrCopy(from.databaseFile(), staged.databaseFile());
            stepReached.accept("staged");
            // H2's tool writes the new file beside the one it reads, then deletes that name and renames the new
            // file to it: done on a link in the staging folder, that deletes only the link, never the original.
            ChangeFileEncryption.execute(staging.toString(), DatabaseLocation.FILE_NAME, "AES",
                    from.isEncrypted() ? from.passphrase().filePassword() : null, to.passphrase().filePassword(), true);
            stepReached.accept("written");
            // Held until the rename: another Tracebench cannot open the original (H2 locks the same way), and
            // one that opened it since it was read has changed it, so the copy would lose its work.
            try (FileChannel original = FileChannel.open(from.databaseFile(), StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileLock lock = original.tryLock()) {
                if (lock == null || !since.stillHolds(from.databaseFile())) {
                    throw new StoreException("Database " + from + " was opened by another Tracebench during the encryption;"
                            + " it was not changed. Close every Tracebench and try again");
                }
                if (!isEncrypted(staged.databaseFile())) {
                    throw new StoreException("The encrypted copy of " + from + " was not written; the database was not changed");
                }
                Map<String, Long> after = rowCounts(staged);
                if (!after.equals(before)) {
                    throw new StoreException("The encrypted copy of " + from + " does not hold the same rows (" + before
                            + " before, " + after + " after); the database was not changed");
                }
                syncFile(staged.databaseFile());
                stepReached.accept("verified");
                replace(staged.databaseFile(), from.databaseFile());
                syncDirectory(from.directory());
                stepReached.accept("replaced");
                LOG.info("Database {} re-encrypted ({} tables checked)", to, after.size());
            }
            CrashSafeFiles.deleteTree(staging);
        } catch (SQLException e) {
            removeQuietly(staging);
            throw new StoreException("Cannot encrypt database " + from + ": " + e.getMessage().lines().findFirst().orElse("")
                    + "; the database was not changed", e);
        } catch (IOException e) {
            removeQuietly(staging);
            throw new StoreException("Cannot encrypt database " + from + ": " + e.getMessage() + "; the database was not changed", e);
        } catch (RuntimeException e) {
            removeQuietly(staging);
            throw e;
        }
    }

    /** The file's size and last change, taken once it was read: any open by H2 since changes the latter. */
    private record Unchanged(long size, java.nio.file.attribute.FileTime modified) {
        static Unchanged of(Path file) throws IOException {
            return new Unchanged(Files.size(file), Files.getLastModifiedTime(file));
        }

        boolean stillHolds(Path file) throws IOException {
            return equals(of(file));
        }
    }

    /**
     * A hard link reads the original without copying its plain bytes anywhere; where links are not possible
     * (some file systems), a copy in the staging folder, which the next open removes if the process dies.
     */
    private static void linkOrCopy(Path original, Path staged) throws IOException {
        try {
            Files.createLink(staged, original);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(original, staged);
        }
    }

    /** The number of rows in each table: the same before and after, or the conversion is not taken. */
    private static Map<String, Long> rowCounts(DatabaseLocation location) {
        try (Database database = Database.open(location)) {
            return database.withConnection(connection -> {
                List<String> tables = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                             + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                Map<String, Long> counts = new TreeMap<>();
                for (String table : tables) {
                    try (Statement statement = connection.createStatement();
                         ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
                return counts;
            });
        }
    }

    /** One rename: a reader sees the old file or the new one, never a mix. */
    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** So the rename itself survives a power cut; not every system lets a directory be synced, which is then skipped. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Cannot sync directory {}: {}", directory, e.getMessage());
        }
    }

    private static void removeQuietly(Path staging) {
        try {
            CrashSafeFiles.deleteTree(staging);
        } catch (IOException e) {
            LOG.warn("Cannot remove {}; the next start removes it", staging, e);
        }
    }

    private static void requireEmbedded(DatabaseLocation location) {
        if (!location.isEmbedded()) {
            throw new StoreException("Encryption at rest applies to the embedded database, not to " + location);
        }
    }

    private static void requireLongEnough(Passphrase passphrase) {
        if (passphrase == null || !passphrase.isLongEnough()) {
            throw new PassphraseException("A passphrase needs at least " + Passphrase.MINIMUM_LENGTH + " characters");
        }
    }
}
