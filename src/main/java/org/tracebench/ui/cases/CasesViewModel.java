package org.tracebench.ui.cases;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFact;
import org.tracebench.model.CaseSummary;

/** The case list with its search box, and the facts of the selected case. No controls: testable without a stage. */
public final class CasesViewModel {

    private final Workbench workbench;
    private final ObservableList<CaseSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CaseSummary> visible = new FilteredList<>(all, c -> true);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<CaseSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<CaseFact> facts = FXCollections.observableArrayList();

    public CasesViewModel(Workbench workbench) {
        this.workbench = workbench;
        query.addListener((obs, old, text) -> visible.setPredicate(summary -> matches(summary, text)));
        selected.addListener((obs, old, summary) -> facts.setAll(
                summary == null ? List.of() : workbench.facts().findByCase(summary.caseFile().id())));
    }

    public void reload() {
        long selectedId = selected.get() == null ? -1 : selected.get().caseFile().id();
        all.setAll(workbench.cases().summaries());
        selected.set(all.stream().filter(s -> s.caseFile().id() == selectedId).findFirst().orElse(null));
    }

    static boolean matches(CaseSummary summary, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return contains(summary.caseFile().title(), needle) || contains(summary.targetProviderName(), needle)
                || contains(summary.caseFile().key(), needle) || contains(summary.caseFile().issuingOffice(), needle)
                || contains(summary.caseFile().status().name(), needle) || String.valueOf(summary.caseFile().id()).equals(needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    public ObservableList<CaseSummary> visibleCases() {
        return visible;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<CaseSummary> selectedProperty() {
        return selected;
    }

    public ObservableList<CaseFact> facts() {
        return facts;
    }
}
