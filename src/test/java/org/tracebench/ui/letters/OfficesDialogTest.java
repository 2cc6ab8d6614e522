package org.tracebench.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
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
import org.tracebench.letters.Offices;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Office;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.BackgroundWork;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.FxDialogs;
import org.tracebench.ui.common.FxTaskRunner;
import org.tracebench.ui.common.UiSettings;

/**
 * The offices editor opened for a case on the HK KwaiFong notice's office: it shows the case's office with its letterhead in capitals
 * and a preview; a saved edit reaches the store and Undo save puts it back; a logo chosen through the file
 * dialog is saved with the office; the chosen office and signatory become the case's.
 */
@ExtendWith(ApplicationExtension.class)
class OfficesDialogTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private Preferences prefs;
    private BackgroundWork work;
    private Offices offices;
    private CaseFile hk;
    private Path logoFile;

    /** The system's dialogs, but the open dialog (a native window a test cannot drive) answers with the logo. */
    private record OpeningLogo(Dialogs real, Path logo) implements Dialogs {
        @Override
        public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
            return Optional.of(logo);
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String title, String message) {
            return real.confirm(title, message);
        }

        @Override
        public void error(String header, Throwable error) {
            real.error(header, error);
        }

        @Override
        public void inform(String header, String message) {
            real.inform(header, message);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        offices = workbench.letters().offices();
        // A bare case (loading the samples would take longer than the toolkit waits for this setup) on the office
        // and signatory of the HK KwaiFong notice.
        hk = workbench.cases().insert(new CaseFile(0, "hk-like", "HK-like notice", null, "Task Force",
                org.tracebench.model.LetterKind.TASK_FORCE_NOTICE, null, null, null, "Signer", null, null, false));
        Office nc = offices.offices().stream().filter(o -> o.key().equals("nc-doj-task-force")).findFirst().orElseThrow();
        offices.assign(hk, nc, offices.signatories(nc.id()).get(0));
        logoFile = dir.resolve(UUID.randomUUID() + ".png");
        try (InputStream in = getClass().getResourceAsStream("/org/tracebench/letters/offices/sample-seal.png")) {
            Files.copy(in, logoFile);
        }
        prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
        work = new BackgroundWork();
        UiSettings settings = new UiSettings(prefs);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
        stage.show();
        new OfficesDialog(new OfficesViewModel(offices, new FxTaskRunner(work),
                new OpeningLogo(new FxDialogs(settings, () -> stage), logoFile), hk), stage).show();
    }

    @BeforeEach
    void settle(FxRobot robot) throws Exception {
        Settle.down();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#office-name-lines").queryAs(TextArea.class)
                .getText().contains("JEFF JACKSON"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#office-preview").queryAs(ImageView.class)
                .getImage() != null);
        Settle.down();
    }

    @AfterEach
    void close() throws Exception {
        work.close();
        workbench.close();
        prefs.removeNode();
    }

    private Office stored(String key) {
        return offices.offices().stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void showsTheCaseOfficeWithItsLetterheadAsTypedAndAPreview(FxRobot robot) {
        assertThat(robot.lookup("#offices-list").queryAs(ListView.class).getItems()).hasSize(3);
        assertThat(robot.lookup("#office-name-lines").queryAs(TextArea.class).getText())
                .isEqualTo("JEFF JACKSON\nATTORNEY GENERAL");
        assertThat(robot.lookup("#office-logo").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#signatories-list").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#offices-status").queryAs(Label.class).getText()).contains("signed by Tracy Nayer");
    }

    @Test
    void savedEditReachesTheStoreAndUndoSavePutsItBack(FxRobot robot) throws Exception {
        robot.clickOn("#office-phone").eraseText(14).write("(919) 555-0199");
        press(robot, "#office-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "(919) 555-0199".equals(stored("nc-doj-task-force").phone()));
        Settle.down();
        press(robot, "#office-undo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "(919) 555-0117".equals(stored("nc-doj-task-force").phone()));
        Settle.down();
        assertThat(robot.lookup("#office-phone").queryAs(TextField.class).getText()).isEqualTo("(919) 555-0117");
    }

    @Test
    void aChosenLogoIsSavedWithANewOfficeThatTheCaseThenUses(FxRobot robot) throws Exception {
        press(robot, "#office-new");
        Settle.down();
        type(robot, "#office-key", "test-office");
        type(robot, "#office-name-lines", "STATE OF EXAMPLE");
        press(robot, "#office-choose-logo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#office-logo").queryAs(ImageView.class).getImage() != null);
        press(robot, "#office-save");
        awaitOrSay(robot, () -> offices.offices().stream().anyMatch(o -> o.key().equals("test-office")));
        Settle.down();
        assertThat(stored("test-office").logoPng()).isEqualTo(Files.readAllBytes(logoFile));
        assertThat(stored("test-office").nameLines()).containsExactly("STATE OF EXAMPLE");

        type(robot, "#signer-name", "Pat Tester");
        type(robot, "#signer-title", "Deputy");
        press(robot, "#signer-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> offices.signatories(stored("test-office").id()).size() == 1);
        Settle.down();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#signatories-list").queryAs(ListView.class).getSelectionModel().getSelectedItem() != null);
        press(robot, "#office-use-for-case");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> offices.of(hk).office().map(Office::key).orElse("").equals("test-office"));
        assertThat(offices.of(hk).signatory()).map(s -> s.name()).hasValue("Pat Tester");
    }

    /** Presses a button as the keyboard does (the dialog may reach past the edge of the headless screen). */
    private static void press(FxRobot robot, String id) {
        javafx.scene.control.Button button = robot.lookup(id).queryAs(javafx.scene.control.Button.class);
        robot.interact(button::fire);
        Settle.down();
    }

    /** Enters text in a field (through the control, as pasting does: lower fields may lie past the screen's edge). */
    private static void type(FxRobot robot, String id, String text) {
        javafx.scene.control.TextInputControl field = robot.lookup(id).queryAs(javafx.scene.control.TextInputControl.class);
        robot.interact(() -> field.setText(text));
        Settle.down();
    }

    /** Waits for a condition; on timeout fails with what the editor's status line says. */
    private static void awaitOrSay(FxRobot robot, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not reached; status: " + robot.lookup("#offices-status").queryAs(Label.class).getText(), e);
        }
    }
}
