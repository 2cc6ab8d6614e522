package org.tracebench.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
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
import org.tracebench.app.ServerPasswords;
import org.tracebench.app.Workbench;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.ServerAddress;
import org.tracebench.ui.MainWindow;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.UiSettings;

/**
 * The connect dialog's keyring choice with a keyring in memory: ticked, kept, filled in next time, forgotten from
 * the dialog and from File > Forget saved password; without a keyring the choice is off and the dialog says why.
 */
@ExtendWith(ApplicationExtension.class)
class KeyringInConnectDialogTest {

    @TempDir
    static Path dir;

    private static final ServerAddress SERVER = new ServerAddress("db.office.example", 5432, "tracebench", "paralegal", false);

    private Workbench workbench;
    private MainWindow window;
    private Preferences prefs;
    private UiSettings settings;
    private final FakeKeyring keyring = new FakeKeyring();
    private final List<DatabaseLocation> switchedTo = new ArrayList<>();

    @Start
    void start(Stage stage) {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
        settings = new UiSettings(prefs);
        settings.saveWindow(0, 0, 1000, 700, false);
        window = new MainWindow(workbench, settings);
        window.setDatabaseConversion((title, step) -> { });
        window.setDatabaseSwitch(workbench.location(), switchedTo::add);
        window.setServerPasswords(keyring);
        window.show(stage);
    }

    @BeforeEach
    void settle() {
        Settle.down();
        untilNoWorkRuns();
    }

    @AfterEach
    void close() throws Exception {
        workbench.close();
        prefs.removeNode();
    }

    @Test
    void rememberedPasswordIsKeptFilledInNextTimeAndForgotten(FxRobot robot) {
        robot.clickOn("File").clickOn("Connect to a server…");
        Settle.down();
        assertThat(robot.lookup("#server-remember-password").queryAs(CheckBox.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#server-forget-password").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#server-host").write(SERVER.host());
        robot.clickOn("#server-database").write(SERVER.database());
        robot.clickOn("#server-user").write(SERVER.user());
        robot.clickOn("#server-password").write("s3cret");
        robot.clickOn("#server-tls");
        robot.clickOn("#server-remember-password");
        robot.clickOn("#connect-button");
        assertThat(switchedTo).singleElement().satisfies(location -> assertThat(ServerAddress.of(location)).contains(SERVER));
        assertThat(settings.keepsServerPassword()).isTrue();
        // The application keeps it once the server accepted it.
        assertThat(new KeptPassword(settings, keyring).opened(switchedTo.get(0))).isEmpty();
        assertThat(keyring.find(SERVER)).contains("s3cret");

        robot.clickOn("File").clickOn("Connect to a server…");
        Settle.down();
        assertThat(robot.lookup("#server-password").queryAs(PasswordField.class).getText()).isEqualTo("s3cret");
        assertThat(robot.lookup("#server-remember-password").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#server-keyring-note").queryAs(Label.class).getText()).contains("kept in the system keyring");
        robot.clickOn("#server-forget-password");
        Settle.down();
        assertThat(keyring.kept).isEmpty();
        assertThat(robot.lookup("#server-remember-password").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#server-keyring-note").queryAs(Label.class).getText()).contains("no longer kept");
        robot.clickOn("Cancel");
    }

    @Test
    void fileForgetSavedPasswordEmptiesTheKeyring(FxRobot robot) {
        settings.rememberServer(SERVER);
        settings.saveKeepsServerPassword(true);
        keyring.save(SERVER, "s3cret");
        robot.clickOn("File").clickOn("Forget saved password");
        Settle.down();
        assertThat(keyring.kept).isEmpty();
        assertThat(settings.keepsServerPassword()).isFalse();
        DialogPane said = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(said.getContentText()).contains("no longer kept").contains(SERVER.toString());
        robot.clickOn("OK");
    }

    @Test
    void withoutAKeyringTheChoiceIsOffAndTheDialogSaysWhy(FxRobot robot) {
        window.setServerPasswords(ServerPasswords.none("No system keyring answered, so the password is asked each time."));
        robot.clickOn("File").clickOn("Connect to a server…");
        Settle.down();
        assertThat(robot.lookup("#server-remember-password").queryAs(CheckBox.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#server-keyring-note").queryAs(Label.class).getText())
                .isEqualTo("No system keyring answered, so the password is asked each time.");
        robot.clickOn("Cancel");
    }

    private void untilNoWorkRuns() {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
        } catch (TimeoutException e) {
            throw new AssertionError("the sample cases did not finish loading", e);
        }
        Settle.down();
    }
}
