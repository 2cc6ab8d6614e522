package org.tracebench.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.RadioButton;
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
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.RecordFields;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.MainWindow;
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.ScreenId;
import org.tracebench.ui.common.UiSettings;

/** Two people edit the same case: the second save shows both versions field by field and keeps the choice. */
@ExtendWith(ApplicationExtension.class)
class CaseConflictDialogTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        workbench.samples().load();
        prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
        UiSettings settings = new UiSettings(prefs);
        settings.saveWindow(0, 0, 1240, 780, false);
        window = new MainWindow(workbench, settings);
        window.show(stage);
    }

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
    void theSecondSaveAsksFieldByFieldAndKeepsWhatWasChosen(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != robot.lookup("#case-table").tryQuery()
                .map(n -> n.getScene().getWindow()).orElse(null)).filter(w -> w instanceof Stage s && s.getOwner() != null)
                .toList().forEach(javafx.stage.Window::hide));
        robot.interact(() -> window.showScreen(ScreenId.CASES));
        Settle.down();
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = robot.lookup("#case-table").queryAs(TableView.class);
        robot.interact(() -> table.getItems().stream().filter(s -> s.caseFile().key().equals("pz-illum-2021"))
                .findFirst().ifPresent(s -> table.getSelectionModel().select(s)));
        Settle.down();
        CaseFile read = workbench.cases().findByKey("pz-illum-2021").orElseThrow();

        // This user retitles the case in the form...
        TextField title = robot.lookup("#case-title-field").queryAs(TextField.class);
        robot.interact(() -> title.setText("PZ/Illum cease-and-desist (2021), as I see it"));
        // ...while a colleague saves a new title and a note first.
        CaseFile theirs = RecordFields.with(RecordFields.with(read, "title", "PZ/Illum C&D (colleague's title)"),
                "notes", "Counsel called on Monday");
        workbench.casework().editor().save(read, theirs);

        robot.clickOn("#case-save");
        // The question is modal: the refused save's callback waits in it, so wait for the question itself.
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#conflict-fields").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no conflict question after the second save", e);
        }
        RadioButton mineTitle = robot.lookup("#mine-title").queryAs(RadioButton.class);
        RadioButton theirNotes = robot.lookup("#theirs-notes").queryAs(RadioButton.class);
        assertThat(mineTitle.isSelected()).isTrue();
        assertThat(mineTitle.getText()).isEqualTo("PZ/Illum cease-and-desist (2021), as I see it");
        assertThat(robot.lookup("#theirs-title").queryAs(RadioButton.class).getText()).isEqualTo("PZ/Illum C&D (colleague's title)");
        assertThat(theirNotes.isSelected()).isTrue();
        assertThat(theirNotes.getText()).isEqualTo("Counsel called on Monday");
        robot.interact(() -> SceneShots.saveIfRequested(mineTitle.getScene(), "case-conflict.png"));

        robot.clickOn("Save with these choices");
        Settle.down();
        CaseFile saved = workbench.cases().find(read.id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("PZ/Illum cease-and-desist (2021), as I see it");
        assertThat(saved.notes()).isEqualTo("Counsel called on Monday");
    }
}
