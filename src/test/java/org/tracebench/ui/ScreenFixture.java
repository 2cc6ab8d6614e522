package org.tracebench.ui;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseSummary;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.common.BackgroundWork;
import org.tracebench.ui.common.Screen;
import org.tracebench.ui.common.ScreenContext;
import org.tracebench.ui.common.UiSettings;
import org.tracebench.ui.common.WorkbenchState;

/**
 * One user's screen under test: a database of its own holding the sample cases, settings of its own (so tests never
 * see each other's remembered choices), the window's background work and state. Closed after each test.
 */
public final class ScreenFixture implements AutoCloseable {

    private final Workbench workbench;
    private final Preferences prefs;
    private final BackgroundWork work = new BackgroundWork();
    private final WorkbenchState state = new WorkbenchState();

    private ScreenFixture(Workbench workbench) {
        this.workbench = workbench;
        this.prefs = Preferences.userRoot().node("org/tracebench/test/" + UUID.randomUUID());
    }

    /** A fresh database in a folder of its own below {@code dir}, with the sample cases loaded. */
    public static ScreenFixture withSamples(Path dir) {
        Workbench workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve(UUID.randomUUID().toString())));
        workbench.samples().load();
        return new ScreenFixture(workbench);
    }

    public Workbench workbench() {
        return workbench;
    }

    public WorkbenchState state() {
        return state;
    }

    /** The sample case with this key as the case list shows it. */
    public CaseSummary sampleCase(String key) {
        return workbench.cases().summaries().stream().filter(s -> key.equals(s.caseFile().key())).findFirst().orElseThrow();
    }

    /** Makes the sample case with this key the window's chosen case. */
    public CaseSummary choose(String key) {
        CaseSummary summary = sampleCase(key);
        state.selectedCaseProperty().set(summary);
        return summary;
    }

    public ScreenContext context(Stage stage) {
        return new ScreenContext(workbench, state, work, new UiSettings(prefs), () -> stage, id -> { });
    }

    /** Shows the screen alone in the stage at this size, as the window does when it is chosen. */
    public <S extends Screen> S show(Stage stage, S screen, double width, double height) {
        stage.setScene(new Scene((Parent) screen.view(), width, height));
        stage.show();
        screen.onShow();
        return screen;
    }

    @Override
    public void close() throws BackingStoreException {
        work.close();
        workbench.close();
        prefs.removeNode();
    }
}
