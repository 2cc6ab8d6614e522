package org.tracebench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracebench.app.Logging;
import org.tracebench.app.Version;
import org.tracebench.app.Workbench;
import org.tracebench.store.DatabaseEncryption;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.PassphraseException;
import org.tracebench.work.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top of the batch command line. With no subcommand the caller opens the GUI instead. Subcommands
 * reach the case store through {@link #openWorkbench()}.
 */
@Command(name = "tracebench", mixinStandardHelpOptions = true, versionProvider = TracebenchCommand.VersionProvider.class,
        description = "Offline workbench for robocall enforcement cases. Without a subcommand it opens the window.",
        subcommands = {SamplesCommand.class, CasesCommand.class, ExportXlsxCommand.class, LetterCommand.class,
                GraphCommand.class, AnalyzeCommand.class, RmdImportCommand.class, ImportCommand.class, ImportsCommand.class,
                MergesCommand.class, CampaignsCommand.class, BackupCommand.class, RestoreCommand.class, CheckCommand.class,
                EncryptCommand.class, CaseExportCommand.class, CaseImportCommand.class})
public final class TracebenchCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_BAD_INPUT = 2;

    private static final Logger LOG = LoggerFactory.getLogger(TracebenchCommand.class);

    @Option(names = "--db", paramLabel = "PATH", scope = CommandLine.ScopeType.INHERIT,
            description = "Database directory (H2) or JDBC URL. Default: the per-user data directory.")
    String db;

    /** A .tbcase file opened from the desktop (the installer registers the type): the window opens and imports it. */
    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "FILE.tbcase",
            description = "A case file to import in the window (File > Import case...).")
    java.nio.file.Path caseFile;

    boolean guiRequested;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    /** Replaced by tests; batch mode reads passphrases from the environment or the terminal only. */
    PassphraseSource passphrases = PassphraseSource.ofThisProcess();

    /** Set while a subcommand runs: turns SIGTERM / Ctrl+C into a cancel (see {@link StopOnSignal}). */
    private volatile StopOnSignal stop;

    @Override
    public Integer call() {
        if (caseFile != null && !caseFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tbcase")) {
            throw new BadInputException(caseFile + " is not a subcommand nor a .tbcase case file (see --help)");
        }
        guiRequested = true;
        return EXIT_OK;
    }

    /** The case file to import once the window is open, or null. */
    public java.nio.file.Path caseFileArgument() {
        return caseFile;
    }

    public String databaseArgument() {
        return db;
    }

    public boolean guiRequested() {
        return guiRequested;
    }

    /** What a subcommand hands its services: cancelled when the process is asked to stop. */
    public Progress progress() {
        StopOnSignal watching = stop;
        return watching == null ? Progress.NONE : watching.progress();
    }

    public Workbench openWorkbench() {
        return openWorkbench(true);
    }

    /**
     * Opens the store with its automatic care: the daily backup when due, a backup on close after a change,
     * and (when {@code checkAfterCrash}) an integrity check if the previous run did not close the store.
     */
    Workbench openWorkbench(boolean checkAfterCrash) {
        PrintWriter err = spec.commandLine().getErr();
        // Said before the wait, so a recovery that takes minutes is not taken for a hang (decision 0014).
        Workbench workbench = Workbench.open(location(), notice -> {
            err.println("tracebench: " + notice + "...");
            err.flush();
        });
        if (!workbench.location().isEmbedded()) {
            return workbench;
        }
        workbench.backUpOnClose();
        try {
            workbench.backups().dailyIfDue();
        } catch (RuntimeException e) {
            LOG.error("The daily backup failed", e);
            err.println("tracebench: the daily backup failed: " + oneLine(e) + detailsIn());
        }
        if (checkAfterCrash && workbench.openedAfterUncleanStop()) {
            org.tracebench.store.IntegrityCheck.Report report = workbench.checkIntegrity(org.tracebench.work.Progress.NONE);
            LOG.warn("The previous run did not close {}; integrity check: {}", workbench.location(), report.summary());
            if (!report.clean()) {
                err.println("tracebench: the previous run did not close the database; the check found: " + report.summary());
            }
        }
        return workbench;
    }

    /** Where --db points, with the passphrase of an encrypted database (asked for here). */
    DatabaseLocation location() {
        DatabaseLocation location = passphrases.withServerPassword(DatabaseLocation.of(db));
        if (DatabaseEncryption.isEncrypted(location)) {
            location = location.withPassphrase(passphrases.current(location));
        }
        return location;
    }

    PassphraseSource passphrases() {
        return passphrases;
    }

    /**
     * Builds the command line with Tracebench's error handling: the failure with its stack trace in the log
     * file, one line on stderr, exit 1 or 2.
     */
    public static CommandLine commandLine(TracebenchCommand top) {
        CommandLine commandLine = new CommandLine(top);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionStrategy(parseResult -> {
            // Only now is --db known, wherever it was given; help and version need no log.
            if (!helpRequested(parseResult)) {
                Logging.start(DatabaseLocation.of(top.db));
            }
            if (helpRequested(parseResult) || !parseResult.hasSubcommand()) {
                return new CommandLine.RunLast().execute(parseResult);
            }
            top.stop = StopOnSignal.install(parseResult.subcommand().commandSpec().name(), commandLine.getErr());
            boolean success = false;
            try {
                int code = new CommandLine.RunLast().execute(parseResult);
                success = code == EXIT_OK;
                return code;
            } finally {
                top.stop.finished(success);
            }
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            StopOnSignal stopping = top.stop;
            if (stopping != null && stopping.requested()) {
                // The work was cancelled by a stop (or failed while stopping): the stop says it in one line.
                LOG.info("Command {} ended by a stop", Logging.safe(cmd.getCommandName()), e);
                return EXIT_FAILURE;
            }
            // A wrong or missing passphrase is the user's input, and the file was not touched.
            if (e instanceof BadInputException || e instanceof PassphraseException) {
                LOG.warn("Refused: {}", e.getMessage(), e);
                err.println("tracebench: " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
            LOG.error("Command {} failed", Logging.safe(cmd.getCommandName()), e);
            err.println("tracebench: " + oneLine(e) + detailsIn());
            return EXIT_FAILURE;
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("tracebench: " + e.getMessage() + " (see --help)");
            return EXIT_BAD_INPUT;
        });
        return commandLine;
    }

    /**
     * For batch runs: a failure on a thread of its own is logged and reported in one line, instead of the
     * JVM printing its stack trace on stderr.
     */
    public static Thread.UncaughtExceptionHandler uncaughtHandler(PrintWriter err) {
        return (thread, e) -> {
            LOG.error("Uncaught on thread {}", Logging.safe(thread.getName()), e);
            err.println("tracebench: unexpected error: " + oneLine(e) + detailsIn());
            err.flush();
        };
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(e.getClass().getName());
    }

    private static String detailsIn() {
        return Logging.file().map(file -> " (details in " + file + ")").orElse("");
    }

    private static boolean helpRequested(CommandLine.ParseResult parseResult) {
        return parseResult.asCommandLineList().stream()
                .anyMatch(cl -> cl.isUsageHelpRequested() || cl.isVersionHelpRequested());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Tracebench " + Version.current()};
        }
    }
}
