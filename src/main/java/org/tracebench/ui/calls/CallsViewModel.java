package org.tracebench.ui.calls;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.CallEditing;
import org.tracebench.ingest.CallRow;
import org.tracebench.model.CaseSummary;
import org.tracebench.cases.CaseChanges;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.InPlace;
import org.tracebench.ui.common.KeptSelection;
import org.tracebench.ui.common.TaskRunner;

/**
 * The state and logic of the Calls editor, testable without a stage: the case's rows (filtered and
 * sortable), each change saved at once through {@link CallEditing}, undo/redo of every change, and the
 * start of an import. Reads and saves run through the {@link TaskRunner}; the rows change when they
 * come back.
 */
public final class CallsViewModel {

    /** One change the user made, which can be taken back and made again. */
    private interface Change {
        /** Takes the change back in the store; returns what then changes on screen. */
        Runnable undo();

        /** Makes the change again in the store; returns what then changes on screen. */
        Runnable redo();

        String label();
    }

    /** Imports a file into a case, asking the user along the way; calls back once something was written. */
    @FunctionalInterface
    public interface Importing {
        void start(Path file, Long caseId, Runnable afterImport);
    }

    /** More single calls changed than this are read with the whole case (one query instead of many). */
    static final int ROWS_READ_ONE_BY_ONE = 200;

    static final List<Dialogs.FileType> IMPORTABLE = List.of(
            Dialogs.FileType.of("Tables (*.csv, *.xlsx, *.tsv, *.txt)", "*.csv", "*.xlsx", "*.tsv", "*.txt"),
            Dialogs.FileType.ALL);

    private final CallEditing editing;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Importing importing;
    private final ObservableList<CallRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CallRow> filtered = new FilteredList<>(rows);
    private final SortedList<CallRow> sorted = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Calls");
    /**
     * Rows deleted and brought back get new ids; changes made before keep working through this map. Read
     * and written by the jobs, off the user interface thread.
     */
    private final Map<Long, Long> movedIds = new ConcurrentHashMap<>();
    private Long caseId;
    /** The case the rows shown were read for. */
    private Long rowsCaseId;
    /** The row with a cell being edited, and others' changes waiting for that edit to end. */
    private Long editingRow;
    private boolean pendingWhole;
    private final Set<Long> pendingRows = new HashSet<>();
    private final ReadOnlyBooleanWrapper othersChangedEditedRow = new ReadOnlyBooleanWrapper(false);
    private final KeptSelection kept = new KeptSelection();
    /**
     * Cells to check per row object, so the status line after a change to a few rows of a large table checks
     * only those (a row is immutable: a changed row is a new object).
     */
    private final Map<CallRow, Long> problemsByRow = new java.util.IdentityHashMap<>();
    /** Counts loads so an answer to an older one (the user has moved on) is dropped. */
    private long loads;

    public CallsViewModel(CallEditing editing, TaskRunner tasks, Dialogs dialogs, Importing importing) {
        this.editing = editing;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.importing = importing;
        filter.addListener((obs, old, text) -> applyFilter(text));
    }

    /** Shows the given case (null: none) and reads its rows. */
    public void show(CaseSummary selected) {
        title.set(selected == null ? "Calls" : "Calls: " + selected.caseFile().title());
        load(selected == null ? null : selected.caseFile().id());
    }

    /** The same case with a new title or count: only the title follows. */
    public void retitle(CaseSummary selected) {
        title.set("Calls: " + selected.caseFile().title());
    }

    public void load(Long newCaseId) {
        if (!java.util.Objects.equals(caseId, newCaseId)) {
            undo.clear();
            redo.clear();
            movedIds.clear();
        }
        caseId = newCaseId;
        long load = ++loads;
        tasks.run(() -> newCaseId == null ? List.<CallRow>of() : editing.load(newCaseId), loaded -> {
            if (load == loads) {
                show(newCaseId, loaded);
            }
        }, failed("The calls could not be read"));
        refreshState();
    }

    /** Shows the rows read; the same case read again is updated in place, so selection and scroll stay. */
    private void show(Long readCaseId, List<CallRow> loaded) {
        if (readCaseId != null && readCaseId.equals(rowsCaseId)) {
            kept.around(() -> InPlace.update(rows, loaded, CallRow::id));
        } else {
            rows.setAll(loaded);
        }
        rowsCaseId = readCaseId;
        refreshState();
    }

