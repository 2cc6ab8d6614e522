package org.tracebench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tracebench.store.DatabaseLocation;

/**
 * The two places a case store can live, for tests that must hold on both: the embedded H2 file and a
 * PostgreSQL server. A test class annotated {@code @ParameterizedClass @MethodSource("org.tracebench.Store#available")}
 * runs every test once per store. Each PostgreSQL store is a schema of its own in the server's test database, so tests
 * never see each other's rows; the schemas are dropped when the test JVM ends.
 */
public enum Store {
    H2,
    POSTGRESQL;

    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Store::dropCreatedSchemas, "drop test schemas"));
    }

    /**
     * The stores a parameterized test class runs on: both where a server is configured or under CI=true
     * (where a missing server then fails the test, see {@link RealComponents}); only H2 on a developer's
     * machine without one.
     */
    public static java.util.stream.Stream<Store> available() {
        String url = System.getenv("TRACEBENCH_PG_URL");
        boolean server = (url != null && !url.isBlank()) || "true".equalsIgnoreCase(System.getenv("CI"));
        return server ? java.util.stream.Stream.of(values()) : java.util.stream.Stream.of(H2);
    }

    /** A new, empty store; {@code dir} is the test's temporary directory (used by H2 only). */
    public DatabaseLocation freshLocation(Path dir) {
        if (this == H2) {
            return DatabaseLocation.inDirectory(dir.resolve("db"));
        }
        String url = serverUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + url.replaceAll("password=[^&]*", "password=***"), e);
        }
        CREATED.add(schema);
        return DatabaseLocation.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    /** The server's URL from TRACEBENCH_PG_URL; skips the test without it, except under CI=true where it fails. */
    public static String serverUrl() {
        String url = System.getenv("TRACEBENCH_PG_URL");
        RealComponents.require(url != null && !url.isBlank(), "TRACEBENCH_PG_URL not set: no PostgreSQL server to test against");
        return url;
    }

    private static void dropCreatedSchemas() {
        if (CREATED.isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(System.getenv("TRACEBENCH_PG_URL"));
             Statement statement = connection.createStatement()) {
            for (String schema : CREATED) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException e) {
            // A test server that went away takes its schemas with it; nothing to report at JVM exit.
        }
    }
}
