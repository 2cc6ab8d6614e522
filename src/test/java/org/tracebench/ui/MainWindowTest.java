package org.tracebench.ui;

import org.tracebench.ui.common.ScreenId;
import org.tracebench.ui.common.UiSettings;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
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
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseSummary;
import org.tracebench.store.DatabaseLocation;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
        UiSettings settings = new UiSettings(prefs);
        settings.saveWindow(0, 0, 1000, 700, false);
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
    void opensOnTheSampleCasesAndFindsPzIllumWithItsCalls(FxRobot robot) throws Exception {
        // The empty store is filled with the sample cases in the background on first start.
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> !window.work().runningProperty().get() && tableOf(robot, "#case-table").getItems().size() == 6);
        robot.clickOn("#case-search").write("PZ/Illum");
        Settle.down();
        TableView<CaseSummary> cases = tableOf(robot, "#case-table");
        assertThat(cases.getItems()).singleElement().satisfies(s -> assertThat(s.tracedCalls()).isEqualTo(78));
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(robot.lookup("#detail-calls").queryAs(Label.class).getText()).isEqualTo("78 traced calls");
        robot.interact(() -> SceneShots.saveIfRequested(robot.lookup("#case-table").query().getScene(), "main-window-cases.png"));
        assertThat(robot.lookup("#detail-target").queryAs(Label.class).getText())
                .isEqualTo("PZ/Illum Telecommunication Telecommunication LLC");

        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.DIGIT2).release(javafx.scene.input.KeyCode.CONTROL);
        Settle.down();
        assertThat(window.currentScreen()).isEqualTo(ScreenId.CALLS);
        assertThat(tableOf(robot, "#call-table").getItems()).hasSize(78);
        robot.interact(() -> SceneShots.saveIfRequested(robot.lookup("#call-table").query().getScene(), "main-window-calls.png"));
        assertThat(new UiSettings(prefs).lastScreen()).isEqualTo(ScreenId.CALLS);
    }

    @Test
    void searchNarrowsTheCaseList(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> tableOf(robot, "#case-table").getItems().size() == 6);
        robot.clickOn("#case-search").write("warning");
        Settle.down();
        assertThat(tableOf(robot, "#case-table").getItems()).hasSize(4);
        robot.lookup("#case-search").queryAs(TextField.class).clear();
        robot.clickOn("#case-search").write("no such case");
        Settle.down();
        assertThat(tableOf(robot, "#case-table").getItems()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> tableOf(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void aFileDroppedOnAnotherScreenIsImportedOnTheCallsScreen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> !window.work().runningProperty().get() && tableOf(robot, "#case-table").getItems().size() == 6);
        CaseSummary pz = workbench.cases().summaries().get(0);
        Path file = java.nio.file.Files.createDirectories(dir.resolve(UUID.randomUUID().toString())).resolve("a.csv");
        try (var in = getClass().getResourceAsStream("/org/tracebench/ingest/attachment-a-reworded.csv")) {
            java.nio.file.Files.copy(in, file);
        }
        robot.interact(() -> {
            window.state().selectedCaseProperty().set(pz);
            window.showScreen(ScreenId.PROVIDERS);
        });
        robot.interact(() -> assertThat(window.openFile(file)).isTrue());
        assertThat(window.currentScreen()).isEqualTo(ScreenId.CALLS);
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#import-report").tryQuery().isPresent());
        // The sample case holds these 78 calls already: the dry run finds them, and would write none again (issue 11).
        assertThat(robot.lookup("#count-identical").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo("78");
        assertThat(robot.lookup("Import 0 calls").tryQuery()).isPresent();
        // The report's own Cancel, not the status bar's (which cancels running work).
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane")
                .match((javafx.scene.control.DialogPane p) -> p.lookup("#import-report") != null)
                .queryAs(javafx.scene.control.DialogPane.class);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> pane.getScene() != null && pane.getScene().getWindow().isShowing());
        javafx.stage.Window dialog = pane.getScene().getWindow();
        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertThat(workbench.calls().countByCase(pz.caseFile().id())).isEqualTo(78);
    }
}
