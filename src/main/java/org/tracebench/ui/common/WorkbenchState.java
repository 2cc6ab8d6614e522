package org.tracebench.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tracebench.model.CaseSummary;

/** What the screens share: the case the user is working on. */
public final class WorkbenchState {

    private final ObjectProperty<CaseSummary> selectedCase = new SimpleObjectProperty<>();

    private final ObjectProperty<Long> selectedProvider = new SimpleObjectProperty<>();

    /** The window's one look at others' changes, made by the first screen that asks (decision 0713). */
    private ChangePoller live;

    ChangePoller live(java.util.function.Supplier<ChangePoller> make) {
        if (live == null) {
            live = make.get();
        }
        return live;
    }

    /** A provider another screen (e.g. search) asks the Providers screen to show; it clears it once shown. */
    public ObjectProperty<Long> selectedProviderProperty() {
        return selectedProvider;
    }

    public ObjectProperty<CaseSummary> selectedCaseProperty() {
        return selectedCase;
    }

    public CaseSummary selectedCase() {
        return selectedCase.get();
    }
}
