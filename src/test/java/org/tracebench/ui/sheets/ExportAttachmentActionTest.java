package org.tracebench.ui.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import org.tracebench.ingest.AttachmentRows;
import org.tracebench.model.CaseSummary;
import org.tracebench.sheets.AttachmentWorkbookReader;
import org.tracebench.sheets.AttachmentWorkbookWriter;
import org.tracebench.sheets.ColumnLayout;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.MainWindow;
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.common.ScreenContext;
import org.tracebench.ui.common.UiSettings;

@ExtendWith(ApplicationExtension.class)
class ExportAttachmentActionTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private MainWindow window;
    private Preferences prefs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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
        // Let the window finish what it started (sample load, screen refresh) before its store closes.
        Settle.down();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
        Settle.down();
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        workbench.close();
        prefs.removeNode();
    }

    private CaseSummary pzIllum() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.work().runningProperty().get()
                && workbench.cases().count() == 6);
        return workbench.cases().summaries().get(0);
    }

    @Test
    void shortcutOpensTheColumnChooserForTheSelectedCase(FxRobot robot) throws Exception {
        CaseSummary pz = pzIllum();
        robot.interact(() -> window.state().selectedCaseProperty().set(pz));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.X).release(KeyCode.X).release(KeyCode.SHIFT, KeyCode.CONTROL);
        Settle.down();
        TableView<?> columns = robot.lookup("#export-columns").queryAs(TableView.class);
        assertThat(columns.getItems()).hasSize(9);
        robot.interact(() -> SceneShots.saveIfRequested(columns.getScene(), "sheets-export-dialog.png"));
        robot.clickOn("Cancel");
        Settle.down();
        assertThat(robot.lookup("#export-columns").tryQuery()).isEmpty();
    }

    @Test
    void exportRunsInTheBackgroundAndWritesTheWorkbook(FxRobot robot) throws Exception {
        CaseSummary pz = pzIllum();
        ScreenContext context = new ScreenContext(workbench, window.state(), window.work(), new UiSettings(prefs),
                () -> stage, id -> { });
        Path target = dir.resolve("pz-" + UUID.randomUUID() + ".xlsx");
        Task<AttachmentWorkbookWriter.Result>[] task = new Task[1];
        robot.interact(() -> task[0] = new ExportAttachmentAction(context).start(pz,
                ColumnLayout.parse("customer,call-time,caller-id,description"), target));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> task[0].isDone()).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> task[0].getState()).get()).isEqualTo(Worker.State.SUCCEEDED);
        assertThat(WaitForAsyncUtils.asyncFx(() -> task[0].getValue().rows()).get()).isEqualTo(78L);
        assertThat(new AttachmentWorkbookReader(AttachmentRows::toCall).read(target, pz.caseFile().id())).hasSize(78);
        Settle.down();
        // The success message is shown over the window; dismiss it.
        robot.clickOn("OK");
        assertThat(robot.lookup(".dialog-pane").tryQuery().map(Node::isVisible)).isEmpty();
    }

    @Test
    void withoutASelectedCaseTheUserIsTold(FxRobot robot) throws Exception {
        pzIllum();
        // The Cases screen selects its first case once its list is read: let that happen before clearing it.
        Settle.down();
        robot.interact(() -> window.state().selectedCaseProperty().set(null));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.X).release(KeyCode.X).release(KeyCode.SHIFT, KeyCode.CONTROL);
        Settle.down();
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).startsWith("Select a case first");
        robot.clickOn("OK");
    }

    @Test
    void suggestsAFileNameFromTheCaseKey() throws Exception {
        assertThat(ExportAttachmentAction.suggestedName(pzIllum())).isEqualTo("pz-illum-2021-attachment-a.xlsx");
    }
}
