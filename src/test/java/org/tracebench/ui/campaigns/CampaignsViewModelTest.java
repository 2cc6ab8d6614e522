package org.tracebench.ui.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.CampaignMerges;
import org.tracebench.ingest.CampaignProposals;
import org.tracebench.model.CampaignMerge;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.InlineTaskRunner;
import org.tracebench.ui.ScriptedDialogs;

/** The Campaigns dialog's logic on the sample cases, without JavaFX's thread or any window. */
class CampaignsViewModelTest {

    @TempDir
    Path dir;
    private Workbench workbench;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private CampaignsViewModel model;

    @BeforeEach
    void open() {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir));
        workbench.samples().load();
        model = new CampaignsViewModel(workbench, new InlineTaskRunner(), dialogs);
        model.load();
        model.caseFilterProperty().set(model.cases().stream().filter(c -> c.key().equals("pz-illum-2021")).findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private CampaignProposals.Proposal proposalFrom(String name) {
        return model.proposals().stream().filter(p -> p.from().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void acceptsAProposalOnlyWhenConfirmedAndUndoesIt() {
        assertThat(model.campaigns()).hasSize(7);
        assertThat(model.proposals()).extracting(CampaignProposals.Proposal::from)
                .contains("Arrest Warrant Scam", "Utility Disconnect Sam");

        dialogs.confirmNext(false);
        model.accept(proposalFrom("Arrest Warrant Scam"));
        assertThat(model.campaigns()).hasSize(7);
        assertThat(model.merges()).isEmpty();

        dialogs.confirmNext(true);
        model.accept(proposalFrom("Arrest Warrant Scam"));
        assertThat(model.campaigns()).hasSize(6).filteredOn(c -> c.name().equals("Arrest Warrant")).singleElement()
                .satisfies(c -> assertThat(c.calls()).isEqualTo(17));
        assertThat(model.proposals()).extracting(CampaignProposals.Proposal::from).doesNotContain("Arrest Warrant Scam");
        assertThat(model.outcomeProperty().get()).contains("\"Arrest Warrant Scam\" merged into \"Arrest Warrant\"");
        assertThat(model.merges()).singleElement().satisfies(m -> assertThat(m.undone()).isFalse());

        dialogs.confirmNext(true);
        model.undo(model.merges().get(0));
        assertThat(model.campaigns()).hasSize(7);
        assertThat(model.merges()).singleElement().satisfies(m -> assertThat(m.undone()).isTrue());
        assertThat(model.outcomeProperty().get()).isEqualTo("\"Arrest Warrant Scam\" is a campaign of its own again.");

        model.undo(model.merges().get(0)); // already undone: said, not asked
        assertThat(dialogs.notes()).last().asString().startsWith("Already undone");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void acceptsAllAndMergesByHandWithRefusalsAsSentences() {
        dialogs.confirmNext(true);
        model.acceptAll();
        assertThat(model.proposals()).isEmpty();
        assertThat(model.campaigns()).hasSize(6).extracting(CampaignMerges.Listed::name)
                .contains("Utility Disconnect").doesNotContain("Utility Disconnect Sam");

        CampaignMerges.Listed fed = model.campaigns().stream().filter(c -> c.name().equals("Federal Reserve Imposter"))
                .findFirst().orElseThrow();
        dialogs.confirmNext(true);
        model.merge(fed, "CBP-Govt Imposter");
        assertThat(model.campaigns()).hasSize(5);

        // The undo of the first merge after another merge moved its target is refused, in words.
        CampaignMerge aw = model.merges().stream().filter(m -> m.sourceName().equals("Arrest Warrant Scam")).findFirst().orElseThrow();
        dialogs.confirmNext(true);
        model.merge(model.campaigns().stream().filter(c -> c.name().equals("Arrest Warrant")).findFirst().orElseThrow(), "SSA Imposter");
        dialogs.confirmNext(true);
        model.undo(aw);
        assertThat(dialogs.notes()).last().asString().startsWith("The merge could not be undone: ").contains("first.");
        assertThat(dialogs.errors()).isEmpty();

        model.merge(null, "SSA Imposter");
        assertThat(dialogs.notes()).last().asString().startsWith("Nothing to merge");
    }
}
