package org.tracebench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.ProviderMerges;
import org.tracebench.model.Provider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists provider merges (spellings put under a party) and undoes one. */
@Command(name = "merges", mixinStandardHelpOptions = true,
        description = {"List the provider merges made by imports and by hand (tab-separated: id, when, spelling, "
                + "party, reason, undone), or undo one with --undo ID (a merge made by hand is undone with all the spellings it moved)."})
public final class MergesCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--undo", paramLabel = "ID", description = "Undo this merge: the spelling becomes a party of its own again.")
    Long undo;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "List at most N merges, newest first (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workbench workbench = top.openWorkbench()) {
            ProviderMerges merges = workbench.providerMerges();
            if (undo != null) {
                try {
                    Provider split = merges.undoGroup(undo); // a hand merge is undone whole, as in the window
                    out.printf("Merge %d undone: \"%s\" is party %d again%n", undo, split.name(), split.id());
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new BadInputException(e.getMessage());
                }
                out.flush();
                return TracebenchCommand.EXIT_OK;
            }
            List<ProviderMerges.Merge> list = merges.latest(limit);
            for (ProviderMerges.Merge merge : list) {
                String party = workbench.providers().find(merge.targetProviderId()).map(Provider::name).orElse("?");
                out.printf("%d\t%s\t%s\t%s\t%s\t%s%n", merge.id(), merge.mergedAt(), merge.spelling(), party, merge.reason(),
                        merge.undone() ? "undone " + merge.undoneAt() : "");
            }
            out.flush();
            return TracebenchCommand.EXIT_OK;
        }
    }
}
