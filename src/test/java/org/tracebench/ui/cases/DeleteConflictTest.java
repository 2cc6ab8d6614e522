package org.tracebench.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import org.tracebench.cases.ChronologyEntry;
import org.tracebench.model.CaseFact;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.RecordFields;
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.ScreenFixture;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.WorkbenchState;

/**
 * A colleague changes a fact while this user deletes it (decision 0709): the window shows the version saved
 * meanwhile beside the one seen, "Keep it" keeps their version, "Delete anyway" deletes it.
 */
@ExtendWith(ApplicationExtension.class)
class DeleteConflictTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private ScreenFixture fixture;
    private CaseFile pz;

    @Start
    void start(Stage stage) {
        fixture = ScreenFixture.withSamples(dir);
        workbench = fixture.workbench();
        pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        workbench.casework().editor().addFact(new CaseFact(0, pz.id(), LocalDate.of(2021, 9, 7),
                "PZ/Illum named its customer", "ITG portal", false), List.of());
        WorkbenchState state = fixture.state();
        CasesScreen screen = new CasesScreen(fixture.context(stage));
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

    private ChronologyEntry stored() {
        return workbench.casework().chronology().findByCase(pz.id()).stream()
                .filter(e -> e.fact().fact().equals("PZ/Illum named its customer")).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private void deleteTheFactAsShown(FxRobot robot) {
        TableView<ChronologyEntry> table = robot.lookup("#chronology-table").queryAs(TableView.class);
        robot.interact(() -> table.getItems().stream().filter(e -> e.fact().fact().equals("PZ/Illum named its customer"))
                .findFirst().ifPresent(e -> table.getSelectionModel().select(e)));
        robot.clickOn("#delete-fact");
        waitFor(robot, ".alert");
        robot.clickOn("OK");
    }

    private static void waitFor(FxRobot robot, String id) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no " + id + " shown", e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFactChangedMeanwhileIsShownBeforeItIsDeletedKeepItThenDeleteAnyway(FxRobot robot) {
        TableView<CaseSummary> cases = robot.lookup("#case-table").queryAs(TableView.class);
        robot.interact(() -> cases.getItems().stream().filter(s -> s.caseFile().id() == pz.id()).findFirst()
                .ifPresent(s -> cases.getSelectionModel().select(s)));
        Settle.down();
        TabPane tabs = robot.lookup("#case-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getText().toLowerCase().contains("chronology")).findFirst().orElseThrow()));
        Settle.down();
        // The table shows the fact as read; a colleague now marks it disputed and corrects its source.
        ChronologyEntry seen = stored();
        workbench.casework().editor().updateFact(seen, new ChronologyEntry(RecordFields.with(RecordFields.with(seen.fact(),
                "disputed", true), "source", "ITG portal, traceback 4417"), seen.tracedCallIds()));

        deleteTheFactAsShown(robot);
        waitFor(robot, "#delete-conflict-fields");
        Label savedSource = savedValue(robot, "saved-fact.source");
        assertThat(savedSource.getText()).isEqualTo("ITG portal, traceback 4417");
        assertThat(savedValue(robot, "saved-fact.disputed").getText()).isEqualTo("true");
        assertThat(robot.lookup("Delete anyway").tryQuery()).isPresent();
        robot.interact(() -> SceneShots.saveIfRequested(savedSource.getScene(), "delete-conflict.png"));

        robot.clickOn("Keep it");
        Settle.down();
        assertThat(stored()).isNotNull().satisfies(e -> assertThat(e.fact().disputed()).isTrue());

        // Changed again after the table was read again: this time the user deletes it anyway.
        ChronologyEntry shown = stored();
        workbench.casework().editor().updateFact(shown, new ChronologyEntry(RecordFields.with(shown.fact(), "source",
                "Counsel's letter"), shown.tracedCallIds()));
        deleteTheFactAsShown(robot);
        waitFor(robot, "#delete-conflict-fields");
        assertThat(savedValue(robot, "saved-fact.source").getText()).isEqualTo("Counsel's letter");
        robot.clickOn("Delete anyway");
        Settle.down();
        assertThat(stored()).isNull();
        assertThat(workbench.audit().latest(1).get(0).action()).isEqualTo("fact-deleted");
        TableView<ChronologyEntry> table = robot.lookup("#chronology-table").queryAs(TableView.class);
        assertThat(table.getItems()).noneMatch(e -> e.fact().fact().equals("PZ/Illum named its customer"));
    }

    private static Label savedValue(FxRobot robot, String id) {
        return robot.lookup((Node n) -> id.equals(n.getId())).queryAs(Label.class);
    }
}
