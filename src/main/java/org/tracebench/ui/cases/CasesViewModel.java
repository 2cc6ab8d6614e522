package org.tracebench.ui.cases;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.tracebench.app.Workbench;
import org.tracebench.cases.CaseEditor;
import org.tracebench.cases.ChronologyEntry;
import org.tracebench.cases.DeadlineItem;
import org.tracebench.model.CaseFact;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseResponse;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.Notice;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.InPlace;
import org.tracebench.ui.common.KeptSelection;
import org.tracebench.ui.common.TaskRunner;

/**
 * The case list with its search box, and everything of the selected case: notices, responses, deadlines
 * (with how each stands today) and the fact chronology. Edits and new cases go through the case editor and
 * the list is read again. Every read and write runs through the {@link TaskRunner}; no controls, so it is
 * testable without a stage.
 */
public final class CasesViewModel {

    /** Everything shown of one case, read in one job. */
    private record Detail(List<ChronologyEntry> chronology, List<Notice> notices, List<CaseResponse> responses,
            List<DeadlineItem> deadlines) {
    }

    /** The list as read in one job, with the data version it was read at. */
    private record Listing(long version, List<CaseSummary> summaries, List<Provider> targets) {
    }

    private final Workbench workbench;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final ObservableList<CaseSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CaseSummary> visible = new FilteredList<>(all, c -> true);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<CaseSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<CaseFact> facts = FXCollections.observableArrayList();
    private final ObservableList<ChronologyEntry> chronology = FXCollections.observableArrayList();
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final ObservableList<CaseResponse> responses = FXCollections.observableArrayList();
    private final ObservableList<DeadlineItem> deadlines = FXCollections.observableArrayList();
    private final ObservableList<Provider> providers = FXCollections.observableArrayList();
    /** The store's data version the list was read at; -1 before the first read. */
    private long loadedVersion = -1;
    private long detailLoads;
    private final KeptSelection kept = new KeptSelection();
    /** The case the detail lists were last filled from. */
    private Long detailCaseId;

