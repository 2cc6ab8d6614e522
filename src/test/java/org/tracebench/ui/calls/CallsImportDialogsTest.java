package org.tracebench.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.OnDuplicate;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.TracedCall;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.SceneShots;
import org.tracebench.ui.ScriptedDialogs;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.BackgroundWork;
import org.tracebench.ui.common.FxTaskRunner;
import org.tracebench.ui.common.ScreenContext;
import org.tracebench.ui.common.UiSettings;
import org.tracebench.ui.common.WorkbenchState;

/**
 * Issue 11 in the window, on the sample PZ/Illum case (78 calls): the report's duplicate choice (the same
 * Attachment A again is 78 identical and skipped; a copy with 3 changed and 2 new rows updates exactly
 * those), undoing that import from the Imports dialog, and the mapping step with values, remembered.
 */
@ExtendWith(ApplicationExtension.class)
class CallsImportDialogsTest {

    private static final String FULL = "47 USC 227(b); 47 CFR 64.1200(a)";

    @TempDir
    static Path dir;

    private Workbench workbench;
    private CallsScreen screen;
    private BackgroundWork work;
    private Preferences prefs;
    private CaseFile pz;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        workbench.samples().load();
        pz = workbench.cases().findByIdOrKey("pz-illum-2021").orElseThrow();
        prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
        WorkbenchState state = new WorkbenchState();
        work = new BackgroundWork();
        ScreenContext context = new ScreenContext(workbench, state, work, new UiSettings(prefs), () -> stage, id -> { },
                new FxTaskRunner(work), dialogs);
        screen = new CallsScreen(context);
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1200, 700));
        stage.show();
        state.selectedCaseProperty().set(new CaseSummary(pz, "PZ/Illum", 78));
    }

    @AfterEach
    void close() throws Exception {
        new FxRobot().interact(() -> {
            for (Window window : new ArrayList<>(Window.getWindows())) {
                if (window != screen.view().getScene().getWindow() && window instanceof Stage stage) {
                    stage.close();
                }
            }
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !work.runningProperty().get());
        workbench.close();
        prefs.removeNode();
    }

    private Path file(String name, String text) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(UUID.randomUUID().toString()));
        return Files.writeString(folder.resolve(name), text);
    }

    private static String sampleTable() throws Exception {
        return Files.readString(Path.of("sample-data", "pz-illum-2021-attachment-a.tsv"));
    }

    /** The sample table with the violation of data rows 1, 11 and 21 shortened and two calls of a new customer added. */
    private static String changedCopy() throws Exception {
        List<String> lines = new ArrayList<>(sampleTable().lines().toList());
        int data = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (data == 0 || data == 10 || data == 20) {
                lines.set(i, lines.get(i).replace(FULL, "47 USC 227(b)"));
            }
            data++;
        }
        lines.add("Newco Dialers LLC\tSep 02, 2021 10:00\tSep 01, 2021 09:00 UTC\t\t\tTest Refund Scam\t47 USC 227(b)");
        lines.add("Newco Dialers LLC\tSep 02, 2021 10:00\tSep 01, 2021 09:05 UTC\t\t\tTest Refund Scam\t47 USC 227(b)");
        return String.join("\n", lines) + "\n";
    }

    private DialogPane waitForDialog(FxRobot robot, String contentId) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane")
                .match((DialogPane p) -> p.lookup(contentId) != null && p.getScene() != null && p.getScene().getWindow().isShowing())
                .tryQuery().isPresent());
        return robot.lookup(".dialog-pane").match((DialogPane p) -> p.lookup(contentId) != null
                && p.getScene().getWindow().isShowing()).queryAs(DialogPane.class);
    }

    /** A label's text, no-break spaces read as spaces. */
    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText().replace('\u00A0', ' ');
    }

    /** Presses a dialog's button and waits for the import it starts, and the table's reload, to finish. */
    private void pressAndSettle(FxRobot robot, DialogPane pane, Node button) throws Exception {
        Window window = pane.getScene().getWindow();
        robot.clickOn(button);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.isShowing());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !work.runningProperty().get());
        Settle.down();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private List<TracedCall> calls() {
        return workbench.calls().findByCase(pz.id());
    }

    @Test
    void theDuplicateChoiceSkipsTheSameTableAndUpdatesExactlyTheChangedRowsWhichTheImportsDialogUndoes(FxRobot robot)
            throws Exception {
        TableView<?> callTable = table(robot, "#call-table");
        assertThat(callTable.getItems()).hasSize(78);
        List<TracedCall> before = calls();

        // The same Attachment A again: 78 identical; skip (the default) writes nothing.
        Path same = file("pz-illum-2021-attachment-a.tsv", sampleTable());
        robot.interact(() -> screen.importFile(same));
        DialogPane report = waitForDialog(robot, "#import-report");
        assertThat(text(robot, "#count-read")).isEqualTo("78");
        assertThat(text(robot, "#count-identical")).isEqualTo("78");
        assertThat(text(robot, "#count-new")).isEqualTo("0");
        assertThat(text(robot, "#count-changed")).isEqualTo("0");
        assertThat(text(robot, "#count-errors")).isEqualTo("0");
        assertThat(table(robot, "#report-duplicates").getItems()).hasSize(78);
        ChoiceBox<?> policy = robot.lookup("#on-duplicate").queryAs(ChoiceBox.class);
        assertThat(policy.getValue()).isEqualTo(OnDuplicate.SKIP);
        pressAndSettle(robot, report, buttonLabelled(report, "Import 0 calls"));
        assertThat(calls()).hasSize(78);
        assertThat(callTable.getItems()).hasSize(78);

        // A copy with 3 changed and 2 new rows: counted so, the differences listed; update changes exactly those 3.
        Path changed = file("pz-illum-changed.tsv", changedCopy());
        robot.interact(() -> screen.importFile(changed));
        report = waitForDialog(robot, "#import-report");
        assertThat(text(robot, "#count-new")).isEqualTo("2");
        assertThat(text(robot, "#count-changed")).isEqualTo("3");
        assertThat(text(robot, "#count-identical")).isEqualTo("75");
        TableView<ImportReportViewModel.Line> duplicates = table(robot, "#report-duplicates");
        robot.interact(() -> robot.lookup("#filter-duplicates").queryAs(javafx.scene.control.TextField.class).setText("changed"));
        assertThat(duplicates.getItems()).extracting(ImportReportViewModel.Line::column, ImportReportViewModel.Line::value,
                ImportReportViewModel.Line::detail).containsOnly(tuple("Violation", "47 USC 227(b)", FULL)).hasSize(3);
        assertThat(buttonLabelled(report, "Import 2 calls")).isNotNull();
        @SuppressWarnings("unchecked")
        ChoiceBox<OnDuplicate> choice = robot.lookup("#on-duplicate").queryAs(ChoiceBox.class);
        robot.interact(() -> choice.setValue(OnDuplicate.UPDATE));
        robot.interact(() -> SceneShots.saveIfRequested(choice.getScene(), "import-report.png"));
        pressAndSettle(robot, report, buttonLabelled(report, "Import 2 calls, update 3"));

        List<TracedCall> after = calls();
        assertThat(after).hasSize(80);
        assertThat(callTable.getItems()).hasSize(80);
        assertThat(after.stream().filter(c -> "47 USC 227(b)".equals(c.violation()) && !"Newco Dialers LLC".equals(c.customerAsWritten())))
                .hasSize(3);
        List<Long> changedIds = after.stream().filter(c -> "47 USC 227(b)".equals(c.violation())
                && !"Newco Dialers LLC".equals(c.customerAsWritten())).map(TracedCall::id).toList();
        for (TracedCall old : before) {
            TracedCall now = after.stream().filter(c -> c.id() == old.id()).findFirst().orElseThrow();
            if (!changedIds.contains(old.id())) {
                assertThat(now).isEqualTo(old);
            }
        }
        assertThat(after.stream().filter(c -> "Newco Dialers LLC".equals(c.customerAsWritten()))).hasSize(2);

        // Undo that import from the Imports dialog: the 2 new calls go, the 3 changed get their values back.
        robot.clickOn(callTable);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.I).release(KeyCode.SHIFT, KeyCode.CONTROL);
        Settle.down();
        ImportsDialog imports = screen.lastImports();
        assertThat(imports.table().getItems().get(0).rowsUpdated()).isEqualTo(3);
        robot.interact(() -> imports.table().getSelectionModel().select(0));
        dialogs.confirmNext(true);
        robot.clickOn("#imports-undo");
        Settle.down();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(calls()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(callTable.getItems()).hasSize(78);
        robot.interact(imports::close);
    }

    @Test
    void theMappingStepShowsValuesAndOffersAConfirmedMappingAgain(FxRobot robot) throws Exception {
        String rows = "Acme Dialers LLC,2021-09-01 10:00,+1 202 555 0100,callback please\n"
                + "Beta Voice Inc,2021-09-01 11:00,+1 202 555 0101,\n";
        Path leads = file("leads.csv", "Originator,Date of Call,Caller ID,Notes\n" + rows);
        robot.interact(() -> screen.importFile(leads));
        DialogPane mapping = waitForDialog(robot, "#mapping-grid");
        assertThat(text(robot, "#map-header-0")).isEqualTo("Originator");
        assertThat(text(robot, "#map-values-0")).contains("Acme Dialers LLC").contains("Beta Voice Inc");
        assertThat(text(robot, "#map-values-1")).contains("2021-09-01 10:00");
        assertThat(text(robot, "#map-values-3")).contains("callback please");
        @SuppressWarnings("unchecked")
        ChoiceBox<String> originator = robot.lookup("#map-0").queryAs(ChoiceBox.class);
        assertThat(originator.getValue()).isEqualTo("(ignore)");
        assertThat(robot.lookup("#map-1").queryAs(ChoiceBox.class).getValue()).isEqualTo("Date of Call");
        assertThat(text(robot, "#mapping-problem")).contains("Customer");
        Button proceed = buttonLabelled(mapping, "Continue");
        assertThat(proceed.isDisabled()).isTrue();

        robot.interact(() -> originator.setValue("Customer"));
        assertThat(proceed.isDisabled()).isFalse();
        robot.interact(() -> SceneShots.saveIfRequested(mapping.getScene(), "import-mapping.png"));
        robot.clickOn(proceed);
        DialogPane report = waitForDialog(robot, "#import-report");
        assertThat(text(robot, "#count-new")).isEqualTo("2");
        assertThat(text(robot, "#count-errors")).isEqualTo("0");
        pressAndSettle(robot, report, buttonLabelled(report, "Import 2 calls"));
        assertThat(calls()).hasSize(80).extracting(TracedCall::customerAsWritten).contains("Acme Dialers LLC", "Beta Voice Inc");

        // The same headers again, other order and case: the step comes pre-filled with the confirmed choice.
        Path more = file("more-leads.csv", "NOTES,originator,Date of Call,Caller ID\n,Gamma Calls,2021-09-02 10:00,+1 202 555 0102\n");
        robot.interact(() -> screen.importFile(more));
        DialogPane again = waitForDialog(robot, "#mapping-grid");
        assertThat(again.getHeaderText()).contains("Pre-filled with the mapping confirmed for these headers");
        assertThat(text(robot, "#map-header-1")).isEqualTo("originator");
        assertThat(robot.lookup("#map-1").queryAs(ChoiceBox.class).getValue()).isEqualTo("Customer");
        assertThat(robot.lookup("#map-0").queryAs(ChoiceBox.class).getValue()).isEqualTo("(ignore)");
        assertThat(buttonLabelled(again, "Continue").isDisabled()).isFalse();
        Window window = again.getScene().getWindow();
        robot.clickOn(again.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.isShowing());
        assertThat(calls()).hasSize(80);
    }

    private static Button buttonLabelled(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().map(pane::lookupButton).filter(b -> b instanceof Button button
                && text.equals(button.getText())).map(Button.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no button \"" + text + "\" in " + pane.getButtonTypes().stream()
                        .map(t -> ((Button) pane.lookupButton(t)).getText()).toList()));
    }
}