    /**
     * Others saved something (decision 0713). Calls named one by one are read again alone and replaced where
     * they stand; a bulk change to this case's calls (an import, an import undone) reads the case again, off
     * the user interface thread, and updates the table in place. While a cell is being edited nothing is
     * applied: the changes wait for the edit to end, so the cell and its text are not replaced under the user.
     */
    public void othersChanged(CaseChanges.Poll poll) {
        if (caseId == null) {
            return;
        }
        boolean whole = poll.callListChanged(caseId) || poll.calls().size() > ROWS_READ_ONE_BY_ONE;
        if (editingRow != null) {
            pendingWhole |= whole;
            pendingRows.addAll(poll.calls());
            if (poll.calls().contains(editingRow) || whole) {
                othersChangedEditedRow.set(true);
            }
            return;
        }
        if (whole) {
            reload();
        } else if (!poll.calls().isEmpty()) {
            refreshRows(Set.copyOf(poll.calls()));
        }
    }

    /**
     * The row whose cell the user is typing in (null: none). Changes by others wait while it is set and are
     * applied when it is cleared.
     */
    public void editing(Long rowId) {
        editingRow = rowId;
        if (rowId != null) {
            return;
        }
        othersChangedEditedRow.set(false);
        boolean whole = pendingWhole;
        Set<Long> ids = Set.copyOf(pendingRows);
        pendingWhole = false;
        pendingRows.clear();
        if (whole || ids.size() > ROWS_READ_ONE_BY_ONE) {
            reload();
        } else if (!ids.isEmpty()) {
            refreshRows(ids);
        }
    }

    /** The tables showing these rows join it, to keep their selection when rows are refreshed. */
    public KeptSelection keptSelection() {
        return kept;
    }

    /** True while someone else changed the row being edited: the screen says so until the edit ends. */
    public ReadOnlyBooleanProperty othersChangedEditedRowProperty() {
        return othersChangedEditedRow.getReadOnlyProperty();
    }

    /** What a read of single calls found: rows to replace, rows to drop, or a new row that needs the whole case. */
    private record RowsRead(List<CallRow> changed, Set<Long> gone, boolean newRows) {
    }

    private void refreshRows(Set<Long> ids) {
        Long shown = caseId;
        long load = loads;
        Set<Long> have = new HashSet<>();
        for (CallRow row : rows) {
            have.add(row.id());
        }
        tasks.run(() -> {
            List<CallRow> changed = new ArrayList<>();
            Set<Long> gone = new HashSet<>();
            boolean newRows = false;
            for (long id : ids) {
                Optional<CallRow> now = editing.find(id);
                boolean ours = now.isPresent() && now.get().call().caseId() == shown;
                if (ours && have.contains(id)) {
                    changed.add(now.get());
                } else if (ours) {
                    // Its place in the table comes with the whole case's order.
                    newRows = true;
                } else if (have.contains(id)) {
                    gone.add(id);
                }
            }
            return new RowsRead(changed, gone, newRows);
        }, read -> {
            if (load != loads || !java.util.Objects.equals(shown, caseId)) {
                return;
            }
            if (read.newRows()) {
                reload();
                return;
            }
            kept.around(() -> {
                if (!read.gone().isEmpty()) {
                    rows.removeIf(row -> read.gone().contains(row.id()));
                }
                Map<Long, CallRow> byId = new HashMap<>();
                read.changed().forEach(row -> byId.put(row.id(), row));
                for (int i = 0; i < rows.size() && !byId.isEmpty(); i++) {
                    CallRow now = byId.remove(rows.get(i).id());
                    if (now != null && !now.equals(rows.get(i))) {
                        rows.set(i, now);
                    }
                }
            });
            refreshState();
        }, failed("The calls could not be read"));
    }

    public Long caseId() {
        return caseId;
    }

    /** "Calls: PZ/Illum test", for the screen's title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The rows as shown: filtered, then sorted by the comparator bound to it (the screen's sort order). */
    public SortedList<CallRow> rows() {
        return sorted;
    }

