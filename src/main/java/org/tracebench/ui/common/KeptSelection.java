package org.tracebench.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

/**
 * Keeps what the user selected in tables across a refresh of their rows (decision 0713). A table forgets the
 * selection of a row replaced in its list, even by an equal-looking newer version of the same record; the
 * selected rows and cells are noted by key before the change and selected again after it, wherever they now
 * stand. A view model holds one of these and runs every refresh of shown rows through {@link #around}; each
 * table showing those rows joins with {@link #table}.
 */
public final class KeptSelection {

    private final List<Consumer<Runnable>> keepers = new ArrayList<>();

    /** The selection of {@code table}, whose rows are told apart by {@code key}, is kept across every change. */
    public <T> void table(TableView<T> table, Function<? super T, ?> key) {
        keepers.add(change -> keep(table, key, change));
    }

    /** Runs {@code change} to the rows, with every joined table's selection kept. */
    public void around(Runnable change) {
        Runnable nested = change;
        for (Consumer<Runnable> keeper : keepers) {
            Runnable inner = nested;
            nested = () -> keeper.accept(inner);
        }
        nested.run();
    }

    private record Picked(Object key, TableColumn<?, ?> column) {
    }

    /** Runs {@code change}, then selects again the rows (and cells) selected before it, found by key. */
    public static <T> void keep(TableView<T> table, Function<? super T, ?> key, Runnable change) {
        TableView.TableViewSelectionModel<T> selection = table.getSelectionModel();
        if (selection == null || selection.isEmpty()) {
            change.run();
            return;
        }
        List<Picked> before = new ArrayList<>();
        for (TablePosition<?, ?> cell : selection.getSelectedCells()) {
            if (cell.getRow() >= 0 && cell.getRow() < table.getItems().size()) {
                before.add(new Picked(key.apply(table.getItems().get(cell.getRow())), cell.getTableColumn()));
            }
        }
        Picked focused = null;
        TablePosition<T, ?> focus = table.getFocusModel() == null ? null : table.getFocusModel().getFocusedCell();
        if (focus != null && focus.getRow() >= 0 && focus.getRow() < table.getItems().size()) {
            focused = new Picked(key.apply(table.getItems().get(focus.getRow())), focus.getTableColumn());
        }
        change.run();
        Map<Object, Integer> at = new HashMap<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            at.putIfAbsent(key.apply(table.getItems().get(i)), i);
        }
        List<Picked> now = new ArrayList<>();
        for (TablePosition<?, ?> cell : selection.getSelectedCells()) {
            if (cell.getRow() >= 0 && cell.getRow() < table.getItems().size()) {
                now.add(new Picked(key.apply(table.getItems().get(cell.getRow())), cell.getTableColumn()));
            }
        }
        List<Picked> stillThere = before.stream().filter(p -> at.containsKey(p.key())).toList();
        if (!now.equals(stillThere)) {
            selection.clearSelection();
            for (Picked picked : stillThere) {
                select(selection, at.get(picked.key()), picked.column());
            }
        }
        if (focused != null && at.containsKey(focused.key())) {
            int row = at.get(focused.key());
            TablePosition<T, ?> after = table.getFocusModel().getFocusedCell();
            if (after == null || after.getRow() != row || !Objects.equals(after.getTableColumn(), focused.column())) {
                focus(table, row, focused.column());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void select(TableView.TableViewSelectionModel<T> selection, int row, TableColumn<?, ?> column) {
        if (selection.isCellSelectionEnabled() && column != null) {
            selection.select(row, (TableColumn<T, ?>) column);
        } else {
            selection.select(row);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void focus(TableView<T> table, int row, TableColumn<?, ?> column) {
        if (column != null) {
            table.getFocusModel().focus(row, (TableColumn<T, ?>) column);
        } else {
            table.getFocusModel().focus(row);
        }
    }
}
