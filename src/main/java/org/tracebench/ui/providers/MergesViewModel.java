package org.tracebench.ui.providers;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.ProviderMerges;
import org.tracebench.ingest.ProviderMerges.Merge;
import org.tracebench.model.Provider;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.TaskRunner;

/**
 * The provider merges of the Providers screen: the recorded merges with their undoing, and merging the selected
 * provider into another one picked from a searchable list. Refusals come back as {@link Refused} with a sentence
 * for the user. No controls: testable without a stage. The dialogs read and write through the {@link TaskRunner}
 * with the methods that take callbacks; the ones that return do the work on the calling thread, for those jobs and
 * for tests.
 */
public final class MergesViewModel {

    /** Why a merge or an undo was not done, worded for the user. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** One recorded merge as the dialog lists it. */
    public record Row(Merge merge, String into, String splitInto) {
        public String state() {
            return merge.undone() ? "Undone " + WHEN.format(merge.undoneAt())
                    + (splitInto == null ? "" : " (now \"" + splitInto + "\")") : "";
        }

        /** The whole story of the merge, for the line under the list. */
        public String detail() {
            return "Why: " + merge.reason() + (merge.reason().endsWith(".") ? "" : ".")
                    + (merge.undone() ? " " + state() + "." : "");
        }
    }

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final int LISTED = 1000;

    private final Workbench workbench;
    private final ProviderMerges merges;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObservableList<Provider> candidates = FXCollections.observableArrayList();
    private final FilteredList<Provider> targets = new FilteredList<>(candidates, p -> true);
    private final StringProperty targetQuery = new SimpleStringProperty("");
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    /** Counts target lists asked for, so a list for a source the user has moved on from is dropped. */
    private long targetLists;

