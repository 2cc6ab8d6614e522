package org.tracebench.ui.calls;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracebench.ingest.ImportBatches;
import org.tracebench.model.ImportBatch;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.TaskRunner;

/**
 * The imports of the case shown on the Calls screen, and undoing one whole: the list is read and the undo
 * made through the {@link TaskRunner}; the user is asked first, and asked again, naming them, when calls
 * of the import were edited by hand after it (the undo then goes ahead only if they agree: forced).
 */
public final class ImportsViewModel {

    /** How many hand edits the second question names before it says "and N more". */
    static final int EDITS_NAMED = 10;

    private final ImportBatches imports;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Executor later;
    private final Runnable afterUndo;
    private final ObservableList<ImportBatch> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ImportBatch> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Long caseId;
    private long loads;

    /**
     * @param later runs a question after the callback that leads to it has returned (in the window
     *              {@code Platform::runLater}, so a question waiting for the user is not counted as work in
     *              flight; in tests {@code Runnable::run})
     * @param afterUndo called on the user interface thread once an import was undone (the Calls table reloads)
     */
    public ImportsViewModel(ImportBatches imports, TaskRunner tasks, Dialogs dialogs, Executor later, Runnable afterUndo) {
        this.imports = imports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.later = later;
        this.afterUndo = afterUndo;
    }

    /** Reads the imports into this case, newest first. */
    public void load(Long newCaseId) {
        caseId = newCaseId;
        long load = ++loads;
        Long id = selected.get() == null ? null : selected.get().id();
        tasks.run(() -> newCaseId == null ? List.<ImportBatch>of() : imports.list(newCaseId), loaded -> {
            if (load != loads) {
                return;
            }
            rows.setAll(loaded);
            selected.set(loaded.stream().filter(b -> Objects.equals(b.id(), id)).findFirst().orElse(null));
            if (status.get().isEmpty() || loaded.isEmpty()) {
                status.set(loaded.isEmpty() ? "No import into this case." : count(loaded.size(), "import"));
            }
        }, failure -> dialogs.error("The imports could not be read", failure));
    }

    public ObservableList<ImportBatch> rows() {
        return rows;
    }

    public ObjectProperty<ImportBatch> selectedProperty() {
        return selected;
    }

    /** The line under the list: how many imports, or what the last undo did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the selected import can be undone (one is selected and it is not undone yet). */
    public boolean canUndo(ImportBatch batch) {
        return batch != null && !batch.undone();
    }

    /** What the first question says will be removed. */
    static String undoQuestion(ImportBatch b) {
        StringBuilder text = new StringBuilder("Undo import ").append(b.id()).append(" of ").append(b.fileName())
                .append(" (").append(b.importedAt()).append(", by ").append(b.actor()).append(")?\n\n");
        text.append(count(b.rowsWritten(), "call")).append(" it wrote will be deleted, with their hops");
        if (b.rowsUpdated() > 0) {
            text.append("; ").append(count(b.rowsUpdated(), "call")).append(" it updated get their earlier values back");
        }
        text.append(". Parties and campaigns it created go too when nothing else refers to them. The import stays "
                + "listed, marked undone.");
        return text.toString();
    }

    /** The second question: the hand edits an undo would lose. */
    static String forceQuestion(ImportBatch b, List<ImportBatches.LaterEdit> edits) {
        long calls = edits.stream().map(ImportBatches.LaterEdit::callId).distinct().count();
        String named = edits.stream().limit(EDITS_NAMED).map(e -> "  " + e.describe()).collect(Collectors.joining("\n"));
        return count(calls, "call") + " of import " + b.id() + " (" + b.fileName() + ") " + (calls == 1 ? "was" : "were")
                + " edited by hand after it:\n"
                + named + (edits.size() > EDITS_NAMED ? "\n  and " + (edits.size() - EDITS_NAMED) + " more edits" : "")
                + "\n\nUndoing the import loses these edits. Undo it anyway?";
    }

    /** Asks, then undoes the selected import; asks again, naming them, over calls edited by hand after it. */
    public void undoSelected() {
        ImportBatch batch = selected.get();
        if (!canUndo(batch) || !dialogs.confirm("Undo import", undoQuestion(batch))) {
            return;
        }
        undo(batch, false);
    }

    private void undo(ImportBatch batch, boolean force) {
        tasks.run(() -> imports.undo(batch.id(), force), undone -> {
            status.set(undone.describe() + (force ? " (forced over hand edits)" : ""));
            load(caseId);
            afterUndo.run();
        }, failure -> {
            if (failure instanceof ImportBatches.EditedAfterImportException edited && !force) {
                later.execute(() -> {
                    if (dialogs.confirm("Undo import over hand edits", forceQuestion(batch, edited.edits()))) {
                        undo(batch, true);
                    }
                });
            } else {
                dialogs.error("The import could not be undone", failure);
                load(caseId);
            }
        });
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
