package org.tracebench.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import org.tracebench.cases.DeadlineItem;
import org.tracebench.model.CaseFact;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseResponse;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.Deadline;
import org.tracebench.model.TracedCall;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.MainWindow;
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.common.ScreenId;
import org.tracebench.ui.common.UiSettings;

@ExtendWith(ApplicationExtension.class)
class CasesScreenTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private MainWindow window;
    private Preferences prefs;
    private CaseFile hk;

    @Start
    void start(Stage stage) {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        workbench.samples().load();
        hk = workbench.cases().findByKey("hk-kwaifong-2025").orElseThrow();
        CaseFile pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        LocalDate today = LocalDate.now();
        var editor = workbench.casework().editor();
        // A notice sent 25 days ago with 21 days to answer: overdue since 3 days.
        editor.recordLetterSent(hk.id(), today.minusDays(25), "task-force-notice", List.of("noc@hkkfgroup.com"),
                "TF-2025-HK-01", 21);
        editor.addDeadline(new Deadline(0, pz.id(), today.plusDays(5).atTime(17, 0).atZone(ZoneId.systemDefault()).toInstant(),
                "Report on mitigation steps", "Agreement of " + today.minusDays(2), false));
        List<TracedCall> calls = workbench.calls().findByCase(hk.id());
        editor.addFact(new CaseFact(0, hk.id(), LocalDate.of(2025, 6, 11), "Belle Telecom LLC took a financial "
                + "impersonation call directly from HK KwaiFong", "ITG traceback TB-HK-001", false), List.of(calls.get(0).id()));
        editor.addFact(new CaseFact(0, hk.id(), LocalDate.of(2025, 8, 20), "HK KwaiFong says it filed in the RMD",
                "Telephone call with counsel", true), List.of());
        editor.addResponse(new CaseResponse(0, pz.id(), LocalDate.of(2021, 11, 3), "Describes new customer vetting",
                null, null));
        prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
        UiSettings settings = new UiSettings(prefs);
        settings.saveWindow(0, 0, 1240, 780, false);
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
    void theDashboardOpensAtStartUpWithTheOverdueNoticeFirst(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#deadlines-table").tryQuery().isPresent());
        TableView<DeadlineItem> table = robot.lookup("#deadlines-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(i -> i.state()).containsExactly(DeadlineItem.State.OVERDUE,
                DeadlineItem.State.DUE_SOON);
        assertThat(table.getItems().get(0).caseTitle()).isEqualTo("HK KwaiFong Task Force notice (2025)");
        robot.interact(() -> SceneShots.saveIfRequested(table.getScene(), "deadlines-dashboard.png"));
        Window dialog = table.getScene().getWindow();
        robot.interact(() -> {
            table.getSelectionModel().select(0);
        });
        robot.clickOn("Open case");
        Settle.down();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(window.currentScreen()).isEqualTo(ScreenId.CASES);
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo("HK KwaiFong Task Force notice (2025)");
    }

    @Test
    void theCaseTabsShowAndEditTheSelectedCase(FxRobot robot) throws Exception {
        closeDashboard(robot);
        robot.interact(() -> window.showScreen(ScreenId.CASES));
        selectCase(robot, "hk-kwaifong-2025");
        assertThat(robot.lookup("#detail-target").queryAs(Label.class).getText()).isEqualTo("HK KwaiFong Group Limited");
        assertThat(robot.lookup("#detail-status").queryAs(Label.class).getText()).isEqualTo("Response due");
        robot.interact(() -> SceneShots.saveIfRequested(robot.lookup("#case-table").query().getScene(), "cases-details.png"));

        TextArea signatory = robot.lookup("#case-signatory-field").queryAs(TextArea.class);
        robot.interact(() -> signatory.setText("Tracy Nayer\nSpecial Deputy Attorney General"));
        robot.clickOn("#case-save");
        Settle.down();
        assertThat(workbench.cases().find(hk.id()).orElseThrow().signatory()).isEqualTo("Tracy Nayer\nSpecial Deputy Attorney General");
        assertThat(workbench.audit().latest(1).get(0).detail()).startsWith("signatory:");

        TabPane tabs = robot.lookup("#case-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(robot.lookup("#notice-table").queryAs(TableView.class).getItems()).hasSize(1);
        robot.interact(() -> SceneShots.saveIfRequested(tabs.getScene(), "cases-letters.png"));
        robot.interact(() -> tabs.getSelectionModel().select(2));
        TableView<DeadlineItem> deadlines = robot.lookup("#case-deadlines").queryAs(TableView.class);
        assertThat(deadlines.getItems()).singleElement().satisfies(i -> {
            assertThat(i.state()).isEqualTo(DeadlineItem.State.OVERDUE);
            assertThat(i.deadline().setBy()).startsWith("Notice #");
        });
        robot.interact(() -> SceneShots.saveIfRequested(tabs.getScene(), "cases-deadlines.png"));
        robot.interact(() -> tabs.getSelectionModel().select(3));
        TableView<?> chronology = robot.lookup("#chronology-table").queryAs(TableView.class);
        assertThat(chronology.getItems()).hasSizeGreaterThanOrEqualTo(5);
        robot.interact(() -> SceneShots.saveIfRequested(tabs.getScene(), "cases-chronology.png"));
        robot.interact(() -> tabs.getSelectionModel().select(4));
        Settle.down();
        javafx.scene.chart.BarChart<?, ?> perCampaign = robot.lookup("#chart-per-campaign").queryAs(javafx.scene.chart.BarChart.class);
        assertThat(perCampaign.getData().get(0).getData()).hasSize(2);
        robot.interact(() -> SceneShots.saveIfRequested(tabs.getScene(), "cases-overview.png"));
    }

    @Test
    void searchEverythingFindsACallByItsNumberAndOpensItsCase(FxRobot robot) throws Exception {
        closeDashboard(robot);
        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#global-search").tryQuery().isPresent());
        robot.clickOn("#global-search").write("(202) 555-0182");
        // Results come while the number is typed; wait for those of the whole number, then for the last search.
        TableView<org.tracebench.cases.SearchHit> results = robot.lookup("#search-results").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !results.getItems().isEmpty()
                && results.getItems().stream().allMatch(h -> h.title().startsWith("+12025550182")));
        Settle.down();
        assertThat(results.getItems()).allSatisfy(h -> assertThat(h.title()).startsWith("+12025550182"));
        robot.interact(() -> SceneShots.saveIfRequested(results.getScene(), "search.png"));
        robot.interact(() -> results.getSelectionModel().select(0));
        // The row showing the first hit: a table reuses its row cells, so the first cell found need not show row 0.
        robot.doubleClickOn(robot.lookup("#search-results .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(row -> row.getIndex() == 0).findFirst().orElseThrow());
        Settle.down();
        assertThat(window.currentScreen()).isEqualTo(ScreenId.CALLS);
        assertThat(window.state().selectedCase().caseFile().key()).isEqualTo("hk-kwaifong-2025");
    }

    @Test
    void aNewCaseIsCreatedAsADraftAndSelected(FxRobot robot) throws Exception {
        closeDashboard(robot);
        robot.interact(() -> window.showScreen(ScreenId.CASES));
        robot.clickOn("#new-case");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#new-case-title").tryQuery().isPresent());
        robot.clickOn("#new-case-title").write("Example Telecom notice (2026)");
        robot.clickOn("OK");
        Settle.down();
        CaseFile created = workbench.cases().findByKey("example-telecom-notice-2026").orElseThrow();
        assertThat(created.status()).isEqualTo(org.tracebench.model.CaseStatus.DRAFT);
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo("Example Telecom notice (2026)");
        assertThat(workbench.audit().latest(1).get(0).action()).isEqualTo("create");
    }

    private static void closeDashboard(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#deadlines-table").tryQuery().isPresent());
        Window dialog = robot.lookup("#deadlines-table").query().getScene().getWindow();
        robot.interact(dialog::hide);
    }

    private void selectCase(FxRobot robot, String key) {
        TableView<CaseSummary> table = robot.lookup("#case-table").queryAs(TableView.class);
        robot.interact(() -> table.getItems().stream().filter(s -> s.caseFile().key().equals(key)).findFirst()
                .ifPresent(s -> table.getSelectionModel().select(s)));
        Settle.down();
    }

}