    public MergesViewModel(Workbench workbench, TaskRunner tasks, Dialogs dialogs) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.dialogs = dialogs;
        // The audit log names the same person as the rest of the window's changes.
        this.merges = workbench.providerMerges();
        targetQuery.addListener((obs, old, text) -> targets.setPredicate(p -> ProvidersViewModel.matches(p, text)));
    }

    /** The newest merges first, each with the party it went into and, once undone, the party it became again. */
    public void reload() {
        reload(() -> { });
    }

    /** Like {@link #reload()}; {@code then} runs once the rows are shown. */
    public void reload(Runnable then) {
        tasks.run(this::readRows, read -> {
            Long selectedId = selected.get() == null ? null : selected.get().merge().id();
            rows.setAll(read);
            selected.set(rows.stream().filter(r -> selectedId != null && r.merge().id() == selectedId).findFirst().orElse(null));
            then.run();
        }, error -> dialogs.error("The merges could not be read", error));
    }

    private List<Row> readRows() {
        Map<Long, String> names = workbench.providers().findAll().stream()
                .collect(Collectors.toMap(Provider::id, Provider::name, (a, b) -> a));
        return merges.latest(LISTED).stream().map(m -> new Row(m, names.getOrDefault(m.targetProviderId(), "?"),
                m.splitProviderId() == null ? null : names.get(m.splitProviderId()))).toList();
    }

    /** Reads the question asked before undoing (it names the whole hand merge) and hands it to {@code ask}. */
    public void undoQuestion(Row row, Consumer<String> ask, Consumer<Refused> refused) {
        try {
            checkUndoable(row);
        } catch (Refused e) {
            refused.accept(e);
            return;
        }
        tasks.run(() -> undoQuestion(row), ask, error -> failed("The merge could not be read", error, refused));
    }

    /** Undoes the merge of the row, then reads the rows again; {@code restored} gets the provider back. */
    public void undo(Row row, Consumer<Provider> restored, Consumer<Refused> refused) {
        tasks.run(() -> undoing(row), provider -> reload(() -> restored.accept(provider)), error -> {
            reload();
            failed("The merge could not be undone", error, refused);
        });
    }

    /** Merges {@code source} into {@code target}; {@code merged} gets the target with its new aliases. */
    public void merge(Provider source, Provider target, Consumer<Provider> merged, Consumer<Refused> refused) {
        tasks.run(() -> merge(source, target), merged, error -> failed("The providers could not be merged", error, refused));
    }

    private void failed(String what, Throwable error, Consumer<Refused> refused) {
        if (error instanceof Refused e) {
            refused.accept(e);
        } else {
            dialogs.error(what, error);
        }
    }

    /** The question asked before undoing: names every spelling that goes back and the party it leaves. */
    public String undoQuestion(Row row) {
        checkUndoable(row);
        List<Merge> group = merges.group(row.merge().id());
        String first = group.get(0).spelling();
        String others = group.size() == 1 ? "" : (group.size() == 2 ? " with its other spelling " : " with its other spellings ")
                + group.subList(1, group.size()).stream().map(m -> "\"" + m.spelling() + "\"").collect(Collectors.joining(", "));
        return "\"" + first + "\"" + others + " will leave \"" + row.into() + "\" and become a provider of its own again, "
                + "taking back the hops and named customers written with " + (group.size() == 1 ? "that spelling." : "those spellings.");
    }

    /** Undoes the merge of the row (the whole hand merge it was part of); returns the provider restored. */
    public Provider undo(Row row) {
        try {
            return undoing(row);
        } finally {
            reload();
        }
    }

    private Provider undoing(Row row) {
        checkUndoable(row);
        try {
            return merges.undoGroup(row.merge().id());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new Refused(sentence(e.getMessage()));
        }
    }

    private void checkUndoable(Row row) {
        if (row == null) {
            throw new Refused("Select a merge to undo.");
        }
        if (row.merge().undone()) {
            throw new Refused("The merge of \"" + row.merge().spelling() + "\" was already undone on "
                    + WHEN.format(row.merge().undoneAt()) + ".");
        }
    }

    /** Fills the searchable list of providers {@code source} can be merged into: every other party. */
    public void chooseTargetFor(Provider source) {
        long list = ++targetLists;
        candidates.clear();
        targetQuery.set("");
        targets.setPredicate(p -> true);
        tasks.run(() -> workbench.providers().findAll().stream().filter(p -> source == null || p.id() != source.id()).toList(),
                read -> {
                    if (list == targetLists) {
                        candidates.setAll(read);
                    }
                }, error -> dialogs.error("The providers could not be read", error));
    }

    /** The question asked before merging. */
    public String mergeQuestion(Provider source, Provider target) {
        checkMergeable(source, target);
        List<String> spellings = new java.util.ArrayList<>(List.of(source.name()));
        spellings.addAll(source.aliases());
        String lost = java.util.stream.Stream.of(
                        source.frn() == null ? null : "FRN " + source.frn(),
                        source.rmdNumber() == null ? null : "RMD number " + source.rmdNumber())
                .filter(x -> x != null).collect(Collectors.joining(" and "));
        return "\"" + source.name() + "\" will be removed and its spellings ("
                + spellings.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", ")) + ") become aliases of \""
                + target.name() + "\". Its hops, named customers, cases, enforcement history and RMD filings move over."
                + (lost.isEmpty() ? "" : " Its " + lost + " and contact details are not kept.")
                + "\n\nUndoing the merge (Merges…) brings back \"" + source.name() + "\" with its spellings, hops and named "
                + "customers; cases, enforcement history and RMD filings stay with \"" + target.name() + "\".";
    }

    /** Merges {@code source} into {@code target}; returns the target with its new aliases. */
    public Provider merge(Provider source, Provider target) {
        checkMergeable(source, target);
        try {
            return merges.merge(source.id(), target.id());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new Refused(sentence(e.getMessage()));
        }
    }

    private static void checkMergeable(Provider source, Provider target) {
        if (source == null) {
            throw new Refused("Select the provider to merge first.");
        }
        if (target == null) {
            throw new Refused("Pick the provider to merge \"" + source.name() + "\" into.");
        }
        if (source.id() == target.id()) {
            throw new Refused("\"" + source.name() + "\" cannot be merged into itself: pick another provider.");
        }
    }

    /** Service messages start in lower case and have no full stop: make them a sentence. */
    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "The database refused the change.";
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ObservableList<Provider> targets() {
        return targets;
    }

    public StringProperty targetQueryProperty() {
        return targetQuery;
    }

}
