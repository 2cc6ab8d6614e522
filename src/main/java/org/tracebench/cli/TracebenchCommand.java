package org.tracebench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tracebench.app.Version;
import org.tracebench.app.Workbench;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.StoreException;
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
                GraphCommand.class, AnalyzeCommand.class, RmdImportCommand.class, ImportCommand.class, MergesCommand.class})
public final class TracebenchCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @Option(names = "--db", paramLabel = "PATH", scope = CommandLine.ScopeType.INHERIT,
            description = "Database directory (H2) or JDBC URL. Default: the per-user data directory.")
    String db;

    boolean guiRequested;

    @Override
    public Integer call() {
        guiRequested = true;
        return EXIT_OK;
    }

    public String databaseArgument() {
        return db;
    }

    public boolean guiRequested() {
        return guiRequested;
    }

    public Workbench openWorkbench() {
        return Workbench.open(DatabaseLocation.of(db));
    }

    /** Builds the command line with Tracebench's error handling: one line on stderr, exit 1 or 2. */
    public static CommandLine commandLine(TracebenchCommand top) {
        CommandLine commandLine = new CommandLine(top);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof BadInputException) {
                err.println("tracebench: " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
            if (e instanceof StoreException) {
                err.println("tracebench: " + e.getMessage());
                return EXIT_FAILURE;
            }
            err.println("tracebench: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return EXIT_FAILURE;
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("tracebench: " + e.getMessage() + " (see --help)");
            return EXIT_BAD_INPUT;
        });
        return commandLine;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Tracebench " + Version.current()};
        }
    }
}
