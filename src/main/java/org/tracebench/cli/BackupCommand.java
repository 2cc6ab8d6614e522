package org.tracebench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.store.Backups;
import org.tracebench.store.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Backs the embedded database up to a file of the user's, or into the backups folder; sets how many are kept. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back the database up to FILE (a zip), or without FILE into the backups folder beside the database.",
                "Automatic backups are taken there on close and once a day; --keep sets how many stay (default 7).",
                "A database on a PostgreSQL server is backed up with the server's pg_dump, not here."})
public final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Where to write the backup (.zip).")
    Path file;

    @Option(names = "--keep", paramLabel = "N", description = "How many automatic backups to keep from now on.")
    Integer keep;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseLocation location = DatabaseLocation.of(top.databaseArgument());
        if (!location.isEmbedded()) {
            throw new BadInputException("the database is on a server (" + location
                    + "); back it up with the server's own tools (pg_dump)");
        }
        if (file != null && Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a folder; give the backup file's name, e.g. " + file.resolve("tracebench.zip"));
        }
        if (keep != null) {
            if (keep < 1) {
                throw new BadInputException("--keep " + keep + ": at least one backup must be kept");
            }
            Backups.setKeep(location, keep);
            out.println("Keeping the newest " + keep + " automatic backups in " + Backups.folder(location));
            if (file == null) {
                Backups.rotate(location);
                out.flush();
                return TracebenchCommand.EXIT_OK;
            }
        }
        try (Workbench workbench = top.openWorkbench()) {
            Path written = file == null ? workbench.backups().backUpNow() : workbench.backups().backUpTo(file);
            out.println("Backed up " + location + " to " + written);
        }
        out.flush();
        return TracebenchCommand.EXIT_OK;
    }
}
