package org.tracebench.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseSummary;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.MainWindow;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.ScreenId;
import org.tracebench.ui.common.UiSettings;

/**
 * Retakes every picture of the user guide (docs/guide/images/) from the real window on a fresh database with
 * the sample cases, walking the tasks the guide describes. Not a test: it runs only when asked for with
 * -Dtracebench.guide.images=DIR, which src/test/scripts/guide-screenshots.sh does. JavaFX draws the pictures
 * itself (Monocle, software rendering), so they come out the same on any machine, with or without a screen.
 */
@ExtendWith(ApplicationExtension.class)
class GuideScreenshots {

    private static final String IMAGES = "tracebench.guide.images";

    @TempDir
    static Path dir;

    private Workbench workbench;
    private MainWindow window;
    private Preferences prefs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        prefs = Preferences.userRoot().node("org/tracebench/guide-shots/" + UUID.randomUUID());
        UiSettings settings = new UiSettings(prefs);
        settings.saveWindow(0, 0, 1280, 820, false);
        window = new MainWindow(workbench, settings);
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        new FxRobot().interact(() -> {
            for (Window open : new ArrayList<>(Window.getWindows())) {
                if (open != stage && open instanceof Stage other) {
                    other.close();
                }
            }
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
        workbench.close();
        prefs.removeNode();
    }

    @Test
    void retakeTheGuidePictures(FxRobot robot) throws Exception {
        String target = System.getProperty(IMAGES);
        Assumptions.assumeTrue(target != null && !target.isBlank(), "only when " + IMAGES + " is given");
        Path images = Files.createDirectories(Path.of(target));

        // First start: the samples load in the background under the welcome note.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.work().runningProperty().get()
                && robot.lookup("#case-table").tryQuery().isPresent()
                && robot.lookup("#case-table").queryAs(TableView.class).getItems().size() == 6);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#welcome").tryQuery().isPresent());
        Settle.down();
        shot(robot, stage.getScene(), images, "welcome.png");
        // The other pictures show the screens as they are used day to day, without the note.
        robot.interact(() -> robot.lookup("#welcome-dismiss").queryButton().fire());
        Settle.down();

        // Paralegal: the PZ/Illum case, its calls, an import with its report, the imports, the export.
        selectCase(robot, "pz-illum-2021");
        shot(robot, stage.getScene(), images, "cases-pz-illum.png");
        robot.interact(() -> window.showScreen(ScreenId.CALLS));
        Settle.down();
        shot(robot, stage.getScene(), images, "calls-pz-illum.png");

        Path changed = Files.createDirectories(dir.resolve(UUID.randomUUID().toString())).resolve("pz-illum-attachment-a-revised.tsv");
        Files.writeString(changed, revisedAttachmentTable(true));
        robot.interact(() -> window.openFile(changed));
        Scene refused = waitForWindow(robot, "#import-report");
        shot(robot, refused, images, "import-report-error.png");
        robot.interact(() -> refused.getWindow().hide());
        Settle.down();
        // The paralegal corrects the row the report named and imports the file again.
        Files.writeString(changed, revisedAttachmentTable(false));
        robot.interact(() -> window.openFile(changed));
        Scene report = waitForWindow(robot, "#import-report");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<org.tracebench.ingest.OnDuplicate> policy =
                (javafx.scene.control.ChoiceBox<org.tracebench.ingest.OnDuplicate>) report.lookup("#on-duplicate");
        robot.interact(() -> policy.setValue(org.tracebench.ingest.OnDuplicate.UPDATE));
        shot(robot, report, images, "import-report.png");
        pressDefault(robot, report);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> rows(robot, "#call-table") == 80);
        Settle.down();

