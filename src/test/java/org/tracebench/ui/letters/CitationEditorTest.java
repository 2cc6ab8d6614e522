package org.tracebench.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.tracebench.letters.Citation;
import org.tracebench.model.CaseSummary;
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.ScreenFixture;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.WorkbenchState;

/** The citation editor shows the full, short and "Id." forms of the entry side by side, following every edit. */
@ExtendWith(ApplicationExtension.class)
class CitationEditorTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private ScreenFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = ScreenFixture.withSamples(dir);
        workbench = fixture.workbench();
        WorkbenchState state = fixture.state();
        CaseSummary pz = fixture.sampleCase("pz-illum-2021");
        state.selectedCaseProperty().set(pz);
        LettersScreen screen = new LettersScreen(fixture.context(stage));
        fixture.show(stage, screen, 1200, 760);
    }

    @BeforeEach
    void settle() {
        Settle.down();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void formsFollowTheEntryAsItIsEdited(FxRobot robot) {
        robot.clickOn("Citations");
        Settle.down();
        ListView<Citation> list = robot.lookup("#citation-list").queryAs(ListView.class);
        Citation order = list.getItems().stream().filter(c -> c.key().equals("call-blocking-safe-harbor")).findFirst()
                .orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(order));
        robot.clickOn("#citation-pinpoint").write("7628, para. 37");
        Settle.down();
        assertThat(text(robot, "#citation-full-form")).startsWith("Advanced Methods to Target and Eliminate Unlawful Robocalls")
                .endsWith("35 FCC Rcd 7614, 7628, para. 37 (2020) (hereinafter “Call Blocking Safe Harbor Report and Order”)");
        assertThat(text(robot, "#citation-short-form")).isEqualTo("Call Blocking Safe Harbor Report and Order, 35 FCC Rcd at 7628, para. 37");
        assertThat(text(robot, "#citation-id-form")).isEqualTo("Id. at 7628, para. 37");
        robot.interact(() -> SceneShots.saveIfRequested(robot.lookup("#citation-list").query().getScene(), "citation-editor.png"));

        TextField shortName = robot.lookup("#citation-short").queryAs(TextField.class);
        robot.interact(() -> shortName.setText("*Safe Harbor Order*"));
        assertThat(text(robot, "#citation-short-form")).isEqualTo("Safe Harbor Order, 35 FCC Rcd at 7628, para. 37");

        // Cited to the release instead, the entry needs a release number, and then points into the release.
        ChoiceBox<Citation.Kind> kind = robot.lookup("#citation-kind").queryAs(ChoiceBox.class);
        robot.interact(() -> kind.setValue(Citation.Kind.RELEASE));
        assertThat(text(robot, "#citation-full-form")).contains("needs the release number");
        assertThat(text(robot, "#citation-short-form")).isEmpty();
        robot.interact(() -> robot.lookup("#citation-release").queryAs(TextField.class).setText("FCC 20-96"));
        robot.interact(() -> robot.lookup("#citation-pinpoint").queryAs(TextField.class).setText("14 ¶37"));
        assertThat(text(robot, "#citation-full-form")).contains("Proposed Rulemaking, FCC 20-96, at 14 ¶37 (2020)");
        assertThat(text(robot, "#citation-short-form")).isEqualTo("Safe Harbor Order at 14 ¶37");
        assertThat(text(robot, "#citation-id-form")).isEqualTo("Id. at 14 ¶37");

        // The button may sit below the scrolled part of the tab; firing it is what a click does.
        robot.interact(() -> robot.lookup("#citation-save").queryButton().fire());
        Settle.down();
        assertThat(list.getItems()).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo("call-blocking-safe-harbor");
            assertThat(c.kind()).isEqualTo(Citation.Kind.RELEASE);
            assertThat(c.release()).isEqualTo("FCC 20-96");
        });
        assertThat(workbench.letters().templates().citations().find("call-blocking-safe-harbor").orElseThrow().shortForm())
                .isEqualTo("*Safe Harbor Order*");
    }
}
