package org.tracebench.ui.campaigns;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.CampaignMerges;
import org.tracebench.ingest.CampaignProposals;
import org.tracebench.model.CampaignMerge;
import org.tracebench.model.CaseFile;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.TaskRunner;

/**
 * The Campaigns dialog's logic: the campaigns under their canonical names (of one case or all), the proposed merges
 * with accepting them, merging by hand and undoing a merge. Reads and writes go through the {@link TaskRunner};
 * questions and refusals through {@link Dialogs}. No controls: testable without a stage.
 */
public final class CampaignsViewModel {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final int LISTED_MERGES = 500;

    /** What one read brings back: everything the dialog lists. */
    record Snapshot(List<CampaignMerges.Listed> campaigns, List<CampaignProposals.Proposal> proposals,
                    List<CampaignMerge> merges) {
    }

    private final Workbench workbench;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final ObservableList<CaseFile> cases = FXCollections.observableArrayList();
    private final ObjectProperty<CaseFile> caseFilter = new SimpleObjectProperty<>();
    private final ObservableList<CampaignMerges.Listed> campaigns = FXCollections.observableArrayList();
    private final ObservableList<CampaignProposals.Proposal> proposals = FXCollections.observableArrayList();
    private final ObservableList<CampaignMerge> merges = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    /** Counts reads asked for, so an older read that finishes late does not overwrite a newer one. */
    private long reads;

    public CampaignsViewModel(Workbench workbench, TaskRunner tasks, Dialogs dialogs) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.dialogs = dialogs;
        caseFilter.addListener((obs, old, now) -> reload());
    }

    /** Reads the cases for the filter, then the lists. */
    public void load() {
        tasks.run(() -> workbench.cases().findAll(), read -> cases.setAll(read),
                error -> dialogs.error("The cases could not be read", error));
        reload();
    }

    /** Reads the campaigns, proposals and merges again (for the case chosen, if any). */
    public void reload() {
        long read = ++reads;
        Long caseId = caseFilter.get() == null ? null : caseFilter.get().id();
        tasks.run(() -> new Snapshot(workbench.campaignMerges().list(caseId),
                workbench.campaignProposals().proposals(caseId), workbench.campaignMerges().latest(LISTED_MERGES)),
                snapshot -> {
                    if (read == reads) {
                        campaigns.setAll(snapshot.campaigns());
                        proposals.setAll(snapshot.proposals());
                        merges.setAll(snapshot.merges());
                    }
                }, error -> dialogs.error("The campaigns could not be read", error));
    }

    /** Accepts one proposal after asking: merges its campaign into the proposed one. */
    public void accept(CampaignProposals.Proposal proposal) {
        if (proposal == null) {
            dialogs.inform("Nothing to accept", "Select a proposed merge first.");
            return;
        }
        if (!dialogs.confirm("Accept the proposed merge", "The calls of \"" + proposal.from() + "\" will count under \""
                + proposal.into() + "\"" + (proposal.intoIsNew() ? " (a common campaign name, created for this)" : "")
                + " in findings and letter sentences. Each call keeps its recorded description, so Attachment A does "
                + "not change. The merge can be undone.")) {
            return;
        }
        write(() -> List.of(workbench.campaignMerges().merge(proposal.from(), proposal.into())), "The merge could not be made");
    }

    /** Accepts every listed proposal after asking once. */
    public void acceptAll() {
        List<CampaignProposals.Proposal> all = List.copyOf(proposals);
        if (all.isEmpty()) {
            dialogs.inform("Nothing to accept", "No merge is proposed.");
            return;
        }
        StringBuilder list = new StringBuilder();
        all.forEach(p -> list.append("\n  \"").append(p.from()).append("\" into \"").append(p.into()).append('"'));
        if (!dialogs.confirm("Accept all proposed merges", all.size() + (all.size() == 1 ? " merge:" : " merges:") + list
                + "\n\nEach call keeps its recorded description; every merge can be undone.")) {
            return;
        }
        write(() -> all.stream().map(p -> workbench.campaignMerges().merge(p.from(), p.into())).toList(),
                "The merges could not be made");
    }

    /** Merges a campaign into the one named {@code into} (an existing campaign, or a new name), after asking. */
    public void merge(CampaignMerges.Listed from, String into) {
        if (from == null) {
            dialogs.inform("Nothing to merge", "Select the campaign to merge first.");
            return;
        }
        String target = into == null ? "" : into.strip();
        if (target.isEmpty()) {
            dialogs.inform("Nothing to merge into", "Name the campaign to merge \"" + from.name() + "\" into.");
            return;
        }
        boolean known = campaigns.stream().anyMatch(c -> c.name().equals(target));
        if (!dialogs.confirm("Merge campaigns", "The " + from.calls() + (from.calls() == 1 ? " call" : " calls") + " of \""
                + from.name() + "\" will count under \"" + target + "\"" + (known ? "" : " (not listed here: created if new)")
                + ". Each call keeps its recorded description. The merge can be undone.")) {
            return;
        }
        write(() -> List.of(workbench.campaignMerges().merge(from.name(), target)), "The campaigns could not be merged");
    }

    /** Undoes a merge after asking. */
    public void undo(CampaignMerge merge) {
        if (merge == null) {
            dialogs.inform("Nothing to undo", "Select a merge first.");
            return;
        }
        if (merge.undone()) {
            dialogs.inform("Already undone", "The merge of \"" + merge.sourceName() + "\" was undone on "
                    + WHEN.format(merge.undoneAt()) + ".");
            return;
        }
        if (!dialogs.confirm("Undo the merge", "\"" + merge.sourceName() + "\" will be a campaign of its own again, and its "
                + "calls will no longer count under \"" + merge.targetName() + "\".")) {
            return;
        }
        tasks.run(() -> workbench.campaignMerges().undo(merge.id()), undone -> {
            outcome.set("\"" + undone.sourceName() + "\" is a campaign of its own again.");
            reload();
        }, error -> refused("The merge could not be undone", error));
    }

    private void write(Supplier<List<CampaignMerge>> job, String failure) {
        tasks.run(job, done -> {
            outcome.set(done.size() == 1 ? "Merged: " + done.get(0).reason() + "."
                    : done.size() + " merges made (listed under Merges).");
            reload();
        }, error -> refused(failure, error));
    }

    /** A refusal of the service is a sentence for the user; anything else is an error with its log entry. */
    private void refused(String header, Throwable error) {
        if (error instanceof IllegalArgumentException || error instanceof IllegalStateException) {
            String message = error.getMessage() == null ? "The change was refused." : error.getMessage();
            message = Character.toUpperCase(message.charAt(0)) + message.substring(1) + (message.endsWith(".") ? "" : ".");
            dialogs.inform(header, message);
        } else {
            dialogs.error(header, error);
        }
        reload();
    }

    public ObservableList<CaseFile> cases() {
        return cases;
    }

    public ObjectProperty<CaseFile> caseFilterProperty() {
        return caseFilter;
    }

    public ObservableList<CampaignMerges.Listed> campaigns() {
        return campaigns;
    }

    public ObservableList<CampaignProposals.Proposal> proposals() {
        return proposals;
    }

    public ObservableList<CampaignMerge> merges() {
        return merges;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
