package org.tracebench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.store.IntegrityCheck;
import org.tracebench.work.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads the whole database and reports rows that point at rows that do not exist. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the database: read every table and look for rows that refer to missing rows.",
                "Exit 0 when nothing is wrong, 1 when something is (what, on stdout).",
                "With --recount, first sets every case's kept call count to the calls it holds."})
public final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--recount", description = "Set each case's call count (shown in the case list) to the calls it holds, "
            + "in one transaction, before checking.")
    boolean recount;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workbench workbench = top.openWorkbench(false)) {
            if (recount) {
                var corrected = workbench.recountCalls();
                out.println(corrected.isEmpty() ? "every case's call count was right"
                        : "call counts set right for " + corrected.size() + (corrected.size() == 1 ? " case: " : " cases: ")
                        + String.join(", ", corrected.stream().map(m -> "case " + m.caseId() + " " + m.kept() + " -> "
                        + m.held()).toList()));
            }
            IntegrityCheck.Report report = workbench.checkIntegrity(Progress.NONE);
            out.println(workbench.location() + ": " + report.summary());
            out.flush();
            return report.clean() ? TracebenchCommand.EXIT_OK : TracebenchCommand.EXIT_FAILURE;
        }
    }
}
