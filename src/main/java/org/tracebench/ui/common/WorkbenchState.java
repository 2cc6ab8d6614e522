package org.tracebench.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tracebench.model.CaseSummary;

/** What the screens share: the case the user is working on. */
public final class WorkbenchState {

    private final ObjectProperty<CaseSummary> selectedCase = new SimpleObjectProperty<>();

    private final ObjectProperty<Long> selectedProvider = new SimpleObjectProperty<>();

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
