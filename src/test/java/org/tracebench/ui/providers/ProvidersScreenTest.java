package org.tracebench.ui.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tracebench.ui.Settle;
import org.tracebench.app.Workbench;
import org.tracebench.model.AuditEntry;
import org.tracebench.model.EnforcementAction;
import org.tracebench.model.EnforcementKind;
import org.tracebench.model.Provider;
import org.tracebench.rmd.RmdFixtures;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.MainWindow;
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.common.ScreenId;
import org.tracebench.ui.common.UiSettings;

@ExtendWith(ApplicationExtension.class)
class ProvidersScreenTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        workbench.samples().load();
        workbench.rmd().importer().importFile(RmdFixtures.path(RmdFixtures.SEPTEMBER_2025), LocalDate.of(2025, 9, 1));
        workbench.rmd().importer().importFile(RmdFixtures.path(RmdFixtures.MARCH_2026), LocalDate.of(2026, 3, 15));
        Provider pz = workbench.providers().findByName("PZ/Illum").orElseThrow();
        workbench.casework().editor().addEnforcementAction(new EnforcementAction(0, pz.id(), EnforcementKind.CEASE_AND_DESIST,
                LocalDate.of(2021, 10, 21), "EB-TCD-21-00032993 (illustrative)", "FCC Enforcement Bureau",
                "Cease-and-desist letter", null));
        prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
        UiSettings settings = new UiSettings(prefs);
        settings.saveWindow(0, 0, 1240, 780, false);
        settings.saveLastScreen(ScreenId.PROVIDERS);
        window = new MainWindow(workbench, settings);
        window.show(stage);
    }

    /** The screens read the store in the background after start-up; tests begin once that is done. */
    @BeforeEach
    void settle() {
        Settle.down();
    }

    @AfterEach
    void close() throws Exception {
        workbench.close();
        prefs.removeNode();
    }

    @Test
    void hkKwaiFongIsNotFiledAndShowsWhoAcceptedItsTraffic(FxRobot robot) throws Exception {
        Settle.down();
        assertThat(window.currentScreen()).isEqualTo(ScreenId.PROVIDERS);
        robot.clickOn("#provider-search").write("kwaifong");
        Settle.down();
        TableView<Provider> table = robot.lookup("#provider-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(Provider::name).containsExactly("HK KwaiFong Group Limited");
        robot.clickOn(robot.lookup("#provider-table .table-row-cell").nth(0).queryAs(Node.class));
        Settle.down();
        assertThat(robot.lookup("#detail-rmd-status").queryAs(Label.class).getText()).isEqualTo("Not filed");
        assertThat(robot.lookup(".accepted-traffic-line").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).startsWith("• Belle Telecom LLC"))
                .anySatisfy(t -> assertThat(t).startsWith("• GREEN PACKET GLOBAL PTE LTD"));
        assertThat(robot.lookup("#detail-emails").queryAs(Label.class).getText()).contains("noc@hkkfgroup.com");
        assertThat(robot.lookup("#provider-cases").queryAs(javafx.scene.control.ListView.class).getItems()).hasSize(1);
        robot.interact(() -> SceneShots.saveIfRequested(table.getScene(), "providers-hk-kwaifong.png"));
    }

    @Test
    void aRegisteredProviderShowsItsFilingsAndEnforcementHistory(FxRobot robot) throws Exception {
        Settle.down();
        TextField search = robot.lookup("#provider-search").queryAs(TextField.class);
        robot.interact(() -> search.setText("PZ/Illum"));
        Settle.down();
        TableView<Provider> table = robot.lookup("#provider-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(Provider::name).containsExactly("PZ/Illum Telecommunication Telecommunication LLC");
        robot.interact(() -> table.getSelectionModel().select(0));
        Settle.down();
        assertThat(robot.lookup("#detail-rmd-status").queryAs(Label.class).getText()).isEqualTo("Registered");
        assertThat(robot.lookup("#rmd-history").queryAs(javafx.scene.control.ListView.class).getItems()).hasSize(2);
        javafx.scene.control.ListView<EnforcementAction> history = robot.lookup("#enforcement-history").queryAs(javafx.scene.control.ListView.class);
        assertThat(history.getItems()).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(EnforcementKind.CEASE_AND_DESIST));
        robot.interact(() -> SceneShots.saveIfRequested(history.getScene(), "providers-pz-illum.png"));
    }

    @Test
    void theAuditLogViewerFiltersEntries(FxRobot robot) throws Exception {
        Settle.down();
        robot.clickOn("View").clickOn("Audit log…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#audit-table").tryQuery().isPresent());
        Settle.down();
        TableView<AuditEntry> table = robot.lookup("#audit-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSizeGreaterThanOrEqualTo(3);
        robot.interact(() -> robot.lookup("#audit-text").queryAs(TextField.class).setText("RMD snapshot"));
        Settle.down();
        assertThat(table.getItems()).hasSize(2).allSatisfy(e -> assertThat(e.action()).isEqualTo("import"));
        robot.interact(() -> robot.lookup("#audit-text").queryAs(TextField.class).setText(""));
        robot.interact(() -> SceneShots.saveIfRequested(table.getScene(), "audit-log.png"));
    }

    @Test
    void snapshotComparisonListsTheChanges(FxRobot robot) throws Exception {
        Settle.down();
        robot.clickOn("Compare snapshots…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#diff-table").tryQuery().isPresent());
        Settle.down();
        TableView<?> table = robot.lookup("#diff-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(7);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getScene().getWidth() >= 900);
        robot.interact(() -> SceneShots.saveIfRequested(table.getScene(), "rmd-snapshot-diff.png"));
        robot.interact(() -> table.getScene().getWindow().hide());
    }

    @Test
    void aProviderMergedByHandIsUndoneFromTheMergesDialog(FxRobot robot) throws Exception {
        Settle.down();
        TableView<Provider> table = robot.lookup("#provider-table").queryAs(TableView.class);
        robot.interact(() -> robot.lookup("#provider-search").queryAs(TextField.class).setText("callvox"));
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(table.getItems()).extracting(Provider::name).containsExactly("CallVox LLC");

        robot.clickOn("#merge-into");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#merge-targets").tryQuery().isPresent());
        Settle.down();
        robot.clickOn("#merge-target-search").write("Inbound");
        javafx.scene.control.ListView<Provider> targets = robot.lookup("#merge-targets").queryAs(javafx.scene.control.ListView.class);
        assertThat(targets.getItems()).extracting(Provider::name).containsExactly("Inbound Inc.");
        robot.interact(() -> targets.getSelectionModel().select(0));
        robot.interact(() -> SceneShots.saveIfRequested(targets.getScene(), "provider-merge-into.png"));
        robot.clickOn("OK");
        Settle.down();
        Label mergeQuestion = robot.lookup(".dialog-pane .content").queryAs(Label.class);
        assertThat(mergeQuestion.getText()).contains("\"CallVox\"").contains("become aliases of \"Inbound Inc.\"");
        robot.interact(() -> SceneShots.saveIfRequested(mergeQuestion.getScene(), "provider-merge-confirm.png"));
        robot.clickOn("OK"); // the confirmation
        Settle.down();
        // CallVox's spellings are Inbound's aliases now: searching for them finds Inbound.
        assertThat(table.getItems()).extracting(Provider::name).containsExactly("Inbound Inc.");

        robot.clickOn("#show-merges");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#merges-table").tryQuery().isPresent());
        Settle.down();
        TableView<MergesViewModel.Row> merges = robot.lookup("#merges-table").queryAs(TableView.class);
        assertThat(merges.getItems()).extracting(r -> r.merge().spelling()).containsExactly("CallVox", "CallVox LLC");
        robot.interact(() -> merges.getSelectionModel().select(1));
        robot.clickOn("#undo-merge");
        Settle.down();
        // The confirmation's text: the Merges dialog behind it has labels of its own.
        Label question = robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().contains(" will leave ")).queryAs(Label.class);
        assertThat(question.getText()).startsWith("\"CallVox LLC\" with its other spelling \"CallVox\" will leave \"Inbound Inc.\"");
        robot.interact(() -> SceneShots.saveIfRequested(question.getScene(), "provider-merge-undo-confirm.png"));
        robot.clickOn("OK"); // the confirmation
        Settle.down();
        assertThat(merges.getItems()).allSatisfy(r -> assertThat(r.merge().undone()).isTrue());
        assertThat(robot.lookup("#merge-outcome").queryAs(Label.class).getText())
                .isEqualTo("\"CallVox LLC\" is a provider of its own again.");
        assertThat(robot.lookup("#undo-merge").queryButton().isDisabled()).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> merges.getScene().getWidth() >= 900);
        assertThat(robot.lookup("#merge-detail").queryAs(Label.class).getText())
                .contains("merged by hand: \"CallVox LLC\" into \"Inbound Inc.\"").contains("(now \"CallVox LLC\")");
        robot.interact(() -> SceneShots.saveIfRequested(merges.getScene(), "provider-merges.png"));
        robot.clickOn("Close");
        Settle.down();

        assertThat(table.getItems()).extracting(Provider::name).containsExactly("CallVox LLC");
        assertThat(workbench.providers().findByName("CallVox LLC").orElseThrow().aliases()).containsExactly("CallVox");
        assertThat(workbench.providers().findByName("Inbound Inc.").orElseThrow().aliases()).containsExactly("Inbound");
    }

    @Test
    void undoingAMergeUndoneMeanwhileShowsTheReasonInAnAlert(FxRobot robot) throws Exception {
        Settle.down();
        org.tracebench.ingest.ProviderMerges service = workbench.providerMerges();
        service.merge(workbench.providers().findByName("CallVox LLC").orElseThrow().id(),
                workbench.providers().findByName("Inbound Inc.").orElseThrow().id());
        robot.clickOn("#show-merges");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#merges-table").tryQuery().isPresent());
        Settle.down();
        TableView<MergesViewModel.Row> merges = robot.lookup("#merges-table").queryAs(TableView.class);
        robot.interact(() -> merges.getSelectionModel().select(0));
        // Undone elsewhere (the batch command) while the dialog was open.
        service.undoGroup(merges.getItems().get(0).merge().id());
        robot.clickOn("#undo-merge");
        Settle.down();
        robot.clickOn("OK"); // the confirmation
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Cannot undo the merge").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryAll()).filteredOn(n -> n instanceof Label)
                .extracting(n -> ((Label) n).getText()).anySatisfy(t -> assertThat(t).endsWith("was already undone."));
        robot.clickOn("OK"); // the alert
        Settle.down();
        assertThat(merges.getItems()).allSatisfy(r -> assertThat(r.merge().undone()).isTrue());
        robot.clickOn("Close");
    }
}
