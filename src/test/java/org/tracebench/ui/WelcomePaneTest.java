package org.tracebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.TableView;
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
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.common.UiSettings;

/** The first-start note: shown over the samples, gone for good when dismissed, gone once a real case exists. */
@ExtendWith(ApplicationExtension.class)
class WelcomePaneTest {

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
        settings.saveWindow(0, 0, 1200, 800, false);
        window = new MainWindow(workbench, settings);
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
        workbench.close();
        prefs.removeNode();
    }

    private void samplesLoaded(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.work().runningProperty().get()
                && robot.lookup("#case-table").queryAs(TableView.class).getItems().size() == 6);
        Settle.down();
    }

    @Test
    void aNewDatabaseShowsTheNoteUntilTheUserDismissesItForGood(FxRobot robot) throws Exception {
        samplesLoaded(robot);
        assertThat(robot.lookup("#welcome").tryQuery()).isPresent();
        assertThat(robot.lookup("#welcome .label").queryAll()).anySatisfy(label ->
                assertThat(((javafx.scene.control.Label) label).getText()).contains("File ▸ Remove sample cases…"));

        robot.clickOn("#welcome-dismiss");
        Settle.down();
        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
        assertThat(new UiSettings(prefs).welcomeDismissed()).isTrue();
        // Moving between screens does not bring it back.
        robot.interact(() -> window.showScreen(org.tracebench.ui.common.ScreenId.CALLS));
        Settle.down();
        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
    }

    @Test
    void theFirstCaseOfTheUsersOwnTakesTheNoteAway(FxRobot robot) throws Exception {
        samplesLoaded(robot);
        javafx.application.Platform.runLater(() -> robot.lookup("#welcome-new-case").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#new-case-title").tryQuery()
                .map(field -> field.getScene().getWindow().isShowing()).orElse(false));
        javafx.scene.control.TextField title = robot.lookup("#new-case-title").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> title.setText("Example Telecom notice (2026)"));
        javafx.scene.control.Button ok = robot.from(title.getScene().getRoot()).lookup(".button")
                .match((javafx.scene.control.Button b) -> "OK".equals(b.getText())).queryAs(javafx.scene.control.Button.class);
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#welcome").tryQuery().isEmpty());
        assertThat(workbench.cases().findByKey("example-telecom-notice-2026")).isPresent();
        // Not dismissed by the user: it stays away because a real case exists, not because of the setting.
        assertThat(new UiSettings(prefs).welcomeDismissed()).isFalse();
        robot.interact(() -> window.showScreen(org.tracebench.ui.common.ScreenId.GRAPH));
        Settle.down();
        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
    }
}
