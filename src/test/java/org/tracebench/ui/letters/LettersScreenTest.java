package org.tracebench.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
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
import org.tracebench.ui.ScreenFixture;
import org.tracebench.ui.Settle;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseSummary;
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.common.WorkbenchState;

@ExtendWith(ApplicationExtension.class)
class LettersScreenTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private ScreenFixture fixture;
    private LettersScreen screen;

    @Start
    void start(Stage stage) {
        fixture = ScreenFixture.withSamples(dir);
        workbench = fixture.workbench();
        WorkbenchState state = fixture.state();
        CaseSummary pz = fixture.sampleCase("pz-illum-2021");
        state.selectedCaseProperty().set(pz);
        screen = new LettersScreen(fixture.context(stage));
        fixture.show(stage, screen, 1200, 760);
    }

    /** The screens read the store in the background after start-up; tests begin once that is done. */
    @BeforeEach
    void settle() {
        Settle.down();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void previewsTheSelectedCaseAndReportsTemplateErrorsByLine(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#letter-pages").queryAs(VBox.class).getChildren().size() == 6
                        && robot.lookup("#letter-preview-info").queryAs(Label.class).getText().startsWith("6 pages"));
        Settle.down();
        assertThat(robot.lookup("#letter-preview-info").queryAs(Label.class).getText())
                .startsWith("6 pages").contains("measures November 5, 2021");
        assertThat(screen.model().findings()).extracting(f -> f.key()).contains("origination");
        robot.interact(() -> SceneShots.saveIfRequested(robot.lookup("#letter-pages").query().getScene(), "letters-screen.png"));

        TextArea editor = robot.lookup("#letter-template-editor").queryAs(TextArea.class);
        String source = editor.getText();
        int line = (int) source.substring(0, source.indexOf("Dear {{recipient.salutation}}")).chars().filter(c -> c == '\n').count() + 1;
        robot.interact(() -> editor.setText(source.replace("Dear {{recipient.salutation}}", "Dear {{recipient.salutaton}}")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !robot.lookup("#letter-template-error").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#letter-template-error").queryAs(Label.class).getText())
                .isEqualTo("template fcc-cease-and-desist, line " + line + ": unknown field 'recipient.salutaton' ('recipient' has no 'salutaton')");
    }
}
