package org.tracebench.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
import org.tracebench.ui.MainWindow;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.UiSettings;
import org.tracebench.ui.help.GuideWindow;

/** Help > User guide (F1) shows the bundled guide, follows its links between pages and draws its pictures. */
@ExtendWith(ApplicationExtension.class)
class GuideWindowTest {

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
        settings.saveWindow(0, 0, 1000, 700, false);
        window = new MainWindow(workbench, settings);
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
        workbench.close();
        prefs.removeNode();
    }

    private static String pageText(Stage guide) {
        StringBuilder text = new StringBuilder();
        for (Node node : guide.getScene().getRoot().lookupAll(".guide-run")) {
            text.append(((Text) node).getText());
        }
        return text.toString();
    }

    @Test
    void f1OpensTheGuideAndItsLinksLeadToThePagePerUser(FxRobot robot) throws Exception {
        Settle.down();
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.guide() != null && window.guide().stage().isShowing());
        GuideWindow guide = window.guide();
        assertThat(guide.currentPage()).isEqualTo(GuideWindow.INDEX);
        assertThat(pageText(guide.stage())).contains("Tracebench user guide").contains("paralegal");

        Hyperlink paralegal = robot.from(guide.stage().getScene().getRoot()).lookup(".guide-link")
                .match((Hyperlink link) -> link.getText().contains("paralegal")).queryAs(Hyperlink.class);
        robot.interact(paralegal::fire);
        assertThat(guide.currentPage()).isEqualTo("/docs/guide/paralegal.md");
        assertThat(pageText(guide.stage())).contains("Import").contains("Undo import");
        List<ImageView> pictures = robot.from(guide.stage().getScene().getRoot()).lookup(".image-view")
                .queryAllAs(ImageView.class).stream().toList();
        assertThat(pictures).isNotEmpty().allSatisfy(view -> {
            assertThat(view.getImage().isError()).isFalse();
            assertThat(view.getImage().getWidth()).isGreaterThan(100);
        });

        robot.interact(() -> robot.lookup("#guide-back").queryButton().fire());
        assertThat(guide.currentPage()).isEqualTo(GuideWindow.INDEX);
    }
}