        openLater(robot.lookup("#call-imports").queryAs(Button.class));
        Scene imports = waitForWindow(robot, "#imports-table");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !((TableView<?>) imports.lookup("#imports-table")).getItems().isEmpty());
        robot.interact(() -> ((TableView<?>) imports.lookup("#imports-table")).getSelectionModel().select(0));
        widen(robot, imports, 1100, 420);
        shot(robot, imports, images, "imports.png");
        robot.interact(() -> imports.getWindow().hide());

        openLater(robot.lookup("#call-export-xlsx").queryAs(Button.class));
        Scene columns = waitForWindow(robot, "#export-columns");
        shot(robot, columns, images, "export-columns.png");
        robot.interact(() -> columns.getWindow().hide());
        Settle.down();

        // Attorney: the letter of the PZ/Illum case, its findings and citations; the case's letters and deadlines.
        robot.interact(() -> window.showScreen(ScreenId.LETTERS));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#letter-preview-info").queryAs(Label.class)
                .getText().matches("\\d+ pages.*"));
        Settle.down();
        shot(robot, stage.getScene(), images, "letters-findings.png");
        selectTab(robot, "Citations");
        robot.interact(() -> {
            // The citation library's list, not the list inside the Case box's drop-down.
            for (Node node : stage.getScene().getRoot().lookupAll(".list-view")) {
                javafx.scene.control.ListView<?> list = (javafx.scene.control.ListView<?>) node;
                for (int i = 0; i < list.getItems().size(); i++) {
                    if (list.getItems().get(i) instanceof org.tracebench.letters.Citation citation && citation.key().equals("usc-47-227")) {
                        list.getSelectionModel().select(i);
                        return;
                    }
                }
            }
            throw new AssertionError("no citation usc-47-227 in the library");
        });
        Settle.down();
        shot(robot, stage.getScene(), images, "letters-citations.png");
        selectTab(robot, "Findings");

        robot.interact(() -> window.showScreen(ScreenId.CASES));
        selectCase(robot, "hk-kwaifong-2025");
        selectTab(robot, "Letters & responses");
        // The notice went out a month ago and was never answered: its deadline is overdue.
        openLater(robot.lookup("#record-letter").queryAs(Button.class));
        Scene record = waitForWindow(robot, ".date-picker");
        robot.interact(() -> {
            ((javafx.scene.control.DatePicker) record.lookup(".date-picker")).setValue(java.time.LocalDate.now().minusDays(30));
            for (Node field : record.getRoot().lookupAll(".text-field")) {
                if (field instanceof TextField text && text.getPromptText() != null && text.getPromptText().startsWith("e.g.")) {
                    text.setText("ITG-TF-2025-0611");
                }
            }
        });
        shot(robot, record, images, "record-letter.png");
        pressDefault(robot, record);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> rows(robot, "#notice-table") == 1);
        Settle.down();
        robot.interact(() -> ((TableView<?>) stage.getScene().lookup("#notice-table")).getSelectionModel().select(0));
        Settle.down();
        shot(robot, stage.getScene(), images, "case-letters.png");
        selectTab(robot, "Deadlines");
        shot(robot, stage.getScene(), images, "case-deadlines.png");
        selectTab(robot, "Details");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        Scene dashboard = waitForWindow(robot, "#deadlines-table");
        shot(robot, dashboard, images, "deadlines-dashboard.png");
        robot.interact(() -> dashboard.getWindow().hide());

        // Investigator: the PZ/Illum graph, the carrier's dossier (who handed it traffic, who accepted it).
        selectCase(robot, "pz-illum-2021");
        robot.interact(() -> window.showScreen(ScreenId.GRAPH));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
        Settle.down();
        settleFrames();
        shot(robot, stage.getScene(), images, "graph-pz-illum.png");
        TextField search = robot.lookup("#graph-search").queryAs(TextField.class);
        robot.interact(() -> {
            search.setText("Sample Transit Networks");
            search.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dossier-name").tryQuery()
                .map(n -> ((Label) n).getText().equals("Sample Transit Networks")).orElse(false));
        Settle.down();
        settleFrames();
        shot(robot, stage.getScene(), images, "graph-dossier.png");

        // Investigator and paralegal: a new case of one's own, then a traceback export imported into it.
        robot.interact(() -> window.showScreen(ScreenId.CASES));
        Settle.down();
        openLater(robot.lookup("#new-case").queryAs(Button.class));
        Scene newCase = waitForWindow(robot, "#new-case-title");
        robot.interact(() -> ((TextField) newCase.lookup("#new-case-title")).setText("Example Telecom traceback review (2026)"));
        shot(robot, newCase, images, "new-case.png");
        pressDefault(robot, newCase);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> rows(robot, "#case-table") == 7);
        Settle.down();
        shot(robot, stage.getScene(), images, "cases-new-case.png");
        // The HK KwaiFong export under new traceback numbers: a traceback number is held once in the store.
        Path traceback = Files.createDirectories(dir.resolve(UUID.randomUUID().toString())).resolve("example-telecom-tracebacks.csv");
        Files.writeString(traceback, Files.readString(Path.of("sample-data", "hk-kwaifong-2025-tracebacks.csv")).replace("TB-HK-", "TB-EX-"));
        robot.interact(() -> window.openFile(traceback));
        Scene tracebackReport = waitForWindow(robot, "#import-report");
        shot(robot, tracebackReport, images, "import-traceback.png");
        pressDefault(robot, tracebackReport);
        // The dialog closes before the work it asked for starts: wait for its result, not for a quiet status bar.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> rows(robot, "#call-table") == 14);
        Settle.down();
        shot(robot, stage.getScene(), images, "calls-traceback.png");

        // Everyone: the guide itself, as Help > User guide (F1) shows it.
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);
        Scene guide = waitForWindow(robot, "#guide-scroll");
        shot(robot, guide, images, "user-guide.png");
    }

    /** The sample Attachment A with one violation shortened, two calls of a new customer and, if asked, an unreadable date. */
    private static String revisedAttachmentTable(boolean withMistake) throws IOException {
        List<String> lines = new ArrayList<>(Files.readString(Path.of("sample-data", "pz-illum-2021-attachment-a.tsv")).lines().toList());
        lines.set(1, lines.get(1).replace("47 USC 227(b); 47 CFR 64.1200(a)", "47 USC 227(b)"));
        lines.add("Newco Dialers LLC\tSep 02, 2021 10:00\tSep 01, 2021 09:00 UTC\t\t\tTest Refund Scam\t47 USC 227(b)");
        lines.add("Newco Dialers LLC\tSep 02, 2021 10:00\tSep 01, 2021 09:05 UTC\t\t\tTest Refund Scam\t47 USC 227(b)");
        if (withMistake) {
            lines.add("Newco Dialers LLC\tSep 02, 2021 10:00\tthe first of September\t\t\tTest Refund Scam\t47 USC 227(b)");
        }
        return String.join("\n", lines) + "\n";
    }

    private void selectCase(FxRobot robot, String key) {
        robot.interact(() -> window.showScreen(ScreenId.CASES));
        Settle.down();
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = robot.lookup("#case-table").queryAs(TableView.class);
        robot.interact(() -> {
            CaseSummary wanted = table.getItems().stream().filter(s -> s.caseFile().key().equals(key)).findFirst().orElseThrow();
            table.getSelectionModel().select(wanted);
            table.scrollTo(wanted);
        });
        Settle.down();
    }

    private void selectTab(FxRobot robot, String text) {
        robot.interact(() -> {
            for (Node node : stage.getScene().getRoot().lookupAll(".tab-pane")) {
                TabPane tabs = (TabPane) node;
                for (Tab tab : tabs.getTabs()) {
                    if (tab.getText().equals(text)) {
                        tabs.getSelectionModel().select(tab);
                        return;
                    }
                }
            }
            throw new AssertionError("no tab " + text);
        });
        Settle.down();
    }

    private static int rows(FxRobot robot, String table) {
        return robot.lookup(table).tryQuery().map(node -> ((TableView<?>) node).getItems().size()).orElse(-1);
    }

    /** Presses a button whose dialog waits for its answer, without waiting for that answer here. */
    private static void openLater(Button button) {
        javafx.application.Platform.runLater(button::fire);
    }

    /** Gives a dialog the room a picture needs to show its columns unshortened. */
    private static void widen(FxRobot robot, Scene dialog, double width, double height) {
        robot.interact(() -> {
            dialog.getWindow().setWidth(width);
            dialog.getWindow().setHeight(height);
        });
        Settle.down();
    }

    /** The scene of the showing window (other than the main one) that holds the node of this id. */
    private Scene waitForWindow(FxRobot robot, String id) throws Exception {
        Predicate<Window> holds = w -> w != stage && w.isShowing() && w.getScene() != null && w.getScene().lookup(id) != null;
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Window.getWindows().stream().anyMatch(holds));
        Settle.down();
        return Window.getWindows().stream().filter(holds).findFirst().orElseThrow().getScene();
    }

    /** Presses a dialog's default button (OK, Import…) and waits for the work it starts. */
    private void pressDefault(FxRobot robot, Scene dialog) throws Exception {
        DialogPane pane = (DialogPane) dialog.getRoot();
        Button ok = pane.getButtonTypes().stream().filter(type -> type.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(type -> (Button) pane.lookupButton(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no default button in " + pane.getHeaderText()));
        openLater(ok);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialog.getWindow().isShowing());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !window.work().runningProperty().get());
    }

    /** The graph draws its frames off the JavaFX thread; a few pulses let the last one reach the canvas. */
    private static void settleFrames() {
        for (int i = 0; i < 10; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        Settle.down();
    }

    private static void shot(FxRobot robot, Scene scene, Path images, String name) {
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", images.resolve(name).toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
