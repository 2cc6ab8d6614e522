package org.tracebench.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import org.tracebench.app.Workbench;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportSource;
import org.tracebench.ingest.OnDuplicate;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.ImportBatch;
import org.tracebench.model.Provider;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.ScriptedDialogs;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.BackgroundWork;
import org.tracebench.ui.common.FxTaskRunner;
import org.tracebench.ui.common.ScreenContext;
import org.tracebench.ui.common.UiSettings;
import org.tracebench.ui.common.WorkbenchState;
import org.tracebench.work.Progress;

/** The Imports dialog opened from the Calls screen: undoing the second of two imports takes its rows off the table. */
@ExtendWith(ApplicationExtension.class)
class CallsImportsScreenTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private CallsScreen screen;
    private Preferences prefs;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        Provider target = workbench.providers().insert(Provider.named("PZ/Illum Telecommunication Telecommunication LLC"), false);
        CaseFile caseFile = workbench.cases().insert(new CaseFile(0, "pz", "PZ/Illum test", target.id(), null, null, null, null,
                null, null, null, null, false));
        String pasted = new String(getClass().getResourceAsStream("/org/tracebench/ingest/attachment-a-pasted.txt").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (OnDuplicate policy : new OnDuplicate[] {OnDuplicate.SKIP, OnDuplicate.KEEP}) {
            workbench.importer().run(ImportSource.ofText("attachment-a.txt", pasted),
                    ImportOptions.forCase(caseFile.id()).withOnDuplicate(policy), Progress.NONE);
        }
        prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
        WorkbenchState state = new WorkbenchState();
        BackgroundWork work = new BackgroundWork();
        ScreenContext context = new ScreenContext(workbench, state, work, new UiSettings(prefs), () -> stage, id -> { },
                new FxTaskRunner(work), dialogs);
        screen = new CallsScreen(context);
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1200, 700));
        stage.show();
        state.selectedCaseProperty().set(new CaseSummary(caseFile, target.name(), 156));
    }

    @BeforeEach
    void settle() {
        Settle.down();
    }

    @AfterEach
    void close() throws Exception {
        robotCloseDialog();
        workbench.close();
        prefs.removeNode();
    }

    private void robotCloseDialog() {
        ImportsDialog dialog = screen.lastImports();
        if (dialog != null) {
            new FxRobot().interact(dialog::close);
        }
    }

    @Test
    void undoingAnImportFromTheDialogTakesItsRowsOffTheTable(FxRobot robot) {
        TableView<?> calls = robot.lookup("#call-table").queryAs(TableView.class);
        assertThat(calls.getItems()).hasSize(156);

        // Ctrl+Shift+I opens the dialog (Ctrl+I stays the import).
        robot.clickOn(calls);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.I).release(KeyCode.SHIFT, KeyCode.CONTROL);
        Settle.down();
        ImportsDialog dialog = screen.lastImports();
        assertThat(dialog).isNotNull();
        assertThat(dialog.isShowing()).isTrue();
        TableView<ImportBatch> imports = dialog.table();
        assertThat(imports.getItems()).extracting(ImportBatch::onDuplicate).containsExactly("KEEP", "SKIP");
        assertThat(robot.lookup("#imports-undo").queryButton().isDisabled()).isTrue();

        robot.interact(() -> imports.getSelectionModel().select(0));
        dialogs.confirmNext(true);
        robot.clickOn("#imports-undo");
        Settle.down();

        assertThat(dialogs.asked()).containsExactly("confirm: Undo import");
        assertThat(calls.getItems()).hasSize(78);
        assertThat(robot.lookup("#call-summary").queryAs(Label.class).getText()).isEqualTo("78 calls");
        assertThat(imports.getItems().get(0).undone()).isTrue();
        assertThat(robot.lookup("#imports-undo").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#imports-status").queryAs(Label.class).getText()).contains("undone: 78 calls");
        assertThat(dialogs.errors()).isEmpty();
        robot.interact(() -> SceneShots.saveIfRequested(dialog.getDialogPane().getScene(), "calls-imports.png"));
    }
}
