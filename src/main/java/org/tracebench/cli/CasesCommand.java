package org.tracebench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the cases, one tab-separated line each: id, title, target provider, status, traced calls. */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "List the cases: id, title, target provider, status, traced calls (tab-separated).")
public final class CasesCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workbench workbench = top.openWorkbench()) {
            for (CaseSummary summary : workbench.cases().summaries()) {
                out.printf("%d\t%s\t%s\t%s\t%d%n", summary.caseFile().id(), summary.caseFile().title(),
                        summary.targetProviderName() == null ? "" : summary.targetProviderName(),
                        summary.caseFile().status().name().toLowerCase(java.util.Locale.ROOT), summary.tracedCalls());
            }
        }
        out.flush();
        return TracebenchCommand.EXIT_OK;
    }
}
