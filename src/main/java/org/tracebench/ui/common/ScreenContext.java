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
}
