package org.tracebench.ui.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.CampaignMerges;
import org.tracebench.ingest.CampaignProposals;
import org.tracebench.model.CampaignMerge;
import org.tracebench.model.CaseFile;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.MainWindow;
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.ScreenId;
import org.tracebench.ui.common.UiSettings;

/** The Campaigns dialog from the View menu: accepting a proposed merge and undoing it. */
@ExtendWith(ApplicationExtension.class)
class CampaignsDialogTest {

    @TempDir
    static Path dir;

    private static Workbench workbench;
    private Preferences prefs;

    /** The samples load off the FX thread, before the window: FxToolkit's set-up would time out on a busy machine. */
    @BeforeAll
    static void load() {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        workbench.samples().load();
    }

    @AfterAll
    static void closeStore() {
        workbench.close();
    }

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
        UiSettings settings = new UiSettings(prefs);
        settings.saveWindow(0, 0, 1240, 800, false);
        settings.saveLastScreen(ScreenId.CASES);
        new MainWindow(workbench, settings).show(stage);
    }

    @BeforeEach
    void settle() {
        Settle.down();
    }

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
    }

    @Test
    @SuppressWarnings("unchecked")
    void acceptsAProposalAndUndoesTheMerge(FxRobot robot) throws Exception {
        robot.clickOn("View").clickOn("Campaigns…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#campaigns-table").tryQuery().isPresent());
        Settle.down();
        ComboBox<CaseFile> caseChoice = robot.lookup("#campaigns-case").queryAs(ComboBox.class);
        robot.interact(() -> caseChoice.setValue(caseChoice.getItems().stream()
                .filter(c -> c != null && c.key().equals("pz-illum-2021")).findFirst().orElseThrow()));
        Settle.down();
        TableView<CampaignMerges.Listed> campaigns = robot.lookup("#campaigns-table").queryAs(TableView.class);
        TableView<CampaignProposals.Proposal> proposals = robot.lookup("#proposals-table").queryAs(TableView.class);
        assertThat(campaigns.getItems()).hasSize(7);
        assertThat(proposals.getItems()).extracting(CampaignProposals.Proposal::from)
                .contains("Arrest Warrant Scam", "Utility Disconnect Sam");
        robot.interact(() -> SceneShots.saveIfRequested(campaigns.getScene(), "campaigns.png"));

        int row = proposals.getItems().stream().map(CampaignProposals.Proposal::from).toList().indexOf("Utility Disconnect Sam");
        robot.interact(() -> proposals.getSelectionModel().select(row));
        robot.clickOn("#accept-proposal");
        Label question = robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().contains(" will count under ")).queryAs(Label.class);
        assertThat(question.getText()).contains("\"Utility Disconnect Sam\" will count under \"Utility Disconnect\"", "Attachment A does not change");
        robot.clickOn("OK");
        Settle.down();
        assertThat(campaigns.getItems()).extracting(CampaignMerges.Listed::name)
                .contains("Utility Disconnect").doesNotContain("Utility Disconnect Sam");
        assertThat(robot.lookup("#campaigns-outcome").queryAs(Label.class).getText())
                .contains("\"Utility Disconnect Sam\" merged into \"Utility Disconnect\"");

        TableView<CampaignMerge> merges = robot.lookup("#campaign-merges-table").queryAs(TableView.class);
        assertThat(merges.getItems()).hasSize(1);
        robot.interact(() -> merges.getSelectionModel().select(0));
        assertThat(robot.lookup("#undo-campaign-merge").queryButton().isDisabled()).isFalse();
        robot.clickOn("#undo-campaign-merge");
        robot.clickOn("OK");
        Settle.down();
        assertThat(merges.getItems()).singleElement().satisfies(m -> assertThat(m.undone()).isTrue());
        assertThat(campaigns.getItems()).extracting(CampaignMerges.Listed::name).contains("Utility Disconnect Sam");
        assertThat(robot.lookup("#undo-campaign-merge").queryButton().isDisabled()).isTrue();
        robot.clickOn("Close");
    }
}
