package org.tracebench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Copies of the embedded store in {@code <data dir>/backups}: taken while the store is open with H2's own
 * {@code BACKUP TO} (a consistent copy of the file's pages, so an encrypted store stays encrypted), written
 * under a temporary name and renamed whole, and thinned to the number the user keeps. A server store
 * (PostgreSQL) is backed up by the server's own tools, not here.
 */
public final class Backups {

    public static final int DEFAULT_KEEP = 7;
    static final String FOLDER = "backups";
    static final String SETTINGS = "backups.properties";
    private static final String PART = ".part";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** tracebench-20261130-141503.zip, tracebench-20261130-141503-before-restore.zip, ...-2.zip */
    private static final Pattern NAME = Pattern.compile("tracebench-(\\d{8})-(\\d{6})(-[a-z0-9-]+)?\\.zip");

    private final Database database;
    private final Clock clock;

    public Backups(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The folder of the automatic backups, beside the database. */
    public static Path folder(DatabaseLocation location) {
        return location.directory().resolve(FOLDER);
    }

    /** The automatic backups (and the ones kept by a restore), newest first. */
    public static List<Path> list(DatabaseLocation location) {
        if (!location.isEmbedded() || !Files.isDirectory(folder(location))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder(location))) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StoreException("Cannot list the backups in " + folder(location) + ": " + e.getMessage(), e);
        }
    }

    public static Optional<Path> newest(DatabaseLocation location) {
        return list(location).stream().findFirst();
    }

    /** For the "damaged" message: which backup can take the file's place, or nothing when there is none. */
    static String restoreHint(DatabaseLocation location) {
        try {
            return newest(location).map(b -> "; the newest backup, " + b + ", can restore it (tracebench restore "
                    + b + ", or File > Restore from backup...)").orElse("; there is no backup in " + folder(location));
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** How many automatic backups are kept (the setting lives beside the database, outside it). */
    public static int keep(DatabaseLocation location) {
        Path settings = location.directory().resolve(SETTINGS);
        if (!Files.exists(settings)) {
            return DEFAULT_KEEP;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(settings)) {
            properties.load(in);
            int keep = Integer.parseInt(properties.getProperty("keep", String.valueOf(DEFAULT_KEEP)).trim());
            return keep < 1 ? DEFAULT_KEEP : keep;
        } catch (IOException | NumberFormatException e) {
            return DEFAULT_KEEP;
        }
    }

    public static void setKeep(DatabaseLocation location, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("at least one backup must be kept, not " + keep);
        }
        Properties properties = new Properties();
        properties.setProperty("keep", String.valueOf(keep));
        Path settings = location.directory().resolve(SETTINGS);
        Path part = settings.resolveSibling(SETTINGS + PART);
        try (OutputStream out = Files.newOutputStream(part)) {
            properties.store(out, "Tracebench: how many automatic backups are kept in " + FOLDER);
        } catch (IOException e) {
            throw new StoreException("Cannot save the backup setting in " + settings + ": " + e.getMessage(), e);
        }
        try {
            moveWhole(part, settings);
        } catch (IOException e) {
            throw new StoreException("Cannot save the backup setting in " + settings + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a consistent copy of the open store to {@code target} (a zip file), replacing it if it exists.
     * Nothing appears under the target's name until the copy is whole and on disk.
     */
    public Path backUpTo(Path target) {
        requireEmbedded();
        Path absolute = target.toAbsolutePath().normalize();
        Path part = absolute.resolveSibling("." + absolute.getFileName() + PART);
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(part);
            database.withConnection(connection -> {
                try (PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
                    backup.setString(1, part.toString());
                    backup.execute();
                }
                return null;
            });
            forceToDisk(part);
            moveWhole(part, absolute);
            return absolute;
        } catch (IOException e) {
            throw new StoreException("Cannot write the backup " + absolute + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(Backups.class).warn("Cannot remove {}", part, e);
            }
        }
    }

    /** An automatic backup into the backups folder now, then the oldest beyond the kept number removed. */
    public Path backUpNow() {
        requireEmbedded();
        Path target = freshName(database.location(), LocalDateTime.now(clock), "");
        backUpTo(target);
        rotate(database.location());
        return target;
    }

    /** The daily backup: taken at the first open of a day, i.e. when no backup carries today's date yet. */
    public Optional<Path> dailyIfDue() {
        if (!database.location().isEmbedded()) {
            return Optional.empty();
        }
        String today = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
        boolean takenToday = list(database.location()).stream()
                .anyMatch(b -> b.getFileName().toString().startsWith("tracebench-" + today + "-"));
        return takenToday ? Optional.empty() : Optional.of(backUpNow());
    }

    /**
     * Keeps a closed store's file as a backup (a restore keeps the database it replaces): zipped the way H2's
     * backup is, so it can be restored the same way.
     */
    static Path keepClosedFile(DatabaseLocation location, Clock clock, String label) {
        Path target = freshName(location, LocalDateTime.now(clock), "-" + label);
        Path part = target.resolveSibling("." + target.getFileName() + PART);
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(location.databaseFile().getFileName().toString()));
                Files.copy(location.databaseFile(), zip);
                zip.closeEntry();
            }
            forceToDisk(part);
            moveWhole(part, target);
            rotate(location);
            return target;
        } catch (IOException e) {
            throw new StoreException("Cannot keep the current database as a backup in " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(Backups.class).warn("Cannot remove {}", part, e);
            }
        }
    }

    /** Removes the oldest backups beyond the number kept, and what a killed backup left half-written. */
    public static List<Path> rotate(DatabaseLocation location) {
        List<Path> removed = new ArrayList<>();
        List<Path> all = list(location);
        int keep = keep(location);
        try {
            for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
                Files.deleteIfExists(old);
                removed.add(old);
            }
            removeLeftovers(location);
        } catch (IOException e) {
            throw new StoreException("Cannot remove an old backup in " + folder(location) + ": " + e.getMessage(), e);
        }
        return removed;
    }

    /** Half-written backups of a run that was killed: hidden ".part" files in the backups folder. */
    public static void removeLeftovers(DatabaseLocation location) throws IOException {
        if (!location.isEmbedded() || !Files.isDirectory(folder(location))) {
            return;
        }
        try (Stream<Path> files = Files.list(folder(location))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(PART)).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static Path freshName(DatabaseLocation location, LocalDateTime when, String label) {
        String stem = "tracebench-" + when.format(STAMP) + label;
        Path candidate = folder(location).resolve(stem + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder(location).resolve(stem + "-" + n + ".zip");
        }
        return candidate;
    }

    private void requireEmbedded() {
        if (!database.location().isEmbedded()) {
            throw new StoreException("The database is on a server (" + database.location()
                    + "); Tracebench does not back it up: use the server's own tools (pg_dump)");
        }
    }

    /** A rename is only as whole as the data under it: the copy reaches the disk before it gets its name. */
    private static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    static void moveWhole(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The date and time a backup's name carries, for lists shown to the user. */
    public static Optional<LocalDateTime> takenAt(Path backup) {
        Matcher m = NAME.matcher(backup.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.parse(m.group(1) + "-" + m.group(2), STAMP));
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + folder, e);
        }
    }
}
