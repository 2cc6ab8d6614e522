package org.tracebench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The case store: opens the database, brings its schema up to date with Flyway, and runs work in
 * transactions. A transaction started with {@link #inTransaction} is bound to the calling thread,
 * so repositories called inside it share one connection and commit or roll back together.
 */
public final class Database implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Database.class);

    private final DatabaseLocation location;
    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    /** Set by the write helpers on the thread that wrote; read when the write's connection is done with. */
    private static final ThreadLocal<Boolean> WROTE = ThreadLocal.withInitial(() -> false);
    private final AtomicLong dataVersion = new AtomicLong();
    private volatile Predicate<Thread> forbiddenThread = thread -> false;
    private volatile Consumer<IllegalStateException> onForbidden = violation -> { };
    private boolean openedAfterUncleanStop;

    private Database(DatabaseLocation location, DataSource dataSource, AutoCloseable closer) {
        this.location = location;
        this.dataSource = dataSource;
        this.closer = closer;
    }

    /** Opens (creating if needed) and migrates the database; throws StoreException with a user-facing message. */
    public static Database open(DatabaseLocation location) {
        return open(location, notice -> { });
    }

    /**
     * Opens the database as {@link #open(DatabaseLocation)} does; before a recovery after an unclean stop (which
     * takes as long as undoing the work that was cut off) {@code notices} gets one sentence saying so, for the
     * caller to show: the user must not take the wait for a hang.
     */
    public static Database open(DatabaseLocation location, Consumer<String> notices) {
        boolean recovering = false;
        boolean leftOpen = false;
        if (location.isEmbedded()) {
            checkEmbeddedFile(location);
            DatabaseEncryption.removeLeftovers(location);
            if (CrashSafeFiles.putBackInterruptedRecovery(location)) {
                // A recovery was cut off (killed again while it ran): start it over from the file as first left.
                LOG.warn("{}: a recovery was interrupted; starting it again from the copy taken before it", location);
            }
            if (Files.exists(location.databaseFile())) {
                // Before anything can write: a wrong or missing passphrase is refused with the file untouched.
                DatabaseEncryption.checkPassphrase(location);
                CrashSafeFiles.clearStaleLockFile(location);
                // Said before the read-only look, which already undoes in memory what the stop cut off.
                if (UncleanStop.wasLeftOpen(location) && !CrashSafeFiles.heldByAnotherProcess(location)) {
                    notices.accept(recoveringNotice(location));
                    leftOpen = true;
                }
                recovering = needsRecovery(location);
            } else {
                CrashSafeFiles.createWhole(location, staged -> connect(staged).migrateAndClose());
            }
        }
        CrashSafeFiles.SafetyCopy safetyCopy = null;
        if (recovering) {
            safetyCopy = CrashSafeFiles.SafetyCopy.take(location);
            LOG.warn("{} was not closed cleanly (the process was stopped); opening it rolls back unfinished work", location);
            // Without the unclean-stop marker this is more likely a damaged or foreign file than a killed run:
            // it is tried (and put back if it fails) without announcing a recovery that may not come.
        }
        Database database;
        try {
            database = connect(location);
        } catch (StoreException e) {
            throw safetyCopy != null ? putBack(safetyCopy, e) : e;
        }
        try {
            if (leftOpen || recovering) {
                database.clearLeftoversOfCutOffWork();
            }
            database.migrate();
            if (safetyCopy != null) {
                safetyCopy.discard();
            }
            database.openedAfterUncleanStop = UncleanStop.markOpen(location);
            return database;
        } catch (RuntimeException e) {
            if (safetyCopy == null) {
                database.close();
                throw e;
            }
            // Closed without touching the marker: the file goes back to how the stop left it, marker included.
            database.closePool();
            StoreException refusal = e instanceof StoreException store ? store
                    : new StoreException("Cannot open database " + location + ": " + firstLine(e.getMessage()), e);
            throw putBack(safetyCopy, refusal);
        }
    }

    /**
     * After an unclean stop H2 has rolled the cut-off transaction back, but may have kept rows of it that
     * reached the file without their undo entries (decision 0020); they go before anyone reads the store.
     */
    private void clearLeftoversOfCutOffWork() {
        int cleared = withConnection(H2Leftovers::clear);
        if (cleared > 0) {
            LOG.warn("{}: removed {} table and index entries that the stopped run had written without committing",
                    location, cleared);
        }
    }

    private static String recoveringNotice(DatabaseLocation location) {
        return "recovering " + location + " after an unclean stop (undoing the work that was cut off, then checking the tables)";
    }

    /**
     * A recovering open failed: the file goes back to the bytes it had before it (the safety copy), so a file
     * that turns out damaged or too new is refused untouched, as the message says.
     */
    private static StoreException putBack(CrashSafeFiles.SafetyCopy safetyCopy, StoreException refusal) {
        if (refusal.getMessage().contains("in use by another running Tracebench")) {
            // Someone else has it open now: their file, not ours to replace; the copy is stale.
            safetyCopy.discard();
            return refusal;
        }
        try {
            safetyCopy.putBack();
            return refusal;
        } catch (java.io.UncheckedIOException e) {
            refusal.addSuppressed(e);
            return new StoreException(refusal.getMessage().replace("; it was left untouched", "")
                    + " (" + e.getMessage() + ")", refusal);
        }
    }

    /**
     * Connections to a server are kept and reused: signing in to PostgreSQL (TLS, SCRAM) costs more than most
     * of our queries. A desktop client needs few; idle ones are closed after a while so a server shared by an
     * office is not held by laptops left open.
     */
    private static com.zaxxer.hikari.HikariDataSource serverPool(PGSimpleDataSource server) {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setDataSource(server);
        config.setPoolName("tracebench-server");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setIdleTimeout(java.time.Duration.ofMinutes(2).toMillis());
        config.setConnectionTimeout(java.time.Duration.ofSeconds(15).toMillis());
        return new com.zaxxer.hikari.HikariDataSource(config);
    }

    /**
     * Tries a server location without opening it as the store: reaches the server, signs in, and says what it
     * found (the server's version and whether Tracebench's tables are there yet). Nothing is written.
     */
    public static String probeServer(DatabaseLocation location) {
        if (location.isEmbedded()) {
            throw new IllegalArgumentException("not a server location: " + location);
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(location.jdbcUrl());
        try (Connection connection = pg.getConnection()) {
            String version = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            MigrationInfo current = flywayOn(pg).info().current();
            return version + (current == null ? "; no Tracebench tables yet (they are created on connect)"
                    : "; Tracebench schema version " + current.getVersion().getVersion());
        } catch (SQLException e) {
            throw ServerConnectFailure.describe(pg, e);
        } catch (FlywayException e) {
            throw new StoreException("Cannot read database " + location + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** The server's name for the signed-in user (the database role), or empty for the embedded store. */
    public java.util.Optional<String> serverUser() {
        if (location.isEmbedded()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(withConnection(c -> Jdbc.query(c, "SELECT CURRENT_USER", r -> r.getString(1)).get(0)));
    }

    private static Database connect(DatabaseLocation location) {
        if (location.jdbcUrl().startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(location.jdbcUrl());
            // Reach the server once before Flyway does, so an absent server is named by host and port.
            try (Connection ignored = pg.getConnection()) {
                com.zaxxer.hikari.HikariDataSource pool = serverPool(pg);
                return new Database(location, pool, pool::close);
            } catch (SQLException e) {
                throw ServerConnectFailure.describe(pg, e);
            }
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(H2Sources.of(location, ""));
        pool.setMaxConnections(16);
        Database database = new Database(location, pool, pool::dispose);
        // Touch the database now so a lock or a damaged file is reported before anything else happens.
        try (Connection ignored = pool.getConnection()) {
            return database;
        } catch (SQLException e) {
            pool.dispose();
            throw translateOpenFailure(location, e);
        }
    }

    /**
     * Looks at an existing file through a read-only connection first: H2 rewrites parts of the file on every
     * open and close, so a database we must refuse (newer schema) is refused before that happens. True when the
     * file needs the recovery only a writable open does: what a killed process leaves (H2 reads it whole but
     * must write to undo the unfinished transaction), or what looks damaged to a read-only open. Either is then
     * opened for writing once, with a safety copy kept until that open succeeds (decision 0014); the recovery
     * check of decision 0009 undid the transaction twice, on a copy and then on the file.
     */
    private static boolean needsRecovery(DatabaseLocation location) {
        org.h2.jdbcx.JdbcDataSource readOnly = H2Sources.of(location, ";ACCESS_MODE_DATA=r");
        try (Connection ignored = readOnly.getConnection()) {
            refuseNewerSchema(location, flywayOn(readOnly));
            return false;
        } catch (SQLException e) {
            StoreException refusal = translateOpenFailure(location, e);
            if (refusal.getMessage().contains("damaged")) {
                return true;
            }
            throw refusal;
        } catch (FlywayException e) {
            throw new StoreException("Cannot read database " + location + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static void checkEmbeddedFile(DatabaseLocation location) {
        Path dir = location.directory();
        Path file = location.databaseFile();
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StoreException("Database location " + dir + " is a file, not a directory");
            }
            if (Files.exists(file)) {
                if (!Files.isReadable(file) || !Files.isWritable(file)) {
                    throw new StoreException("Cannot read or write database file " + file + ": check its permissions");
                }
                return;
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create database directory " + dir + ": " + e.getMessage(), e);
        }
    }

    static StoreException translateOpenFailure(DatabaseLocation location, SQLException e) {
        int code = e.getErrorCode();
        String where = location.toString();
        if (code == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StoreException("Database " + where + " is in use by another running Tracebench; close it first", e);
        }
        // The passphrase was checked against the file's header before (DatabaseEncryption.checkPassphrase), so
        // H2's "encryption error" on an encrypted file means what "corrupted" means on a plain one.
        boolean undecipherable = code == org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1 && location.isEncrypted();
        // A file too short or too garbled to hold H2's header fails as an I/O error; permissions were checked before.
        boolean unreadable = (code == org.h2.api.ErrorCode.IO_EXCEPTION_1 || code == org.h2.api.ErrorCode.IO_EXCEPTION_2) && location.isEmbedded()
                && Files.exists(location.databaseFile());
        if (code == org.h2.api.ErrorCode.FILE_CORRUPTED_1 || code == org.h2.api.ErrorCode.FILE_VERSION_ERROR_1
                || code == org.h2.api.ErrorCode.GENERAL_ERROR_1 || unreadable || undecipherable) {
            return new StoreException("Database file " + where + " is damaged or is not a Tracebench database; it was left untouched"
                    + Backups.restoreHint(location), e);
        }
        return new StoreException("Cannot open database " + where + ": " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private Flyway flyway() {
        return flywayOn(dataSource);
    }

    private static Flyway flywayOn(DataSource source) {
        return Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
                // Capabilities were built in parallel with their own version numbers; a developer database
                // that met them in another order must still take the ones it lacks.
                .outOfOrder(true)
                .loggers("slf4j")
                .load();
    }

    private void migrateAndClose() {
        try {
            migrate();
        } finally {
            close();
        }
    }

    private void migrate() {
        Flyway flyway = flyway();
        try {
            refuseNewerSchema(location, flyway);
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("Cannot bring database " + location + " up to date: " + firstLine(e.getMessage()), e);
        }
    }

    private static void refuseNewerSchema(DatabaseLocation location, Flyway flyway) {
        MigrationInfo[] future = Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            throw new StoreException("Database " + location + " was written by a newer Tracebench (schema version "
                    + future[future.length - 1].getVersion() + "); update Tracebench to open it. The file was not changed.");
        }
    }

    public DatabaseLocation location() {
        return location;
    }

    /** True when the previous run left the store open (killed, power lost): worth an integrity check. */
    public boolean openedAfterUncleanStop() {
        return openedAfterUncleanStop;
    }

    /** The latest schema version applied, e.g. "1". */
    public String schemaVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    /**
     * Counts committed changes: it grows with every committed transaction and every auto-committed write,
     * so a screen that remembers the version it read at knows whether what it shows may be out of date.
     */
    public long dataVersion() {
        return dataVersion.get();
    }

    /**
     * Watches where connections are taken: when {@code forbidden} accepts the taking thread, the violation is
     * handed to {@code onViolation}, which may throw it, log it or record it. The user interface forbids its
     * own thread so a query that would freeze the window is caught; off until set.
     */
    public void setForbiddenThread(Predicate<Thread> forbidden, Consumer<IllegalStateException> onViolation) {
        this.onForbidden = onViolation == null ? violation -> { } : onViolation;
        this.forbiddenThread = forbidden == null ? thread -> false : forbidden;
    }

    /** Called by the write helpers: the connection in use on this thread has changed data. */
    static void wrote() {
        WROTE.set(true);
    }

    private Connection acquire() throws SQLException {
        Thread thread = Thread.currentThread();
        if (forbiddenThread.test(thread)) {
            onForbidden.accept(new IllegalStateException(
                    "Database connection taken on thread \"" + thread.getName() + "\", where the database must not be used"));
        }
        return dataSource.getConnection();
    }

    /** Runs work on the thread's transaction if there is one, otherwise on a connection of its own. */
    public <T> T withConnection(SqlWork<T> work) {
        Connection bound = current.get();
        try {
            if (bound != null) {
                return work.run(bound);
            }
            boolean wroteBefore = WROTE.get();
            WROTE.set(false);
            try (Connection connection = acquire()) {
                connection.setAutoCommit(true);
                return work.run(connection);
            } finally {
                if (WROTE.get()) {
                    dataVersion.incrementAndGet();
                }
                WROTE.set(wroteBefore);
            }
        } catch (SQLException e) {
            throw new StoreException("Database error: " + firstLine(e.getMessage()), e);
        }
    }

    /** Runs work in one transaction: all of it is committed, or on any exception none of it. Nests by joining. */
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        boolean wroteBefore = WROTE.get();
        WROTE.set(false);
        try (Connection connection = acquire()) {
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                T result = work.get();
                connection.commit();
                // Only a transaction that wrote moves the version on: screens reload and a backup is taken on
                // close for changes, not for reads that happened to run in a transaction.
                if (WROTE.get()) {
                    dataVersion.incrementAndGet();
                }
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                current.remove();
                connection.setAutoCommit(true);
                WROTE.set(wroteBefore);
            }
        } catch (SQLException e) {
            throw new StoreException("Database error: " + firstLine(e.getMessage()), e);
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    private void closePool() {
        try {
            closer.close();
        } catch (Exception e) {
            LOG.warn("Cannot close database {} after a failed open", location, e);
        }
    }

    @Override
    public void close() {
        try {
            closer.close();
            UncleanStop.markClosed(location);
        } catch (Exception e) {
            throw new StoreException("Cannot close database " + location + ": " + e.getMessage(), e);
        }
    }
}
