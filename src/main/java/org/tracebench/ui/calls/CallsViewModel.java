package org.tracebench.ui.calls;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * The state and logic of the Calls editor, testable without a stage: the case's rows (filtered and
 * sortable), each change saved at once through {@link CallEditing}, and undo/redo of every change.
 */
public final class CallsViewModel {

    /** One change the user made, which can be taken back and made again. */
    private interface Change {
        void undo();

        void redo();

        String label();
    }

    private final CallEditing editing;
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
    /** Rows deleted and brought back get new ids; changes made before keep working through this map. */
    private final Map<Long, Long> movedIds = new HashMap<>();
    private Long caseId;

    public CallsViewModel(CallEditing editing) {
        this.editing = editing;
        filter.addListener((obs, old, text) -> applyFilter(text));
    }

    public void load(Long newCaseId) {
        if (!java.util.Objects.equals(caseId, newCaseId)) {
            undo.clear();
            redo.clear();
            movedIds.clear();
        }
        caseId = newCaseId;
        rows.setAll(newCaseId == null ? List.of() : editing.load(newCaseId));
        refreshState();
    }

    public Long caseId() {
        return caseId;
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
        long id = row.id();
        replace(editing.edit(id, column, after));
        record(new Change() {
            @Override
            public void undo() {
                replace(editing.edit(current(id), column, before));
            }

            @Override
            public void redo() {
                replace(editing.edit(current(id), column, after));
            }

            @Override
            public String label() {
                return "edit of " + column.header();
            }
        });
    }

    /** Adds an empty row at the end and returns it. */
    public CallRow addRow() {
        requireCase();
        CallRow row = editing.add(caseId, Map.of());
        rows.add(row);
        record(new RowsAdded(new ArrayList<>(List.of(row.id())), "new row"));
        return row;
    }

    /** Adds the rows of tab-separated text, with or without a header, in the given column order. */
    public List<CallRow> paste(String text, List<AttachmentColumn> columnOrder) {
        requireCase();
        List<CallRow> added = editing.paste(caseId, text, columnOrder);
        if (added.isEmpty()) {
            return added;
        }
        rows.addAll(added);
        record(new RowsAdded(new ArrayList<>(added.stream().map(CallRow::id).toList()),
                "paste of " + added.size() + (added.size() == 1 ? " row" : " rows")));
        return added;
    }

    public void delete(List<CallRow> selected) {
        if (selected.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(selected.stream().map(CallRow::id).toList());
        List<CallEditing.Removed> removed = new ArrayList<>();
        for (long id : ids) {
            removed.add(editing.delete(id));
            rows.removeIf(r -> r.id() == id);
        }
        record(new Change() {
            private List<CallEditing.Removed> gone = removed;
            private List<Long> current = ids;

            @Override
            public void undo() {
                List<Long> restoredIds = new ArrayList<>();
                for (int i = gone.size() - 1; i >= 0; i--) {
                    CallRow back = editing.restore(gone.get(i));
                    movedIds.put(current.get(i), back.id());
                    restoredIds.add(0, back.id());
                }
                current = restoredIds;
                reloadKeepingState();
            }

            @Override
            public void redo() {
                List<CallEditing.Removed> again = new ArrayList<>();
                for (long id : current) {
                    again.add(editing.delete(current(id)));
                }
                gone = again;
                reloadKeepingState();
            }

            @Override
            public String label() {
                return "delete of " + ids.size() + (ids.size() == 1 ? " row" : " rows");
            }
        });
    }

    public void undo() {
        Change change = undo.poll();
        if (change != null) {
            change.undo();
            redo.push(change);
            refreshState();
        }
    }

    public void redo() {
        Change change = redo.poll();
        if (change != null) {
            change.redo();
            undo.push(change);
            refreshState();
        }
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
        return rows.stream().mapToLong(r -> java.util.Arrays.stream(AttachmentColumn.values())
                .filter(c -> r.problem(c, editing.region()) != null).count()).sum();
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
        public void undo() {
            List<CallEditing.Removed> gone = new ArrayList<>();
            for (long id : ids) {
                gone.add(editing.delete(current(id)));
            }
            removed = gone;
            reloadKeepingState();
        }

        @Override
        public void redo() {
            for (int i = 0; i < removed.size(); i++) {
                CallRow back = editing.restore(removed.get(i));
                movedIds.put(current(ids.get(i)), back.id());
            }
            reloadKeepingState();
        }

        @Override
        public String label() {
            return label;
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

    private void reloadKeepingState() {
        if (caseId != null) {
            rows.setAll(editing.load(caseId));
        }
    }

    private void requireCase() {
        if (caseId == null) {
            throw new IllegalStateException("select a case first");
        }
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
