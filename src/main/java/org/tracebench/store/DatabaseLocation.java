package org.tracebench.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the case store lives: an H2 file database in a directory (the default, in the user's data
 * directory by OS convention) or any JDBC URL, such as a shared PostgreSQL server. An encrypted H2 file is
 * opened through a location that carries its passphrase ({@link #withPassphrase}); the passphrase never
 * appears in the URL.
 */
public record DatabaseLocation(String jdbcUrl, Path directory, Passphrase passphrase) {

    public DatabaseLocation(String jdbcUrl, Path directory) {
        this(jdbcUrl, directory, null);
    }

    static final String FILE_NAME = "tracebench";

    public static DatabaseLocation of(String pathOrUrl) {
        if (pathOrUrl == null || pathOrUrl.isBlank()) {
            return inDirectory(defaultDirectory());
        }
        if (pathOrUrl.startsWith("jdbc:")) {
            return new DatabaseLocation(pathOrUrl, null);
        }
        return inDirectory(Path.of(pathOrUrl));
    }

    public static DatabaseLocation inDirectory(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        // FILE_LOCK=FS: the operating system holds the lock, so it dies with the process; H2's FILE method
        // leaves a lock file behind a killed process that then refuses every later open.
        // DB_CLOSE_ON_EXIT=FALSE: a stopped process must not have H2 close (and so commit or half-write) what
        // a running import left open; an unfinished transaction is rolled back when the file is next opened.
        // TRACE_LEVEL_FILE=4 sends H2's own errors to tracebench.log (SLF4J) rather than a tracebench.trace.db.
        String url = "jdbc:h2:file:" + absolute.resolve(FILE_NAME) + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=4";
        return new DatabaseLocation(url, absolute);
    }

    /**
     * The same embedded database opened with this passphrase: H2's AES file encryption (CIPHER=AES in the URL,
     * the stretched passphrase as the file password, see {@link Passphrase}).
     */
    public DatabaseLocation withPassphrase(Passphrase secret) {
        if (secret == null) {
            return passphrase == null ? this : inDirectory(directory);
        }
        if (!isEmbedded()) {
            throw new StoreException("Encryption at rest applies to the embedded database, not to " + jdbcUrl);
        }
        // TRACE_LEVEL_FILE=0: H2's error trace quotes SQL and the values in it; for an encrypted store none of
        // that may reach the (plain) log file. Our own one-line failures are still logged.
        String url = inDirectory(directory).jdbcUrl().replace(";TRACE_LEVEL_FILE=4", ";TRACE_LEVEL_FILE=0") + ";CIPHER=AES";
        return new DatabaseLocation(url, directory, secret);
    }

    /** Whether this location opens its file encrypted (it carries a passphrase). */
    public boolean isEncrypted() {
        return passphrase != null;
    }

    /** The same kind of database (plain or encrypted with the same passphrase) in another directory. */
    DatabaseLocation movedTo(Path otherDirectory) {
        return inDirectory(otherDirectory).withPassphrase(passphrase);
    }

    public boolean isEmbedded() {
        return directory != null;
    }

    public Path databaseFile() {
        return directory == null ? null : directory.resolve(FILE_NAME + ".mv.db");
    }

    /** The per-user data directory: XDG on Linux, Application Support on macOS, %APPDATA% on Windows. */
    public static Path defaultDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Tracebench");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Tracebench");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".local", "share").toString(), "tracebench");
    }

    @Override
    public String toString() {
        // Printed in messages and logs: a password given in the URL must not travel with it.
        return directory != null ? databaseFile().toString()
                : jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
