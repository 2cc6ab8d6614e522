package org.tracebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.store.BadBackupException;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.Restore;
import org.tracebench.work.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Replaces the embedded database with a backup, after checking the backup; the replaced one is kept. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the database with the backup FILE. The backup is opened and read whole first;",
                "a bad one changes nothing. The database it replaces is kept in the backups folder."})
public final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup (.zip, or a tracebench.mv.db file).")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseLocation location = DatabaseLocation.of(top.databaseArgument());
        if (location.isEmbedded() && java.nio.file.Files.exists(location.databaseFile())) {
            location = top.location();
        }
        if (!location.isEmbedded()) {
            throw new BadInputException("the database is on a server (" + location
                    + "); restore it with the server's own tools (pg_restore, psql)");
        }
        Restore.Checked checked;
        try {
            checked = Workbench.checkBackup(location, file, Progress.NONE);
        } catch (BadBackupException e) {
            throw new BadInputException(e.getMessage());
        }
        Optional<Path> kept = Workbench.restore(location, checked);
        out.println("Restored " + location + " from " + checked.backup() + " (schema " + checked.schemaVersion() + "; "
                + checked.report().summary() + ")");
        kept.ifPresent(k -> out.println("The database it replaced is kept as " + k));
        out.flush();
        return TracebenchCommand.EXIT_OK;
    }
}