    /** Every row of the case, in table order, unfiltered. */
    public List<CallRow> allRows() {
        return List.copyOf(rows);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public String region() {
        return editing.region();
    }

    /** Saves a cell typed by the user; nothing happens when the text did not change. */
    public void edit(CallRow row, AttachmentColumn column, String text) {
        String before = row.text(column);
        String after = text == null ? "" : text;
        if (before.equals(after)) {
            return;
        }
        saveCell(row.id(), column, before, after);
    }

    /**
     * Writes the cell if it still holds what the user saw ({@code before}); undo and redo check the same way,
     * so neither puts back a value over a colleague's newer one without asking.
     */
    private void saveCell(long rowId, AttachmentColumn column, String before, String after) {
        long id = rowId;
        tasks.run(() -> editing.edit(current(id), column, before, after), saved -> {
            replace(saved);
            // What the store made of the typed text (a phone number normalized, say) is what undo must find.
            String stored = saved.text(column);
            record(new Change() {
                @Override
                public Runnable undo() {
                    CallRow back = editing.edit(current(id), column, stored, before);
                    return () -> replace(back);
                }

                @Override
                public Runnable redo() {
                    CallRow again = editing.edit(current(id), column, before, after);
                    return () -> replace(again);
                }

                @Override
                public String label() {
                    return "edit of " + column.header();
                }
            });
        }, error -> {
            if (error instanceof org.tracebench.model.EditConflictException refused) {
                resolve(id, column, refused.conflict());
                return;
            }
            dialogs.error("The change could not be saved", error);
            reload();
        });
    }

    /** Someone else changed the cell meanwhile: keep the user's text over theirs, or show theirs. */
    private void resolve(long id, AttachmentColumn column, org.tracebench.model.EditConflict<?> conflict) {
        String theirs = ((org.tracebench.model.CellValue) conflict.theirs()).value();
        String mine = ((org.tracebench.model.CellValue) conflict.mine()).value();
        if (theirs.equals(mine)) {
            reload();
            return;
        }
        var decision = dialogs.resolveConflict(conflict);
        if (decision.isPresent() && decision.get().save() && decision.get().keepMine().contains("value")) {
            saveCell(id, column, theirs, mine);
        } else {
            reload();
        }
    }

    /** Adds an empty row at the end. */
    public void addRow() {
        long target = requireCase();
        tasks.run(() -> editing.add(target, Map.of()), row -> {
            rows.add(row);
            record(new RowsAdded(new ArrayList<>(List.of(row.id())), "new row"));
        }, failed("The row could not be added"));
    }

    /** Adds the rows of tab-separated text, with or without a header, in the given column order. */
    public void paste(String text, List<AttachmentColumn> columnOrder) {
        long target = requireCase();
        tasks.run(() -> editing.paste(target, text, columnOrder), added -> {
            if (added.isEmpty()) {
                return;
            }
            rows.addAll(added);
            record(new RowsAdded(new ArrayList<>(added.stream().map(CallRow::id).toList()),
                    "paste of " + added.size() + (added.size() == 1 ? " row" : " rows")));
        }, failed("The rows could not be pasted"));
    }

    /**
     * Deletes the selected rows as the user sees them (decision 0709): when someone else changed one since, the
     * user sees their version and deletes anyway or keeps the rows; when one is gone already, the user is told.
     */
    public void delete(List<CallRow> selected) {
        if (selected.isEmpty()) {
            return;
        }
        List<CallRow> seen = List.copyOf(selected);
        List<Long> ids = new ArrayList<>(seen.stream().map(CallRow::id).toList());
        tasks.run(() -> editing.delete(seen), removed -> {
            rows.removeIf(r -> ids.contains(r.id()));
            record(new RowsDeleted(ids, removed));
        }, error -> {
            if (error instanceof org.tracebench.model.DeleteConflictException refused
                    && refused.conflict().theirs() instanceof CallRow theirs) {
                if (dialogs.deleteAnyway(refused.conflict())) {
                    delete(seen.stream().map(r -> r.id() == theirs.id() ? theirs : r).toList());
                } else {
                    reload();
                }
            } else if (error instanceof org.tracebench.model.AlreadyDeletedException gone) {
                dialogs.inform("Already deleted", gone.getMessage() + "; nothing was deleted and the table is read again.");
                reload();
            } else {
                dialogs.error("The rows could not be deleted", error);
                reload();
            }
        });
    }

    public void undo() {
        Change change = undo.poll();
        if (change != null) {
            refreshState();
            tasks.run(change::undo, onScreen -> {
                onScreen.run();
                redo.push(change);
                refreshState();
            }, error -> {
                dialogs.error("The change could not be undone", error);
                reload();
            });
        }
    }

    public void redo() {
        Change change = redo.poll();
        if (change != null) {
            refreshState();
            tasks.run(change::redo, onScreen -> {
                onScreen.run();
                undo.push(change);
                refreshState();
            }, error -> {
                dialogs.error("The change could not be made again", error);
                reload();
            });
        }
    }

    /** Asks for a file and imports it into the case shown (or as unassigned calls when none is). */
    public void chooseImport() {
        Optional<Path> file = dialogs.chooseOpenFile("Import traced calls", IMPORTABLE);
        file.ifPresent(this::importFile);
    }

    /** Imports a file (dropped, pasted or chosen) into the case shown; the rows are read again after. */
    public void importFile(Path file) {
        importing.start(file, caseId, this::reload);
    }

    /** Reads the case's rows again, keeping undo and redo. */
    public void reload() {
        load(caseId);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** "78 calls · 2 cells to check", for the screen's status line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public long problemCount() {
        if (problemsByRow.size() > 2 * rows.size() + 64) {
            problemsByRow.clear();
        }
        long sum = 0;
        for (CallRow r : rows) {
            sum += problemsByRow.computeIfAbsent(r, row -> java.util.Arrays.stream(AttachmentColumn.values())
                    .filter(c -> row.problem(c, editing.region()) != null).count());
        }
        return sum;
    }

    /** Rows added (by "new row" or paste): undo deletes them, redo brings them back. */
    private final class RowsAdded implements Change {
        private final List<Long> ids;
        private final String label;
        private List<CallEditing.Removed> removed = List.of();

        RowsAdded(List<Long> ids, String label) {
            this.ids = ids;
            this.label = label;
        }

        @Override
        public Runnable undo() {
            List<CallEditing.Removed> gone = new ArrayList<>();
            for (long id : ids) {
                gone.add(editing.delete(current(id)));
            }
            removed = gone;
            return rowsAgain();
        }

        @Override
        public Runnable redo() {
            for (int i = 0; i < removed.size(); i++) {
                CallRow back = editing.restore(removed.get(i));
                movedIds.put(current(ids.get(i)), back.id());
            }
            return rowsAgain();
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Rows deleted: undo brings them back (under new ids), redo deletes them again. */
    private final class RowsDeleted implements Change {
        private final List<Long> ids;
        private List<CallEditing.Removed> gone;
        private List<Long> current;

        RowsDeleted(List<Long> ids, List<CallEditing.Removed> removed) {
            this.ids = ids;
            this.gone = removed;
            this.current = ids;
        }

        @Override
        public Runnable undo() {
            List<Long> restoredIds = new ArrayList<>();
            for (int i = gone.size() - 1; i >= 0; i--) {
                CallRow back = editing.restore(gone.get(i));
                movedIds.put(current.get(i), back.id());
                restoredIds.add(0, back.id());
            }
            current = restoredIds;
            return rowsAgain();
        }

        @Override
        public Runnable redo() {
            List<CallEditing.Removed> again = new ArrayList<>();
            for (long id : current) {
                again.add(editing.delete(current(id)));
            }
            gone = again;
            return rowsAgain();
        }

        @Override
        public String label() {
            return "delete of " + ids.size() + (ids.size() == 1 ? " row" : " rows");
        }
    }

    private void record(Change change) {
        undo.push(change);
        redo.clear();
        refreshState();
    }

    private long current(long id) {
        Long moved = movedIds.get(id);
        while (moved != null && movedIds.containsKey(moved)) {
            moved = movedIds.get(moved);
        }
        return moved == null ? id : moved;
    }

    private void replace(CallRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == row.id()) {
                rows.set(i, row);
                refreshState();
                return;
            }
        }
        rows.add(row);
        refreshState();
    }

    /** Reads the case's rows in the job that changed them; returns the step that shows them. */
    private Runnable rowsAgain() {
        Long shown = caseId;
        if (shown == null) {
            return () -> { };
        }
        List<CallRow> loaded = editing.load(shown);
        return () -> {
            if (java.util.Objects.equals(shown, caseId)) {
                show(shown, loaded);
            }
        };
    }

    private long requireCase() {
        if (caseId == null) {
            throw new IllegalStateException("select a case first");
        }
        return caseId;
    }

    private Consumer<Throwable> failed(String header) {
        return error -> dialogs.error(header, error);
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(needle.isEmpty() ? null : row -> java.util.Arrays.stream(AttachmentColumn.values())
                .anyMatch(c -> row.text(c).toLowerCase(Locale.ROOT).contains(needle)));
        refreshState();
    }

    private void refreshState() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().label());
        long problems = problemCount();
        String shown = filtered.size() == rows.size() ? rows.size() + " calls" : filtered.size() + " of " + rows.size() + " calls";
        summary.set(caseId == null ? "" : shown + (problems == 0 ? "" : " · " + problems + (problems == 1 ? " cell" : " cells") + " to check"));
    }
}
