package org.tracebench.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import org.tracebench.model.CaseSummary;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.Settle;
import org.tracebench.ui.common.BackgroundWork;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.FxDialogs;
import org.tracebench.ui.common.FxTaskRunner;
import org.tracebench.ui.common.ScreenContext;
import org.tracebench.ui.common.UiSettings;
import org.tracebench.ui.common.WorkbenchState;

/**
 * Letters for several cases from the Letters screen: two warning letters as DOCX into a chosen folder. Declining
 * the illustrative findings refuses both and writes nothing; allowing them writes both, and a summary window
 * names what was written and refused.
 */
@ExtendWith(ApplicationExtension.class)
class SeveralLettersTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private Preferences prefs;
    private BackgroundWork work;
    private Path folder;

    /** The system's dialogs, but the folder dialog (a native window a test cannot drive) answers with a folder. */
    private record IntoFolder(Dialogs real, Path folder) implements Dialogs {
        @Override
        public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.of(folder);
        }

        @Override
        public boolean confirm(String title, String message) {
            return real.confirm(title, message);
        }

        @Override
        public void error(String header, Throwable error) {
            real.error(header, error);
        }

        @Override
        public void inform(String header, String message) {
            real.inform(header, message);
        }
    }

    @Start
    void start(Stage stage) {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        workbench.samples().load();
        prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
        work = new BackgroundWork();
        WorkbenchState state = new WorkbenchState();
        CaseSummary kwk = workbench.cases().summaries().stream()
                .filter(s -> "warning-kwk-2024".equals(s.caseFile().key())).findFirst().orElseThrow();
        state.selectedCaseProperty().set(kwk);
        folder = dir.resolve(UUID.randomUUID().toString());
        UiSettings settings = new UiSettings(prefs);
        ScreenContext context = new ScreenContext(workbench, state, work, settings, () -> stage, id -> { },
                new FxTaskRunner(work), new IntoFolder(new FxDialogs(settings, () -> stage), folder));
        LettersScreen screen = new LettersScreen(context);
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1200, 760));
        stage.show();
        screen.onShow();
    }

    @BeforeEach
    void settle(FxRobot robot) throws Exception {
        Settle.down();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#finding-mark-downstream").tryQuery().isPresent());
        Settle.down();
    }

    @AfterEach
    void close() throws Exception {
        work.close();
        workbench.close();
        prefs.removeNode();
    }

    private long caseId(String key) {
        return workbench.cases().findByKey(key).orElseThrow().id();
    }

    /** Picks KWK and AKA (the picker ticks all four warning cases), DOCX, and answers the illustrative question. */
    private DialogPane export(FxRobot robot, ButtonType answer) throws Exception {
        // Pressed through the toolkit: on a narrow window the button may sit in the toolbar's overflow menu.
        // At this width the last toolbar buttons fold into its overflow menu, out of the scene graph: take the
        // button from the toolbar's items.
        Button several = robot.lookup(".tool-bar").queryAllAs(javafx.scene.control.ToolBar.class).stream()
                .flatMap(bar -> bar.getItems().stream()).filter(item -> "export-several".equals(item.getId()))
                .map(Button.class::cast).findFirst().orElseThrow();
        javafx.application.Platform.runLater(several::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#several-docx").tryQuery().isPresent());
        for (String key : List.of("warning-inbound-2024", "warning-callvox-2024")) {
            CheckBox box = robot.lookup("#several-case-" + caseId(key)).queryAs(CheckBox.class);
            assertThat(box.isSelected()).isTrue();
            robot.interact(() -> box.setSelected(false));
        }
        robot.clickOn("#several-docx");
        DialogPane picker = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((Button) picker.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .map(p -> "Findings rest on illustrative records".equals(((DialogPane) p).getHeaderText())).orElse(false));
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getContentText()).contains("KWK Communications", "AKA Management").doesNotContain("CallVox");
        robot.clickOn((Button) question.lookupButton(answer));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .map(p -> "Letters for several cases".equals(((DialogPane) p).getHeaderText())).orElse(false));
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void decliningIllustrativeFindingsRefusesThoseLettersAndSaysSo(FxRobot robot) throws Exception {
        DialogPane summary = export(robot, ButtonType.CANCEL);
        assertThat(summary.getContentText()).startsWith("Exported 0 letters to " + folder + "; refused 2")
                .contains("Refused (findings rest on illustrative records)", "Warning letter: KWK Communications, Inc. (2024)",
                        "Warning letter: AKA Management, Inc. (2024)");
        robot.clickOn((Button) summary.lookupButton(ButtonType.OK));
        assertThat(folder).doesNotExist();
        assertThat(workbench.notices().findByCase(caseId("warning-kwk-2024"))).isEmpty();
    }

    @Test
    void allowingThemWritesOneDocxPerCaseSignedByAPerson(FxRobot robot) throws Exception {
        DialogPane summary = export(robot, ButtonType.OK);
        assertThat(summary.getContentText()).startsWith("Exported 2 letters to " + folder)
                .contains("warning-letter-warning-kwk-2024.docx", "warning-letter-warning-aka-2024.docx")
                .doesNotContain("Refused");
        robot.clickOn((Button) summary.lookupButton(ButtonType.OK));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("warning-letter-warning-aka-2024.docx", "warning-letter-warning-kwk-2024.docx");
        }
        try (InputStream in = Files.newInputStream(folder.resolve("warning-letter-warning-aka-2024.docx"));
             XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(text.getText()).contains("Morgan Placeholder", "Jordan Sample", "Assistant Attorney General");
        }
        assertThat(workbench.notices().findByCase(caseId("warning-aka-2024"))).hasSize(1);
        assertThat(workbench.notices().findByCase(caseId("warning-callvox-2024"))).isEmpty();
    }
}