    public CasesViewModel(Workbench workbench, TaskRunner tasks, Dialogs dialogs) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.dialogs = dialogs;
        query.addListener((obs, old, text) -> visible.setPredicate(summary -> matches(summary, text)));
        selected.addListener((obs, old, summary) -> loadDetail(summary));
    }

    /** Reads the list again, keeping the selection. */
    public void reload() {
        reload(() -> { });
    }

    /** Reads the list again, keeping the selection, then runs {@code then}. */
    public void reload(Runnable then) {
        reloadSelecting(null, then);
    }

    /** Reads the list again only when something was written since it was last read; the selected case's details always. */
    public void reloadIfChanged(Runnable then) {
        if (loadedVersion != workbench.dataVersion()) {
            reload(then);
        } else {
            // How a deadline stands depends on today as well as on the store.
            loadDetail(selected.get());
            then.run();
        }
    }

    /** Reads the list again; selects the case with the given id (null: keep the selection). */
    private void reloadSelecting(Long caseId, Runnable then) {
        tasks.run(() -> {
            // Read the version first: a write landing during the read then makes the next visit read again.
            long version = workbench.dataVersion();
            return new Listing(version, workbench.cases().summaries(), workbench.providers().findAll(PartyKind.PROVIDER));
        }, read -> {
            loadedVersion = read.version();
            List<CaseSummary> summaries = read.summaries();
            providers.setAll(read.targets());
            long wanted = caseId != null ? caseId : selected.get() == null ? -1 : selected.get().caseFile().id();
            InPlace.update(all, summaries, s -> s.caseFile().id());
            CaseSummary again = all.stream().filter(s -> s.caseFile().id() == wanted).findFirst().orElse(null);
            if (again != null && again.equals(selected.get())) {
                loadDetail(again);
            } else {
                selected.set(again);
            }
            then.run();
        }, error -> dialogs.error("The cases could not be read", error));
    }

    /** Reloads after an edit made elsewhere (a dialog, the form), keeping the selection. */
    public void refreshSelected() {
        reload();
    }

    /**
     * Saves a change through the case editor, then reads the list and the selected case again and runs
     * {@code then}. A change that fails is reported and nothing else happens.
     */
    public void edit(String what, Consumer<CaseEditor> change, Runnable then) {
        edit(what, change, then, null);
    }

    /**
     * As {@link #edit(String, Consumer, Runnable)}; a save refused because someone else saved the same record
     * in between goes to {@code onConflict} (the form asks the user) instead of an error message.
     */
    public void edit(String what, Consumer<CaseEditor> change, Runnable then,
                     Consumer<org.tracebench.model.EditConflict<?>> onConflict) {
        tasks.run(() -> {
            change.accept(workbench.casework().editor());
            return true;
        }, done -> reload(then), error -> {
            if (error instanceof org.tracebench.model.EditConflictException conflict && onConflict != null) {
                onConflict.accept(conflict.conflict());
            } else {
                dialogs.error(what + " could not be saved", error);
            }
        });
    }

    /** A save of an edit made from a record as read: {@code (editor, base, edited)}. */
    public interface SaveOver<T> {
        void save(CaseEditor editor, T base, T edited);
    }

    /**
     * Saves {@code edited}, made from {@code base}; when someone else saved the record in between, the user
     * decides field by field and the choice is saved over the version they have now seen (asked again if that
     * too has moved on). Taking the other version, or cancelling, saves nothing and reads the case again.
     */
    @SuppressWarnings("unchecked")
    public <T extends Record> void saveOver(String what, T base, T edited, SaveOver<T> save, Runnable then) {
        edit(what, editor -> save.save(editor, base, edited), then, conflict -> {
            org.tracebench.model.EditConflict<T> refused = (org.tracebench.model.EditConflict<T>) conflict;
            if (refused.fieldsToDecide().isEmpty()) {
                reload(then);
                return;
            }
            dialogs.resolveConflict(conflict).filter(org.tracebench.ui.common.ConflictDialog.Decision::save)
                    .ifPresentOrElse(decision -> saveOver(what, refused.theirs(), refused.merged(decision.keepMine()), save, then),
                            () -> reload(then));
        });
    }

    /** A delete of a record as the user saw it: {@code (editor, seen)}. */
    public interface DeleteSeen<T> {
        void delete(CaseEditor editor, T seen);
    }

    /**
     * Deletes {@code seen}, the record as the user saw it (decision 0709). When someone else changed it since,
     * the user sees their version and deletes it anyway (over that version, asked again if it moves on) or keeps
     * it; when someone else deleted it already, the user is told so. The case is read again either way.
     */
    @SuppressWarnings("unchecked")
    public <T extends Record> void deleteSeen(String what, T seen, DeleteSeen<T> delete, Runnable then) {
        tasks.run(() -> {
            delete.delete(workbench.casework().editor(), seen);
            return true;
        }, done -> reload(then), error -> {
            if (error instanceof org.tracebench.model.DeleteConflictException refused) {
                T theirs = (T) refused.conflict().theirs();
                if (dialogs.deleteAnyway(refused.conflict())) {
                    deleteSeen(what, theirs, delete, then);
                } else {
                    reload(then);
                }
            } else if (error instanceof org.tracebench.model.AlreadyDeletedException gone) {
                dialogs.inform("Already deleted", gone.getMessage() + "; the case is shown as it is now.");
                reload(then);
            } else {
                dialogs.error(what + " could not be deleted", error);
            }
        });
    }

    /** Opens a new case from the draft, clears the search and selects the new case. */
    public void create(CaseFile draft, Consumer<CaseFile> then) {
        tasks.run(() -> workbench.casework().editor().create(draft), created -> {
            query.set("");
            reloadSelecting(created.id(), () -> then.accept(created));
        }, error -> dialogs.error("The case could not be opened", error));
    }

    /** Reads something more of the store for a dialog or a chart, off the user interface thread. */
    public <T> void read(Function<Workbench, T> what, Consumer<T> then) {
        tasks.run(() -> what.apply(workbench), then, error -> dialogs.error("The case could not be read", error));
    }

    private void loadDetail(CaseSummary summary) {
        long load = ++detailLoads;
        if (summary == null) {
            detailCaseId = null;
            facts.clear();
            chronology.clear();
            notices.clear();
            responses.clear();
            deadlines.clear();
            return;
        }
        long id = summary.caseFile().id();
        tasks.run(() -> new Detail(workbench.casework().chronology().findByCase(id), workbench.notices().findByCase(id),
                workbench.casework().responses().findByCase(id), workbench.casework().dashboard().forCase(id)), detail -> {
                    if (load != detailLoads) {
                        return;
                    }
                    if (detailCaseId != null && detailCaseId == id) {
                        // The same case read again (someone saved): the panes keep selection and scroll.
                        kept.around(() -> {
                            InPlace.update(chronology, detail.chronology(), e -> e.fact().id());
                            InPlace.update(facts, detail.chronology().stream().map(ChronologyEntry::fact).toList(), CaseFact::id);
                            InPlace.update(notices, detail.notices(), Notice::id);
                            InPlace.update(responses, detail.responses(), CaseResponse::id);
                            InPlace.update(deadlines, detail.deadlines(), d -> d.deadline().id());
                        });
                    } else {
                        chronology.setAll(detail.chronology());
                        facts.setAll(detail.chronology().stream().map(ChronologyEntry::fact).toList());
                        notices.setAll(detail.notices());
                        responses.setAll(detail.responses());
                        deadlines.setAll(detail.deadlines());
                    }
                    detailCaseId = id;
                }, error -> dialogs.error("The case could not be read", error));
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

    /** Selects the case with this id if it is in the list. */
    public void select(long caseId) {
        all.stream().filter(s -> s.caseFile().id() == caseId).findFirst().ifPresent(selected::set);
    }

    public ObservableList<CaseSummary> visibleCases() {
        return visible;
    }

    /** The keys already used, which a new case may not take. */
    public Set<String> takenKeys() {
        return all.stream().map(s -> s.caseFile().key()).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** The key a new case's title proposes, by the cases service's one rule (no store access). */
    public String proposeKey(String title) {
        return workbench.casework().keys().propose(title);
    }

    /** The providers a case may target, as of the last read. */
    public ObservableList<Provider> providers() {
        return providers;
    }

    /** The panes' tables join it, to keep their selection when the open case is read again. */
    public KeptSelection keptSelection() {
        return kept;
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

    /** The clock the cases are dated by (no store access). */
    public java.time.Clock clock() {
        return workbench.casework().clock();
    }
}
