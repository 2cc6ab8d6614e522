package org.tracebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
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
import org.tracebench.store.DatabaseEncryption;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.Passphrase;
import org.tracebench.ui.common.FxDialogs;
import org.tracebench.ui.common.UiSettings;

/** The passphrase dialogs as the user meets them: at start for an encrypted database, and for a new passphrase. */
@ExtendWith(ApplicationExtension.class)
class PassphraseDialogTest {

    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path dir;

    private Preferences prefs;
    private FxDialogs dialogs;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
        dialogs = new FxDialogs(new UiSettings(prefs), () -> stage);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void removePrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void atStartTheEncryptedDatabaseAsksForItsPassphraseWithoutEchoAndAgainAfterAWrongOne(FxRobot robot) throws Exception {
        DatabaseLocation encrypted = DatabaseEncryption.encrypt(DatabaseLocation.inDirectory(dir), Passphrase.of(PASSPHRASE.toCharArray()));
        try (Workbench workbench = Workbench.open(encrypted)) {
            workbench.samples().load();
        }
        CompletableFuture<Optional<Workbench>> opened = new CompletableFuture<>();
        Platform.runLater(() -> opened.complete(DatabaseUnlock.open(DatabaseLocation.inDirectory(dir), dialogs, Workbench::open)));
        waitForDialog(robot);

        assertThat((Object) robot.lookup("#passphrase").query()).isInstanceOf(PasswordField.class);
        assertThat(okButton(robot).isDisabled()).as("nothing typed yet").isEqualTo(true);
        robot.clickOn("#passphrase").write("not the passphrase");
        assertThat(textsShown(robot)).noneMatch(text -> text.contains("not the passphrase"));
        robot.interact(() -> SceneShots.saveIfRequested(robot.lookup("#passphrase").query().getScene(), "passphrase-at-start.png"));
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#passphrase-message").tryQuery()
                .map(node -> ((Label) node).getText().startsWith("That passphrase does not open")).orElse(false));
        assertThat(((PasswordField) robot.lookup("#passphrase").query()).getText()).as("a new dialog, empty").isEmpty();
        robot.clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);

        Optional<Workbench> workbench = opened.get(30, TimeUnit.SECONDS);
        assertThat(workbench).isPresent();
        try (Workbench open = workbench.get()) {
            assertThat(open.cases().summaries()).hasSize(6);
        }
    }

    @Test
    void aNewPassphraseMustBeLongEnoughAndTypedTwiceAlike(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Passphrase>> typed = new CompletableFuture<>();
        Platform.runLater(() -> typed.complete(dialogs.askNewPassphrase("Encrypt database", "Type a new passphrase twice.")));
        waitForDialog(robot);

        robot.clickOn("#passphrase").write("short");
        assertThat(okButton(robot).isDisabled()).isEqualTo(true);
        assertThat(robot.lookup("#passphrase-hint").queryAs(Label.class).getText()).startsWith("At least 8 characters");
        robot.write(" but now long enough");
        robot.clickOn("#passphrase-repeat").write("short but now long enougH");
        assertThat(okButton(robot).isDisabled()).isEqualTo(true);
        assertThat(robot.lookup("#passphrase-hint").queryAs(Label.class).getText()).isEqualTo("Type the same passphrase again.");
        robot.type(KeyCode.BACK_SPACE).write("h");
        assertThat(okButton(robot).isDisabled()).isEqualTo(false);
        robot.interact(() -> SceneShots.saveIfRequested(robot.lookup("#passphrase").query().getScene(), "passphrase-new.png"));
        robot.clickOn(okButton(robot));

        Optional<Passphrase> passphrase = typed.get(20, TimeUnit.SECONDS);
        assertThat(passphrase).isPresent();
        assertThat(passphrase.get().sameAs(Passphrase.of("short but now long enough".toCharArray()))).isTrue();
    }

    private static void waitForDialog(FxRobot robot) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#passphrase").tryQuery()
                .map(node -> node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node okButton(FxRobot robot) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        return pane.lookupButton(ButtonType.OK);
    }

    private static java.util.List<String> textsShown(FxRobot robot) {
        return robot.lookup(".text").queryAll().stream().map(node -> ((javafx.scene.text.Text) node).getText()).toList();
    }
}
