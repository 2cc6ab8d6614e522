package org.tracebench.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
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
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.ScreenFixture;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.WorkbenchState;

/**
 * Someone else saves the case on view: the details form follows them in the fields the user is not editing,
 * keeps the field the user is typing in, and says so when the other person changed that field too. The look
 * for changes is triggered by the test, never waited for.
 */
@ExtendWith(ApplicationExtension.class)
class LiveRefreshTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private ScreenFixture fixture;
    private CasesScreen screen;

    @Start
    void start(Stage stage) {
        fixture = ScreenFixture.withSamples(dir);
        workbench = fixture.workbench();
        WorkbenchState state = fixture.state();
        CaseSummary pz = fixture.sampleCase("pz-illum-2021");
        state.selectedCaseProperty().set(pz);
        screen = new CasesScreen(fixture.context(stage));
        fixture.show(stage, screen, 1240, 780);
    }

    @BeforeEach
    void settle() {
        Settle.down();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private void lookForChanges(FxRobot robot) {
        robot.interact(screen::lookForOthersChanges);
        // The look, then the list, then the case: each answer starts the next read.
        Settle.down();
        Settle.down();
        Settle.down();
    }

    @Test
    void aFieldNotBeingEditedFollowsTheOtherUserAndTheOneBeingTypedInIsKeptWithANotice(FxRobot robot) {
        CaseFile read = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        TextArea notes = robot.lookup("#case-notes-field").queryAs(TextArea.class);
        TextField title = robot.lookup("#case-title-field").queryAs(TextField.class);
        assertThat(title.getText()).isEqualTo(read.title());
        robot.interact(() -> notes.setText("Spoke with counsel; follow-up letter drafted"));

        CaseFile theirs = RecordFields.with(RecordFields.with(read, "title", "PZ/Illum C&D (colleague's title)"),
                "notes", "Counsel called on Monday");
        workbench.casework().editor().save(read, theirs);
        lookForChanges(robot);

        assertThat(title.getText()).isEqualTo("PZ/Illum C&D (colleague's title)");
        assertThat(notes.getText()).isEqualTo("Spoke with counsel; follow-up letter drafted");
        assertThat(robot.lookup("#case-changed-notice").query().isVisible()).isTrue();
        assertThat(robot.lookup("#case-changed-notice-text").queryLabeled().getText()).contains("Notes")
                .doesNotContain("Title");
        robot.interact(() -> SceneShots.saveIfRequested(title.getScene(), "live-refresh-notice.png"));

        robot.interact(() -> robot.lookup("#case-reload").queryAs(Button.class).fire());
        assertThat(notes.getText()).isEqualTo("Counsel called on Monday");
        assertThat(robot.lookup("#case-changed-notice").query().isVisible()).isFalse();
    }

    @Test
    void withoutAClashTheUsersEditIsKeptAndSavesOverTheOtherWithoutAQuestion(FxRobot robot) {
        CaseFile read = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        TextArea notes = robot.lookup("#case-notes-field").queryAs(TextArea.class);
        TextField title = robot.lookup("#case-title-field").queryAs(TextField.class);
        robot.interact(() -> notes.setText("Spoke with counsel"));

        CaseFile theirs = RecordFields.with(read, "title", "PZ/Illum C&D (colleague's title)");
        workbench.casework().editor().save(read, theirs);
        lookForChanges(robot);

        assertThat(title.getText()).isEqualTo("PZ/Illum C&D (colleague's title)");
        assertThat(notes.getText()).isEqualTo("Spoke with counsel");
        assertThat(robot.lookup("#case-changed-notice").query().isVisible()).isFalse();

        robot.interact(() -> robot.lookup("#case-save").queryAs(Button.class).fire());
        Settle.down();
        Settle.down();
        CaseFile saved = workbench.cases().find(read.id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("PZ/Illum C&D (colleague's title)");
        assertThat(saved.notes()).isEqualTo("Spoke with counsel");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChronologyAndDeadlinesFollowTheOtherUserAndKeepTheSelectedFact(FxRobot robot) {
        CaseFile pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals("Chronology")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        Settle.down();
        javafx.scene.control.TableView<org.tracebench.cases.ChronologyEntry> chronology =
                robot.lookup("#chronology-table").queryAs(javafx.scene.control.TableView.class);
        assertThat(chronology.getItems()).hasSizeGreaterThanOrEqualTo(2);
        robot.interact(() -> chronology.getSelectionModel().select(1));
        org.tracebench.cases.ChronologyEntry picked = chronology.getSelectionModel().getSelectedItem();
        org.tracebench.cases.ChronologyEntry other = chronology.getItems().get(0);

        // Another user rewords the selected fact and another one, and sets a deadline.
        org.tracebench.model.CaseFact reworded = new org.tracebench.model.CaseFact(picked.fact().id(), pz.id(),
                picked.fact().date(), "Reworded by a colleague", picked.fact().source(), picked.fact().disputed());
        workbench.casework().editor().updateFact(picked, new org.tracebench.cases.ChronologyEntry(reworded, picked.tracedCallIds()));
        org.tracebench.model.CaseFact otherWords = new org.tracebench.model.CaseFact(other.fact().id(), pz.id(),
                other.fact().date(), "Also reworded", other.fact().source(), other.fact().disputed());
        workbench.casework().editor().updateFact(other, new org.tracebench.cases.ChronologyEntry(otherWords, other.tracedCallIds()));
        workbench.casework().editor().addDeadline(new org.tracebench.model.Deadline(0, pz.id(),
                java.time.Instant.parse("2031-03-01T17:00:00Z"), "Colleague's follow-up", "colleague", false));
        lookForChanges(robot);

        assertThat(chronology.getItems().get(1).fact().fact()).isEqualTo("Reworded by a colleague");
        assertThat(chronology.getItems().get(0).fact().fact()).isEqualTo("Also reworded");
        assertThat(chronology.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(chronology.getSelectionModel().getSelectedItem().fact().id()).isEqualTo(picked.fact().id());
        javafx.scene.control.TableView<org.tracebench.cases.DeadlineItem> deadlines =
                robot.lookup("#case-deadlines").queryAs(javafx.scene.control.TableView.class);
        assertThat(deadlines.getItems()).anyMatch(d -> d.deadline().description().equals("Colleague's follow-up"));
    }
}
