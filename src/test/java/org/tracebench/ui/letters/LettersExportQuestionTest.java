package org.tracebench.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
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
import org.tracebench.model.CaseSummary;
import org.tracebench.model.Notice;
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
 * The Letters screen on a sample warning letter whose findings rest on illustrative records: the finding cards
 * carry the mark and their sources, and Export PDF asks in a real confirmation window; yes writes the letter and
 * its notice records the allowed findings, no writes and records nothing.
 */
@ExtendWith(ApplicationExtension.class)
class LettersExportQuestionTest {

    @TempDir
    static Path dir;

    private Workbench workbench;
    private Preferences prefs;
    private BackgroundWork work;
    private long caseId;
    private Path out;

    /** The system's dialogs, but the save dialog (a native window a test cannot drive) answers with a path. */
    private record SavingTo(Dialogs real, Path path) implements Dialogs {
        @Override
        public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, List<FileType> types) {
            return Optional.of(path);
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
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
        caseId = kwk.caseFile().id();
        state.selectedCaseProperty().set(kwk);
        out = dir.resolve(UUID.randomUUID() + ".pdf");
        UiSettings settings = new UiSettings(prefs);
        ScreenContext context = new ScreenContext(workbench, state, work, settings, () -> stage, id -> { },
                new FxTaskRunner(work), new SavingTo(new FxDialogs(settings, () -> stage), out));
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

    @Test
    void thePreviewSaysHowManyPrintedFindingsAreMarked(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#letter-preview-info").queryAs(Label.class)
                .getText().contains("pages"));
        assertThat(robot.lookup("#letter-preview-info").queryAs(Label.class).getText())
                .endsWith("· ⚠ 3 findings not to be stated as fact (see the Findings tab)");
    }

    @Test
    void theFindingCardShowsTheMarkAndItsSources(FxRobot robot) {
        Label mark = robot.lookup("#finding-mark-downstream").queryAs(Label.class);
        assertThat(mark.isVisible()).isTrue();
        assertThat(mark.getText()).startsWith("⚠ Not to be stated as fact without your approval")
                .contains("names provider marked illustrative (Sample Wholesale Routes)");
        TitledPane sources = robot.lookup("#finding-sources-downstream").queryAs(TitledPane.class);
        assertThat(sources.isExpanded()).isFalse();
        assertThat(sources.getText()).startsWith("Sources: ").endsWith(", 0 files, 1 other");
        robot.clickOn(sources.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sources.isExpanded()).isTrue();
        assertThat(robot.from(sources).lookup((Label l) -> l.getText().contains("loaded with the sample data")).tryQuery())
                .isPresent();
        // The PZ/Illum-like findings without illustrative records carry no mark: the origination finding is absent
        // here, and no card but the marked ones has a mark.
        assertThat(robot.lookup(n -> n.getId() != null && n.getId().startsWith("finding-mark-")).queryAll())
                .allSatisfy(n -> assertThat(((Label) n).getText()).contains("marked illustrative"));
    }

    private DialogPane question(FxRobot robot) throws Exception {
        robot.clickOn("#export-pdf");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Findings rest on illustrative records");
        assertThat(pane.getContentText()).contains("Sample Wholesale Routes");
        return pane;
    }

    @Test
    void yesWritesTheLetterAndTheNoticeRecordsTheAllowedFindings(FxRobot robot) throws Exception {
        DialogPane pane = question(robot);
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !workbench.notices().findByCase(caseId).isEmpty());
        Settle.down();
        assertThat(out).isNotEmptyFile();
        Notice notice = workbench.notices().findByCase(caseId).get(0);
        assertThat(notice.illustrativeAllowed()).isTrue();
        assertThat(notice.illustrativeFindings()).isPositive();
        assertThat(notice.illustrativeNote()).contains("Sample Wholesale Routes");
        assertThat(notice.sources()).isNotEmpty();
    }

    @Test
    void noWritesNothingAndRecordsNothing(FxRobot robot) throws Exception {
        DialogPane pane = question(robot);
        robot.clickOn((Button) pane.lookupButton(ButtonType.CANCEL));
        Settle.down();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(Files.exists(out)).isFalse();
        assertThat(workbench.notices().findByCase(caseId)).isEmpty();
    }
}
