package org.tracebench.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tracebench.app.Workbench;
import org.tracebench.model.Provider;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.MainWindow;
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.common.ScreenId;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.UiSettings;

/** First start on a new database: the sample cases load in the background and every screen shows them. */
@ExtendWith(ApplicationExtension.class)
class GraphFirstStartTest {

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
        // As wide as the headless test screen allows (1280); the bug was seen at 1366x768.
        settings.saveWindow(0, 0, 1280, 768, false);
        settings.saveLastScreen(ScreenId.GRAPH);
        window = new MainWindow(workbench, settings);
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        window.work().cancel();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
        workbench.close();
        prefs.removeNode();
    }

    @Test
    void allCasesShowsTheSampleNetworkOnceTheSamplesHaveLoaded(FxRobot robot) throws Exception {
        samplesLoaded();
        waitForParties(robot);
        robot.interact(() -> window.showScreen(ScreenId.CASES));
        Settle.down();
        robot.interact(() -> window.showScreen(ScreenId.GRAPH));
        ComboBox<GraphScreen.CaseChoice> caseBox = robot.lookup("#graph-case").queryAs(ComboBox.class);
        robot.interact(() -> caseBox.setValue(caseBox.getItems().get(0)));
        assertThat(caseBox.getValue().title()).isEqualTo("All cases");
        waitForParties(robot);
        assertThat(partiesShown(robot)).isGreaterThan(20);
        robot.interact(() -> SceneShots.saveIfRequested(caseBox.getScene(), "graph-all-cases-first-start.png"));

        robot.clickOn("#graph-relayout");
        waitForParties(robot);
        assertThat(partiesShown(robot)).isGreaterThan(20);
    }

    @Test
    void aProviderRenamedElsewhereShowsOnTheGraphWhenTheUserComesBack(FxRobot robot) throws Exception {
        samplesLoaded();
        waitForParties(robot);
        robot.interact(() -> window.showScreen(ScreenId.CASES));
        Settle.down();
        Provider target = workbench.providers().findByName("PZ/Illum Telecommunication Telecommunication LLC").orElseThrow();
        workbench.providers().update(new Provider(target.id(), "PZ/Illum Renamed LLC", target.kind(), target.aliases(),
                target.frn(), target.rmdNumber(), target.rmdStatus(), target.foreign(), target.country(), target.stirShaken(),
                target.contact(), target.illustrative()));
        robot.interact(() -> window.showScreen(ScreenId.GRAPH));
        GraphScreen graph = (GraphScreen) window.screen(ScreenId.GRAPH);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> graph.model().data() != null
                && "PZ/Illum Renamed LLC".equals(graph.model().data().provider(target.id()).name()));
        robot.interact(() -> window.showScreen(ScreenId.CASES));
        Settle.down();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#case-table").queryAs(javafx.scene.control.TableView.class)
                .getItems().stream().anyMatch(s -> "PZ/Illum Renamed LLC".equals(((org.tracebench.model.CaseSummary) s).targetProviderName())));
    }

    private void samplesLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.cases().count() == 6 && !window.work().runningProperty().get());
        Settle.down();
    }

    private static void waitForParties(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> partiesShown(robot) > 0);
    }

    private static int partiesShown(FxRobot robot) {
        String status = robot.lookup("#graph-status").queryAs(Label.class).getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+) parties").matcher(status == null ? "" : status);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
