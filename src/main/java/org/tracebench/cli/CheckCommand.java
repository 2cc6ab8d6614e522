package org.tracebench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.store.IntegrityCheck;
import org.tracebench.work.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads the whole database and reports rows that point at rows that do not exist. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the database: read every table and look for rows that refer to missing rows.",
                "Exit 0 when nothing is wrong, 1 when something is (what, on stdout)."})
public final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workbench workbench = top.openWorkbench(false)) {
            IntegrityCheck.Report report = workbench.checkIntegrity(Progress.NONE);
            out.println(workbench.location() + ": " + report.summary());
            out.flush();
            return report.clean() ? TracebenchCommand.EXIT_OK : TracebenchCommand.EXIT_FAILURE;
        }
    }
}
