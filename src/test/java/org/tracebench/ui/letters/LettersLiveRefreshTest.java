package org.tracebench.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
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
import org.tracebench.letters.Finding;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.RecordFields;
import org.tracebench.ui.ScreenFixture;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.WorkbenchState;

/**
 * Someone else changes the case a letter is being written for: the findings and letter fields follow, the
 * text the user is typing in a finding or a field stays, with a notice. The look for changes is triggered by
 * the test, never waited for.
 */
@ExtendWith(ApplicationExtension.class)
class LettersLiveRefreshTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private ScreenFixture fixture;
    private LettersScreen screen;
    private CaseFile pz;
    private Workbench colleague;

    @Start
    void start(Stage stage) {
        fixture = ScreenFixture.withSamples(dir);
        workbench = fixture.workbench();
        WorkbenchState state = fixture.state();
        CaseSummary summary = fixture.sampleCase("pz-illum-2021");
        pz = summary.caseFile();
        state.selectedCaseProperty().set(summary);
        screen = new LettersScreen(fixture.context(stage));
        fixture.show(stage, screen, 1200, 760);
    }

    @BeforeEach
    void settle() {
        Settle.down();
        Settle.down();
    }

    @AfterEach
    void close() throws Exception {
        if (colleague != null) {
            colleague.close();
        }
        fixture.close();
    }

    private void lookForChanges(FxRobot robot) {
        robot.interact(screen::lookForOthersChanges);
        Settle.down();
        Settle.down();
        Settle.down();
    }

    private Finding finding(String key) {
        return screen.model().findings().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void findingsFieldsAndTheCaseListFollowTheOtherUserAndTypedTextStays(FxRobot robot) {
        Finding origination = finding("origination");
        int supported = origination.supportingCallIds().size();
        long gone = origination.supportingCallIds().get(0);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        TextArea salutation = robot.lookup("#letter-field-salutation").queryAs(TextArea.class);
        TextArea delivery = robot.lookup("#letter-field-delivery").queryAs(TextArea.class);
        robot.interact(() -> {
            salutation.requestFocus();
            salutation.setText("Dear Mr. Anand, typed by me");
        });

        // Another user: a call behind the finding deleted, two letter fields and the case title changed.
        workbench.callEditing().delete(gone);
        workbench.letters().fields().put(pz.id(), "salutation", "Colleague's salutation");
        workbench.letters().fields().put(pz.id(), "delivery", "VIA E-MAIL (colleague)");
        workbench.casework().editor().save(pz, RecordFields.with(pz, "title", "PZ/Illum (colleague's title)"));
        lookForChanges(robot);

        assertThat(finding("origination").supportingCallIds()).hasSize(supported - 1);
        assertThat(delivery.getText()).isEqualTo("VIA E-MAIL (colleague)");
        assertThat(salutation.getText()).isEqualTo("Dear Mr. Anand, typed by me");
        assertThat(salutation.isFocused()).isTrue();
        assertThat(robot.lookup("#letter-changed-notice").query().isVisible()).isTrue();
        assertThat(robot.lookup("#letter-changed-notice-text").queryLabeled().getText()).contains("salutation");
        ComboBox<CaseFile> cases = robot.lookup("#letter-case").queryAs(ComboBox.class);
        assertThat(cases.getValue().title()).isEqualTo("PZ/Illum (colleague's title)");

        // Leaving the field saves the user's text over the colleague's, as without the refresh.
        robot.interact(() -> delivery.requestFocus());
        Settle.down();
        assertThat(workbench.letters().fields().saved(pz.id())).containsEntry("salutation", "Dear Mr. Anand, typed by me");
    }

    @Test
    void aFindingBeingTypedIsNotRebuiltUntilTheTypingEnds(FxRobot robot) {
        Finding origination = finding("origination");
        int supported = origination.supportingCallIds().size();
        TextArea text = robot.lookup("#letter-findings").lookup(".text-area").queryAs(TextArea.class);
        robot.interact(() -> {
            text.requestFocus();
            text.setText("Typed by me while a colleague worked");
        });

        workbench.callEditing().delete(origination.supportingCallIds().get(0));
        lookForChanges(robot);

        assertThat(text.getScene()).isNotNull();
        assertThat(text.getText()).isEqualTo("Typed by me while a colleague worked");
        assertThat(robot.lookup("#letter-changed-notice").query().isVisible()).isTrue();

        robot.interact(() -> robot.lookup("#letter-case").query().requestFocus());
        Settle.down();
        Settle.down();
        assertThat(text.getScene()).isNull();
        assertThat(robot.lookup("#letter-findings").lookup(".text-area").queryAllAs(TextArea.class))
                .anyMatch(t -> t.getText().equals("Typed by me while a colleague worked"));
        assertThat(finding("origination").supportingCallIds()).hasSize(supported - 1);
    }

    /**
     * A second user, on a connection of their own, changes only letter fields, a finding's wording, the template
     * and a citation (decision 0720): the Letters screen shows each without being opened again, and the field
     * being typed in keeps its text with the notice.
     */
    @Test
    void anotherUsersLetterOnlyChangesShowWithoutReopening(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        TextArea salutation = robot.lookup("#letter-field-salutation").queryAs(TextArea.class);
        TextArea delivery = robot.lookup("#letter-field-delivery").queryAs(TextArea.class);
        robot.interact(() -> {
            salutation.requestFocus();
            salutation.setText("Dear Mr. Anand, typed by me");
        });
        String template = screen.model().template().slugProperty().get();
        // Another user's window: a workbench of its own on the same store, its own connections and name.
        colleague = Workbench.open(workbench.location(), java.time.Clock.fixed(java.time.Instant.parse(
                "2026-11-30T10:00:00Z"), java.time.ZoneOffset.UTC), new org.tracebench.app.ActingUser("colleague"));
        // One kind of change at a time, so each must be seen on its own.
        colleague.letters().fields().put(pz.id(), "delivery", "BY COURIER (colleague)");
        colleague.letters().fields().put(pz.id(), "salutation", "Colleague's salutation");
        lookForChanges(robot);
        assertThat(delivery.getText()).isEqualTo("BY COURIER (colleague)");
        assertThat(salutation.getText()).isEqualTo("Dear Mr. Anand, typed by me");
        assertThat(robot.lookup("#letter-changed-notice").query().isVisible()).isTrue();
        assertThat(robot.lookup("#letter-changed-notice-text").queryLabeled().getText()).contains("salutation");

        Finding origination = finding("origination");
        colleague.letters().findingEdits().save(pz.id(),
                origination.withEdit(true, origination.title(), "Reworded by a colleague."));
        lookForChanges(robot);
        assertThat(finding("origination").text()).isEqualTo("Reworded by a colleague.");

        String source = colleague.letters().templates().source(template);
        colleague.letters().templates().save(template, source, source + "\nA colleague's closing line.\n");
        lookForChanges(robot);
        assertThat(screen.model().template().sourceProperty().get()).endsWith("A colleague's closing line.\n");

        org.tracebench.letters.Citation cite = colleague.letters().templates().citations().all().get(0);
        colleague.letters().templates().saveCitation(cite, new org.tracebench.letters.Citation(cite.key(), cite.kind(),
                cite.full(), cite.release(), cite.volume(), cite.reporter(), cite.firstPage(), cite.tail(),
                "Colleague's short name", cite.url()));
        lookForChanges(robot);
        assertThat(screen.model().citations().citations()).anyMatch(c -> c.shortForm().equals("Colleague's short name"));
    }
}
