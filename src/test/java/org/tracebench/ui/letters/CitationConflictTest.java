package org.tracebench.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.RadioButton;
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

/** Two people edit the same citation: the second save shows both versions field by field and keeps the choice. */
@ExtendWith(ApplicationExtension.class)
class CitationConflictTest {

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

    @Test
    @SuppressWarnings("unchecked")
    void aCitationSavedMeanwhileIsShownFieldByFieldAndTheChoiceIsSaved(FxRobot robot) {
        robot.clickOn("Citations");
        Settle.down();
        ListView<Citation> list = robot.lookup("#citation-list").queryAs(ListView.class);
        Citation read = list.getItems().stream().filter(c -> c.key().equals("call-blocking-safe-harbor")).findFirst()
                .orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(read));
        // This user renames the short form in the editor...
        robot.interact(() -> robot.lookup("#citation-short").queryAs(TextField.class).setText("*Safe Harbor Order*"));
        // ...while a colleague, from the same entry, saves a new date parenthetical and another short form.
        Citation theirs = read.withShortForm("*Safe Harbor R&O*");
        theirs = new Citation(theirs.key(), theirs.kind(), theirs.full(), theirs.release(), theirs.volume(),
                theirs.reporter(), theirs.firstPage(), "(July 17, 2020)", theirs.shortForm(), theirs.url());
        workbench.letters().templates().saveCitation(read, theirs);

        robot.interact(() -> robot.lookup("#citation-save").queryButton().fire());
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#conflict-fields").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no conflict question after saving over a colleague's citation", e);
        }
        RadioButton mineShort = robot.lookup("#mine-shortForm").queryAs(RadioButton.class);
        RadioButton theirTail = robot.lookup("#theirs-tail").queryAs(RadioButton.class);
        assertThat(mineShort.isSelected()).isTrue();
        assertThat(mineShort.getText()).isEqualTo("*Safe Harbor Order*");
        assertThat(robot.lookup("#theirs-shortForm").queryAs(RadioButton.class).getText()).isEqualTo("*Safe Harbor R&O*");
        assertThat(theirTail.isSelected()).isTrue();
        assertThat(theirTail.getText()).isEqualTo("(July 17, 2020)");
        robot.interact(() -> SceneShots.saveIfRequested(mineShort.getScene(), "citation-conflict.png"));

        robot.clickOn("Save with these choices");
        Settle.down();
        Citation saved = workbench.letters().templates().citations().find("call-blocking-safe-harbor").orElseThrow();
        assertThat(saved.shortForm()).isEqualTo("*Safe Harbor Order*");
        assertThat(saved.tail()).isEqualTo("(July 17, 2020)");
        assertThat(robot.lookup("#citation-short").queryAs(TextField.class).getText()).isEqualTo("*Safe Harbor Order*");
        assertThat(robot.lookup("#citation-tail").queryAs(TextField.class).getText()).isEqualTo("(July 17, 2020)");
    }
}
