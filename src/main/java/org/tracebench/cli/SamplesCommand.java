package org.tracebench.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Loads (or removes) the sample cases built from the public reference letters. */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "Load the sample cases (PZ/Illum, HK KwaiFong, the 2024 warning letters) into the database.")
public final class SamplesCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--remove", description = "Remove the sample cases instead, with the parties only they used.")
    boolean remove;

    @Override
    public Integer call() {
        try (Workbench workbench = top.openWorkbench()) {
            if (remove) {
                int removed = workbench.samples().remove();
                spec.commandLine().getOut().println("Removed " + removed + " sample cases.");
                return TracebenchCommand.EXIT_OK;
            }
            List<CaseFile> added = workbench.samples().load(top.progress());
            if (added.isEmpty()) {
                spec.commandLine().getOut().println("The sample cases are already loaded.");
            }
            for (CaseFile caseFile : added) {
                spec.commandLine().getOut().printf("Loaded %s (%d traced calls)%n", caseFile.title(),
                        workbench.calls().countByCase(caseFile.id()));
            }
            return TracebenchCommand.EXIT_OK;
        }
    }
}
