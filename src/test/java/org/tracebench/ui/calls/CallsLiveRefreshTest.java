package org.tracebench.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
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
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.CallRow;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportSource;
import org.tracebench.model.CaseSummary;
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.ScreenFixture;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.WorkbenchState;
import org.tracebench.work.Progress;

/**
 * Someone else changes the calls on view (written through the services, as their window would): the table
 * follows without losing the user's selection, scroll position or the cell being typed in. The look for
 * changes is triggered by the test, never waited for.
 */
@ExtendWith(ApplicationExtension.class)
class CallsLiveRefreshTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private ScreenFixture fixture;
    private CallsScreen screen;
    private long caseId;

    @Start
    void start(Stage stage) {
        fixture = ScreenFixture.withSamples(dir);
        workbench = fixture.workbench();
        WorkbenchState state = fixture.state();
        CaseSummary pz = fixture.sampleCase("pz-illum-2021");
        caseId = pz.caseFile().id();
        screen = new CallsScreen(fixture.context(stage));
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1200, 520));
        stage.show();
        state.selectedCaseProperty().set(pz);
    }

    @BeforeEach
    void settle() {
        Settle.down();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<CallRow> table(FxRobot robot) {
        return robot.lookup("#call-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableColumn<CallRow, String> column(FxRobot robot, AttachmentColumn column) {
        return (TableColumn<CallRow, String>) table(robot).getColumns().stream().filter(c -> c.getUserData() == column)
                .findFirst().orElseThrow();
    }

    private int firstVisibleRow(FxRobot robot) {
        return ((VirtualFlow<?>) table(robot).lookup(".virtual-flow")).getFirstVisibleCell().getIndex();
    }

    private void lookForChanges(FxRobot robot) {
        robot.interact(screen::lookForOthersChanges);
        // The look, then the rows it names: each answer starts the next read.
        Settle.down();
        Settle.down();
        Settle.down();
    }

    private long idAt(FxRobot robot, int row) {
        return table(robot).getItems().get(row).id();
    }

    @Test
    void aCellChangedByAnotherUserShowsAndSelectionAndScrollStay(FxRobot robot) {
        TableView<CallRow> table = table(robot);
        assertThat(table.getItems()).hasSize(78);
        robot.interact(() -> {
            table.scrollTo(40);
            table.getSelectionModel().clearAndSelect(45, column(robot, AttachmentColumn.CALLER_ID));
        });
        Settle.down();
        int top = firstVisibleRow(robot);
        assertThat(top).isGreaterThan(30);
        long selectedId = idAt(robot, 45);

        // Another user edits the selected row and a row near it.
        workbench.callEditing().edit(selectedId, AttachmentColumn.CUSTOMER, "Colleague's customer");
        workbench.callEditing().edit(idAt(robot, 46), AttachmentColumn.CALLER_ID, "(202) 555-0147");
        lookForChanges(robot);

        assertThat(table.getItems().get(45).text(AttachmentColumn.CUSTOMER)).isEqualTo("Colleague's customer");
        assertThat(table.getItems().get(46).call().callerId()).isEqualTo("+12025550147");
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(selectedId);
        List<TablePosition> cells = table.getSelectionModel().getSelectedCells();
        assertThat(cells).hasSize(1);
        assertThat(cells.get(0).getTableColumn()).isSameAs(column(robot, AttachmentColumn.CALLER_ID));
        assertThat(firstVisibleRow(robot)).isEqualTo(top);
    }

    @Test
    void rowsAddedOrDeletedByAnotherUserAppearAndGoAndTheSelectionFollowsItsRow(FxRobot robot) {
        TableView<CallRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(10, column(robot, AttachmentColumn.CUSTOMER)));
        long selectedId = idAt(robot, 10);
        long deleted = idAt(robot, 3);

        workbench.callEditing().delete(deleted);
        workbench.callEditing().add(caseId, Map.of(AttachmentColumn.CUSTOMER, "Added by a colleague"));
        lookForChanges(robot);

        assertThat(table.getItems()).hasSize(78);
        assertThat(table.getItems()).noneMatch(r -> r.id() == deleted);
        assertThat(table.getItems().get(77).text(AttachmentColumn.CUSTOMER)).isEqualTo("Added by a colleague");
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(selectedId);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(9);
    }

    @Test
    void anImportByAnotherUserReadsTheCaseAgainAndKeepsTheSelection(FxRobot robot) throws Exception {
        TableView<CallRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(20, column(robot, AttachmentColumn.CUSTOMER)));
        long selectedId = idAt(robot, 20);
        String pasted = new String(getClass().getResourceAsStream("/org/tracebench/ingest/attachment-a-pasted.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        workbench.importer().run(ImportSource.ofText("colleague.txt", pasted),
                ImportOptions.forCase(caseId).withOnDuplicate(org.tracebench.ingest.OnDuplicate.KEEP), Progress.NONE);
        int stored = workbench.calls().findByCase(caseId).size();
        assertThat(stored).isGreaterThan(78);
        lookForChanges(robot);

        assertThat(table.getItems()).hasSize(stored);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(selectedId);
    }

    @Test
    void aCellBeingEditedIsNotClobberedAndTheUserIsTold(FxRobot robot) {
        TableView<CallRow> table = table(robot);
        long rowId = idAt(robot, 2);
        long otherId = idAt(robot, 5);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(2, column(robot, AttachmentColumn.CUSTOMER));
            table.edit(2, column(robot, AttachmentColumn.CUSTOMER));
        });
        Settle.down();
        TextField editor = robot.lookup(".table-cell .text-field").queryAs(TextField.class);
        robot.interact(editor::clear);
        robot.write("Typed by me");

        // Another user changes the caller ID of the row being edited, and a customer elsewhere.
        workbench.callEditing().edit(rowId, AttachmentColumn.CALLER_ID, "(202) 555-0148");
        workbench.callEditing().edit(otherId, AttachmentColumn.CUSTOMER, "Theirs elsewhere");
        lookForChanges(robot);

        assertThat(table.getEditingCell()).isNotNull();
        assertThat(table.getEditingCell().getRow()).isEqualTo(2);
        assertThat(robot.lookup(".table-cell .text-field").queryAs(TextField.class).getText()).isEqualTo("Typed by me");
        assertThat(robot.lookup("#calls-changed-notice").query().isVisible()).isTrue();
        robot.interact(() -> SceneShots.saveIfRequested(table.getScene(), "live-refresh-calls-editing.png"));

        robot.type(KeyCode.ENTER);
        Settle.down();
        Settle.down();
        Settle.down();
        // Both kept: the user's cell over the colleague's row, and the colleague's change elsewhere.
        CallRow row = table.getItems().stream().filter(r -> r.id() == rowId).findFirst().orElseThrow();
        assertThat(row.text(AttachmentColumn.CUSTOMER)).isEqualTo("Typed by me");
        assertThat(row.call().callerId()).isEqualTo("+12025550148");
        assertThat(workbench.callEditing().row(rowId).call().callerId()).isEqualTo("+12025550148");
        assertThat(workbench.callEditing().row(rowId).text(AttachmentColumn.CUSTOMER)).isEqualTo("Typed by me");
        assertThat(table.getItems().get(5).text(AttachmentColumn.CUSTOMER)).isEqualTo("Theirs elsewhere");
        assertThat(robot.lookup("#calls-changed-notice").query().isVisible()).isFalse();
    }
}
