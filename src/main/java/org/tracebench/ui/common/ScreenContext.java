package org.tracebench.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.tracebench.app.Workbench;

/**
 * What every screen is given: the services, the shared state, background work (with the runner view models
 * use), the dialogs, settings, navigation.
 */
public record ScreenContext(
        Workbench workbench,
        WorkbenchState state,
        BackgroundWork work,
        UiSettings settings,
        Supplier<Window> owner,
        Consumer<ScreenId> navigate,
        TaskRunner tasks,
        Dialogs dialogs) {

    public ScreenContext {
        // The screens are where the user interface meets the store; from here on it must not be read on
        // the JavaFX thread.
        FxThreadGuard.install(workbench);
    }

    public ScreenContext(Workbench workbench, WorkbenchState state, BackgroundWork work, UiSettings settings,
            Supplier<Window> owner, Consumer<ScreenId> navigate) {
        this(workbench, state, work, settings, owner, navigate, new FxTaskRunner(work), new FxDialogs(settings, owner));
    }

    /**
     * The window's one {@link ChangePoller}, shared by every screen that follows others' changes. On a database
     * file on this computer nobody else can write (the file is locked), so it never looks by itself there.
     */
    public ChangePoller live() {
        return state.live(() -> {
            ChangePoller poller = new ChangePoller(workbench.changes(), tasks,
                    workbench.location().isEmbedded() ? 0 : settings.livePollSeconds());
            // Set the cursor now, so the first look reports what changed after the window opened.
            poller.pollNow();
            return poller;
        });
    }
}
