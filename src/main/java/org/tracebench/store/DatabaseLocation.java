package org.tracebench.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the case store lives: an H2 file database in a directory (the default, in the user's data
 * directory by OS convention) or any JDBC URL, such as a shared PostgreSQL server.
 */
public record DatabaseLocation(String jdbcUrl, Path directory) {

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
        // FILE_LOCK=FILE (H2's default) makes a second process fail fast instead of corrupting the file.
        // TRACE_LEVEL_FILE=4 sends H2's own errors to tracebench.log (SLF4J) rather than a tracebench.trace.db.
        String url = "jdbc:h2:file:" + absolute.resolve(FILE_NAME) + ";FILE_LOCK=FILE;TRACE_LEVEL_FILE=4";
        return new DatabaseLocation(url, absolute);
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
        return directory != null ? databaseFile().toString() : jdbcUrl;
    }
}
