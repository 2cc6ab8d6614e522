package org.tracebench.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.tracebench.store.DatabaseEncryption;
import org.tracebench.store.DatabaseLocation;

/**
 * Sends all logging to {@code tracebench.log} next to the database in use, so a user who reports a problem
 * has one file to send. Nothing is logged to the console: batch commands own stdout and stderr. Levels are
 * set in logback.xml; the file appender is added here because its place depends on {@code --db}.
 */
public final class Logging {

    public static final String FILE_NAME = "tracebench.log";
    static final String APPENDER = "FILE";
    static final FileSize MAX_FILE_SIZE = FileSize.valueOf("5MB");
    /** Rolled files kept besides the current one: at most 4 files, 20 MB in all. */
    static final int KEPT_FILES = 3;

    private static Path file;
    /** The embedded database whose data directory holds the log, or null (a server, or no database yet). */
    private static volatile DatabaseLocation embedded;

    private Logging() {
    }

    /**
     * Logs to the data directory of this location: the database directory, or the per-user data directory
     * for a JDBC URL. If that directory cannot take the file (say {@code --db} names a file), the log goes to
     * the temporary directory instead, so the stack trace of the failure that follows is still kept.
     */
    public static synchronized Path start(DatabaseLocation location) {
        Path directory = location.isEmbedded() ? location.directory() : DatabaseLocation.defaultDirectory();
        if (!usable(directory)) {
            directory = Path.of(System.getProperty("java.io.tmpdir"), "tracebench");
        }
        embedded = location.isEmbedded() ? location : null;
        return startIn(directory);
    }

    /** Logs to {@code tracebench.log} in this directory, replacing any earlier log file of this process. */
    public static synchronized Path startIn(Path directory) {
        Path target = directory.toAbsolutePath().normalize().resolve(FILE_NAME);
        if (target.equals(file)) {
            return file;
        }
        routeJavaUtilLogging();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        stopAppender(root);

        CaseDataSafeLayout layout = new CaseDataSafeLayout(Logging::withholdsCaseData);
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(target.toString());
        appender.setEncoder(encoder);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(directory.toAbsolutePath().normalize().resolve("tracebench.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEPT_FILES);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(MAX_FILE_SIZE);
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        if (!appender.isStarted()) {
            file = null;
            return null;
        }
        root.addAppender(appender);
        file = target;
        return file;
    }

    /**
     * Whether log lines withhold case data now: when the database beside the log is encrypted. Asked per
     * line, so a database encrypted while the program runs is covered from then on; when the file cannot be
     * read the answer is yes, for a log is worth less than a leak.
     */
    static boolean withholdsCaseData() {
        DatabaseLocation location = embedded;
        if (location == null) {
            return false;
        }
        try {
            return location.isEncrypted() || DatabaseEncryption.isEncrypted(location);
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Marks text the caller knows holds no case data (a command's name), so an encrypted store's log keeps it. */
    public static Object safe(String text) {
        return new CaseDataSafeLayout.Safe(text);
    }

    /**
     * After the database was encrypted: the log files written while it was plain may quote case data, so
     * they are removed and the log starts again, now withholding it.
     */
    public static synchronized void forgetPlainLog() {
        Path current = file;
        if (current == null) {
            return;
        }
        Path directory = current.getParent();
        stop();
        try {
            Files.deleteIfExists(current);
            for (int i = 1; i <= KEPT_FILES; i++) {
                Files.deleteIfExists(directory.resolve("tracebench." + i + ".log"));
            }
        } catch (IOException e) {
            // Logged into the new file below; the old one stays, which security.md tells the user to check.
            startIn(directory);
            LoggerFactory.getLogger(Logging.class).warn("Cannot remove the log written before encryption", e);
            return;
        }
        startIn(directory);
    }

    /** The log file in use, if logging has been started and its file could be opened. */
    public static synchronized Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The sentence that points a user at the details of a failure. */
    public static String whereDetailsAre() {
        return file().map(f -> "Details were written to " + f + ".").orElse("No log file could be written.");
    }

    /** Closes the log file, writing out anything buffered; later events go nowhere until started again. */
    public static synchronized void stop() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        stopAppender(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME));
        file = null;
    }

    private static void stopAppender(Logger root) {
        var previous = root.getAppender(APPENDER);
        if (previous != null) {
            root.detachAppender(previous);
            previous.stop();
        }
    }

    /**
     * JavaFX (through System.Logger) and libphonenumber log with java.util.logging, whose default handler
     * writes to stderr; this sends them to the same file instead.
     */
    private static void routeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    private static boolean usable(Path directory) {
        try {
            Files.createDirectories(directory);
            return Files.isWritable(directory);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
