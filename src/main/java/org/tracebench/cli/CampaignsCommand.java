package org.tracebench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.CampaignMerges;
import org.tracebench.ingest.CampaignProposals;
import org.tracebench.model.CampaignMerge;
import org.tracebench.model.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists campaigns under their canonical names, proposes merges, merges two and undoes a merge. */
@Command(name = "campaigns", mixinStandardHelpOptions = true,
        description = {"List the campaigns under their canonical names (tab-separated: id, name, calls, aliases with their "
                + "calls), busiest first; or the proposed merges (--proposals, variants and likely typos among the data's "
                + "campaigns and the common campaign names that ship with the app); or merge one campaign into another "
                + "(--merge FROM --into TO); or list the merges (--merges) and undo one (--undo ID). A merge changes the "
                + "name the calls count under in findings and letter sentences, never a call's recorded description."})
public final class CampaignsCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--case", paramLabel = "ID", description = "Only campaigns with calls in this case (id or key); counts are that case's.")
    String caseId;

    @Option(names = "--proposals", description = "List the proposed merges (tab-separated: from, into, calls, why).")
    boolean proposals;

    @Option(names = "--accept-proposals", description = "Accept every proposed merge (of --case, if given) and print each merge.")
    boolean acceptProposals;

    @Option(names = "--merge", paramLabel = "FROM", description = "Merge the campaign named FROM into the one named by --into.")
    String mergeFrom;

    @Option(names = "--into", paramLabel = "TO", description = "The campaign to merge into; a name not in the data yet creates it.")
    String mergeInto;

    @Option(names = "--merges", description = "List the campaign merges, newest first (tab-separated: id, when, who, from, into, calls, undone).")
    boolean merges;

    @Option(names = "--undo", paramLabel = "ID", description = "Undo this campaign merge (ids as --merges prints them).")
    Long undo;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if ((mergeFrom == null) != (mergeInto == null)) {
            throw new BadInputException(mergeFrom == null ? "--into needs --merge FROM" : "--merge needs --into TO");
        }
        try (Workbench workbench = top.openWorkbench()) {
            CampaignMerges campaigns = workbench.campaignMerges();
            Long id = null;
            if (caseId != null) {
                id = workbench.cases().findByIdOrKey(caseId).map(CaseFile::id)
                        .orElseThrow(() -> new BadInputException("no case with id or key \"" + caseId + "\""));
            }
            try {
                if (undo != null) {
                    CampaignMerge undone = campaigns.undo(undo);
                    out.printf("Merge %d undone: \"%s\" is a campaign of its own again, no longer under \"%s\"%n",
                            undone.id(), undone.sourceName(), undone.targetName());
                } else if (mergeFrom != null) {
                    out.println(line(campaigns.merge(mergeFrom, mergeInto)));
                } else if (acceptProposals) {
                    List<CampaignProposals.Proposal> list = workbench.campaignProposals().proposals(id);
                    for (CampaignProposals.Proposal p : list) {
                        out.println(line(campaigns.merge(p.from(), p.into())));
                    }
                    out.printf("%d proposed %s accepted%n", list.size(), list.size() == 1 ? "merge" : "merges");
                } else if (proposals) {
                    for (CampaignProposals.Proposal p : workbench.campaignProposals().proposals(id)) {
                        out.printf("%s\t%s\t%d\t%s%s%n", p.from(), p.into(), p.calls(), p.why().text(),
                                p.intoIsNew() ? " (common campaign name, not in the data yet)" : "");
                    }
                } else if (merges) {
                    for (CampaignMerge m : campaigns.latest(1000)) {
                        out.printf("%d\t%s\t%s\t%s\t%s\t%d\t%s%n", m.id(), m.mergedAt(), m.actor(), m.sourceName(), m.targetName(),
                                m.calls(), m.undone() ? "undone " + m.undoneAt() + " by " + m.undoneBy() : "");
                    }
                } else {
                    for (CampaignMerges.Listed c : campaigns.list(id)) {
                        out.printf("%d\t%s\t%d\t%s%n", c.id(), c.name(), c.calls(), c.aliases().stream()
                                .map(a -> a.name() + " (" + a.calls() + ")").collect(Collectors.joining("; ")));
                    }
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new BadInputException(e.getMessage());
            }
            out.flush();
            return TracebenchCommand.EXIT_OK;
        }
    }

    private static String line(CampaignMerge merge) {
        return "Merge " + merge.id() + ": " + merge.reason() + ", " + merge.calls() + (merge.calls() == 1 ? " call" : " calls");
    }
}
