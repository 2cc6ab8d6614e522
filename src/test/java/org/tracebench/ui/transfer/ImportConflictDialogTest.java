package org.tracebench.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.control.RadioButton;
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
import org.tracebench.model.CaseFile;
import org.tracebench.model.RecordFields;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.transfer.Decisions;
import org.tracebench.ui.MainWindow;
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.UiSettings;
import org.tracebench.work.Progress;

/**
 * A case comes back from another database with a record changed on both sides: the window lists the fields,
 * this database's value beside the file's, and imports what the user chose.
 */
@ExtendWith(ApplicationExtension.class)
class ImportConflictDialogTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private Workbench other;
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        workbench.samples().load();
        other = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
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
        other.close();
        prefs.removeNode();
    }

    private static void save(Workbench where, String field, String value) {
        CaseFile read = where.cases().findByKey("pz-illum-2021").orElseThrow();
        where.casework().editor().save(read, RecordFields.with(read, field, value));
    }

    @Test
    void theImportAsksFieldByFieldAndImportsWhatWasChosen(FxRobot robot) throws Exception {
        long caseId = workbench.cases().findByKey("pz-illum-2021").orElseThrow().id();
        Path first = dir.resolve(UUID.randomUUID() + ".tbcase");
        workbench.caseTransfer().export(caseId, first, null, Progress.NONE);
        other.caseTransfer().importCase(first, () -> null, Decisions.NONE, Progress.NONE);
        save(other, "notes", "Counsel for PZ/Illum called the server's team on Monday");
        save(other, "title", "PZ/Illum cease-and-desist (2021), server copy");
        Path back = dir.resolve(UUID.randomUUID() + ".tbcase");
        other.caseTransfer().export(other.cases().findByKey("pz-illum-2021").orElseThrow().id(), back, null, Progress.NONE);
        save(workbench, "notes", "Laptop: counsel asked for two more weeks");

        robot.interact(() -> window.importCaseFile(back));
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#import-conflicts").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no conflict question on the import", e);
        }
        RadioButton mineNotes = robot.lookup("#mine-0-notes").queryAs(RadioButton.class);
        RadioButton theirNotes = robot.lookup("#theirs-0-notes").queryAs(RadioButton.class);
        RadioButton theirTitle = robot.lookup("#theirs-0-title").queryAs(RadioButton.class);
        assertThat(mineNotes.getText()).isEqualTo("Laptop: counsel asked for two more weeks");
        assertThat(theirNotes.getText()).isEqualTo("Counsel for PZ/Illum called the server's team on Monday");
        // Changed on both sides: this database's value is kept unless the user says otherwise; changed in the file
        // only: the file's value.
        assertThat(mineNotes.isSelected()).isTrue();
        assertThat(theirTitle.isSelected()).isTrue();
        assertThat(robot.lookup("Notes\n(changed on both sides)").tryQuery()).isPresent();
        robot.interact(() -> SceneShots.saveIfRequested(mineNotes.getScene(), "case-import-conflict.png"));

        robot.clickOn(theirNotes);
        robot.clickOn("Import with these choices");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("Case imported").tryQuery().isPresent());
        CaseFile after = workbench.cases().find(caseId).orElseThrow();
        assertThat(after.notes()).isEqualTo("Counsel for PZ/Illum called the server's team on Monday");
        assertThat(after.title()).isEqualTo("PZ/Illum cease-and-desist (2021), server copy");
    }
}
