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
import org.tracebench.cases.ChronologyEntry;
import org.tracebench.cases.DeadlineItem;
import org.tracebench.model.CaseFact;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseResponse;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.Notice;

/**
 * The case list with its search box, and everything of the selected case: notices, responses, deadlines
 * (with how each stands today) and the fact chronology. Edits go through the case editor and reload.
 * No controls: testable without a stage.
 */
public final class CasesViewModel {

    private final Workbench workbench;
    private final ObservableList<CaseSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CaseSummary> visible = new FilteredList<>(all, c -> true);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<CaseSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<CaseFact> facts = FXCollections.observableArrayList();
    private final ObservableList<ChronologyEntry> chronology = FXCollections.observableArrayList();
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final ObservableList<CaseResponse> responses = FXCollections.observableArrayList();
    private final ObservableList<DeadlineItem> deadlines = FXCollections.observableArrayList();

    public CasesViewModel(Workbench workbench) {
        this.workbench = workbench;
        query.addListener((obs, old, text) -> visible.setPredicate(summary -> matches(summary, text)));
        selected.addListener((obs, old, summary) -> loadDetail(summary));
    }

    public void reload() {
        long selectedId = selected.get() == null ? -1 : selected.get().caseFile().id();
        all.setAll(workbench.cases().summaries());
        CaseSummary again = all.stream().filter(s -> s.caseFile().id() == selectedId).findFirst().orElse(null);
        if (again != null && again.equals(selected.get())) {
            loadDetail(again);
        } else {
            selected.set(again);
        }
    }

    /** Reloads after an edit made elsewhere (a dialog, the form), keeping the selection. */
    public void refreshSelected() {
        reload();
    }

    private void loadDetail(CaseSummary summary) {
        if (summary == null) {
            facts.clear();
            chronology.clear();
            notices.clear();
            responses.clear();
            deadlines.clear();
            return;
        }
        long id = summary.caseFile().id();
        List<ChronologyEntry> entries = workbench.casework().chronology().findByCase(id);
        chronology.setAll(entries);
        facts.setAll(entries.stream().map(ChronologyEntry::fact).toList());
        notices.setAll(workbench.notices().findByCase(id));
        responses.setAll(workbench.casework().responses().findByCase(id));
        deadlines.setAll(workbench.casework().dashboard().forCase(id));
    }

    static boolean matches(CaseSummary summary, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return contains(summary.caseFile().title(), needle) || contains(summary.targetProviderName(), needle)
                || contains(summary.caseFile().key(), needle) || contains(summary.caseFile().issuingOffice(), needle)
                || contains(summary.caseFile().status().name().replace('_', ' '), needle)
                || String.valueOf(summary.caseFile().id()).equals(needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    public CaseFile selectedCase() {
        return selected.get() == null ? null : selected.get().caseFile();
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

    public ObservableList<ChronologyEntry> chronology() {
        return chronology;
    }

    public ObservableList<Notice> notices() {
        return notices;
    }

    public ObservableList<CaseResponse> responses() {
        return responses;
    }

    public ObservableList<DeadlineItem> deadlines() {
        return deadlines;
    }

    public Workbench workbench() {
        return workbench;
    }
}
