package org.tracebench.ui;

import java.util.function.Consumer;
import javafx.stage.Window;
import org.tracebench.app.Workbench;

/** What every screen is given: the services, the shared state, background work, settings, navigation. */
public record ScreenContext(
        Workbench workbench,
        WorkbenchState state,
        BackgroundWork work,
        UiSettings settings,
        java.util.function.Supplier<Window> owner,
        Consumer<ScreenId> navigate) {
}
