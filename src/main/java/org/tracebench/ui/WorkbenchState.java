package org.tracebench.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tracebench.model.CaseSummary;

/** What the screens share: the case the user is working on. */
public final class WorkbenchState {

    private final ObjectProperty<CaseSummary> selectedCase = new SimpleObjectProperty<>();

    public ObjectProperty<CaseSummary> selectedCaseProperty() {
        return selectedCase;
    }

    public CaseSummary selectedCase() {
        return selectedCase.get();
    }
}
