package org.tracebench.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
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
import org.tracebench.Store;
import org.tracebench.app.Workbench;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.ServerAddress;
import org.tracebench.ui.MainWindow;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.UiSettings;

/** File > Connect to a server...: the dialog tests the connection and hands the window the server to open. */
@ExtendWith(ApplicationExtension.class)
class ConnectFromMenuTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private MainWindow window;
    private Preferences prefs;
    private final List<DatabaseLocation> switchedTo = new ArrayList<>();

    @Start
    void start(Stage stage) {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
        UiSettings settings = new UiSettings(prefs);
        settings.saveWindow(0, 0, 1000, 700, false);
        window = new MainWindow(workbench, settings);
        window.setDatabaseConversion((title, step) -> { });
        window.setDatabaseSwitch(workbench.location(), switchedTo::add);
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
    void testThenConnectHandsTheServerToTheWindow(FxRobot robot) {
        DatabaseLocation server = Store.POSTGRESQL.freshLocation(dir);
        ServerAddress address = ServerAddress.of(server).orElseThrow();
        String password = server.jdbcUrl().replaceAll(".*[?&]password=([^&]*).*", "$1");

        // A fresh database loads the sample cases in the status bar first; Connect waits for that work to end.
        untilNoWorkRuns();
        robot.clickOn("File").clickOn("Connect to a server…");
        robot.clickOn("#server-host").write(address.host());
        robot.doubleClickOn("#server-port").write(String.valueOf(address.port()));
        robot.clickOn("#server-database").write(address.database());
        robot.clickOn("#server-user").write(address.user());
        robot.clickOn("#server-password").write(password);
        robot.clickOn("#server-tls");
        robot.clickOn("#server-test");
        Settle.down();
        assertThat(robot.lookup("#server-test-result").queryAs(Label.class).getText()).startsWith("Connected: PostgreSQL");
        robot.clickOn("#connect-button");

        assertThat(switchedTo).singleElement().satisfies(location -> {
            assertThat(location.isEmbedded()).isFalse();
            assertThat(ServerAddress.of(location)).contains(new ServerAddress(address.host(), address.port(),
                    address.database(), address.user(), false));
        });
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
