package org.tracebench.ui.calls;

import java.io.File;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.CallRow;
import org.tracebench.model.CaseSummary;
import org.tracebench.ui.common.Screen;
import org.tracebench.ui.common.ScreenContext;
import org.tracebench.ui.sheets.ExportAttachmentAction;

/**
 * The Calls screen: the selected case's traced calls as an editable attachment table. Cells are edited in
 * place (Enter or F2, or typing), rows added (Insert), deleted (Delete) and pasted from the clipboard
 * (Ctrl+V); Ctrl+Z and Ctrl+Y undo and redo; Imports… (Ctrl+Shift+I) lists the case's imports and undoes
 * one whole. Each change is saved at once. Cells that cannot be read are
 * kept as typed and marked, with the reason in their tooltip. Files dropped on the screen are imported.
 */
public final class CallsScreen implements Screen {

    private final ScreenContext context;
    private final CallsViewModel model;
    private final TableView<CallRow> table = new TableView<>();
    private final Label title = new Label("Calls");
    private final Label summary = new Label();
    private final Label othersNotice = new Label("Someone else changed this row while you were typing. Your text is"
            + " kept; if they changed this same cell, you choose between the two when you press Enter.");
    private final TextField filter = new TextField();
    private final VBox view = new VBox(8);
    private final HBox toolbar = new HBox(6);
    private ImportsDialog lastImports;

    public CallsScreen(ScreenContext context) {
        this.context = context;
        this.model = new CallsViewModel(context.workbench().callEditing(), context.tasks(), context.dialogs(),
                new CallsImport(context));
        buildTable();
        buildToolbar();
        title.getStyleClass().add("screen-title");
        summary.setId("call-summary");
        summary.textProperty().bind(model.summaryProperty());
        title.textProperty().bind(model.titleProperty());
        view.setPadding(new Insets(12));
        view.getStylesheets().add(CallsScreen.class.getResource("calls.css").toExternalForm());
        VBox.setVgrow(table, Priority.ALWAYS);
        othersNotice.setId("calls-changed-notice");
        othersNotice.getStyleClass().add("calls-changed-notice");
        othersNotice.setWrapText(true);
        othersNotice.visibleProperty().bind(model.othersChangedEditedRowProperty());
        othersNotice.managedProperty().bind(othersNotice.visibleProperty());
        view.getChildren().addAll(title, toolbar, othersNotice, table, summary);
        installShortcuts();
        installDrop();
        context.state().selectedCaseProperty().addListener((obs, old, selected) -> {
            // The same case read again (its title or count changed) keeps the rows; another case is read.
            if (old == null || selected == null || old.caseFile().id() != selected.caseFile().id()) {
                reload();
            } else {
                model.retitle(selected);
            }
        });
        // Others' changes wait while a cell is edited, so the cell and the text typed stay (decision 0713).
        table.editingCellProperty().addListener((obs, old, cell) ->
                model.editing(cell == null || cell.getRow() < 0 || cell.getRow() >= table.getItems().size()
                        ? null : table.getItems().get(cell.getRow()).id()));
        context.live().follow(view, poll -> {
            if (view.getScene() != null) {
                model.othersChanged(poll);
            }
        });
    }

    private void buildTable() {
        table.setId("call-table");
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        TableColumn<CallRow, String> number = new TableColumn<>("#");
        number.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : String.valueOf(getIndex() + 1));
            }
        });
        number.setEditable(false);
        number.setSortable(false);
        number.setPrefWidth(44);
        table.getColumns().add(number);
        for (AttachmentColumn column : AttachmentColumn.values()) {
            TableColumn<CallRow, String> tableColumn = new TableColumn<>(column.header());
            tableColumn.setId("column-" + column.name().toLowerCase(java.util.Locale.ROOT));
            tableColumn.setUserData(column);
            tableColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(CallTableCells.text(c.getValue(), column)));
            tableColumn.setCellFactory(c -> new CallCell(column, model.region()));
            tableColumn.setOnEditCommit(event -> saveEdit(event.getRowValue(), column, event.getNewValue()));
            tableColumn.setPrefWidth(switch (column) {
                case CUSTOMER -> 210;
                case NOTIFIED -> 240;
                case VIOLATION -> 220;
                case CALL_TIME -> 200;
                default -> 120;
            });
            table.getColumns().add(tableColumn);
        }
        // The table's own comparator sees only cell text; the rows are ordered by ours, built from the same
        // sort order, so that date columns compare the stored times. The sorted list re-sorts itself.
        model.rows().comparatorProperty().bind(Bindings.createObjectBinding(this::rowOrder, table.comparatorProperty()));
        table.setSortPolicy(t -> true);
        table.setItems(model.rows());
        model.keptSelection().table(table, CallRow::id);
        table.setPlaceholder(new Label("Select a case on the Cases screen to see its traced calls."));
    }

    private void buildToolbar() {
        Button add = button("Add row", Feather.PLUS, "Add an empty row (Insert)", model::addRow);
        add.setId("call-add");
        Button delete = button("Delete", Feather.TRASH_2, "Delete the selected rows (Delete)", this::deleteSelected);
        delete.setId("call-delete");
        Button paste = button("Paste", Feather.CLIPBOARD, "Paste rows copied from a spreadsheet (Ctrl+V)", this::pasteClipboard);
        Button undo = button("Undo", Feather.ROTATE_CCW, null, model::undo);
        undo.setId("call-undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.tooltipProperty().bind(model.undoLabelProperty().map(text -> new Tooltip(text + " (Ctrl+Z)")));
        Button redo = button("Redo", Feather.ROTATE_CW, null, model::redo);
        redo.setId("call-redo");
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.tooltipProperty().bind(model.redoLabelProperty().map(text -> new Tooltip(text + " (Ctrl+Y)")));
        Button importButton = button("Import…", Feather.UPLOAD, "Import a CSV, XLSX or traceback file into this case (Ctrl+I); "
                + "or drop the file on this screen", model::chooseImport);
        importButton.setId("call-import");
        Button export = button("Export XLSX…", Feather.DOWNLOAD,
                "Export this case's table as an Attachment A workbook (Ctrl+Shift+X)",
                () -> new ExportAttachmentAction(context).exportCase(context.state().selectedCase()));
        export.setId("call-export-xlsx");
        Button imports = button("Imports…", Feather.LIST, "The imports into this case; undo one whole (Ctrl+Shift+I)",
                this::openImports);
        imports.setId("call-imports");
        imports.disableProperty().bind(context.state().selectedCaseProperty().isNull());
        export.disableProperty().bind(context.state().selectedCaseProperty().isNull().or(context.work().runningProperty()));
        for (Button b : List.of(add, delete, paste)) {
            b.disableProperty().bind(context.state().selectedCaseProperty().isNull());
        }
        importButton.disableProperty().bind(context.work().runningProperty());
        filter.setId("call-filter");
        filter.setPromptText("Filter rows");
        filter.textProperty().bindBidirectional(model.filterProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getChildren().addAll(add, delete, paste, undo, redo, importButton, imports, export, spacer, filter);
    }

    /** The rows' order for the table's sort order: date columns by stored time, the others by their text. */
    private Comparator<CallRow> rowOrder() {
        Comparator<CallRow> order = null;
        for (TableColumn<CallRow, ?> column : table.getSortOrder()) {
            if (!(column.getUserData() instanceof AttachmentColumn attachment)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Comparator<String> byText = (Comparator<String>) column.getComparator();
            Comparator<CallRow> one = CallTableCells.sortsByTime(attachment) ? CallTableCells.byTime(attachment)
                    : Comparator.comparing((CallRow row) -> CallTableCells.text(row, attachment), byText);
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                one = one.reversed();
            }
            order = order == null ? one : order.thenComparing(one);
        }
        return order;
    }

    private static Button button(String text, Feather icon, String tip, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        if (tip != null) {
            button.setTooltip(new Tooltip(tip));
        }
        button.setOnAction(event -> action.run());
        return button;
    }

    private void installShortcuts() {
        view.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (table.getEditingCell() != null || event.getTarget() instanceof TextField) {
                return;
            }
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(event)) {
                model.undo();
            } else if (new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(event)
                    || new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(event)) {
                model.redo();
            } else if (new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN).match(event)) {
                pasteClipboard();
            } else if (new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).match(event)) {
                openImports();
            } else if (new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN).match(event)) {
                model.chooseImport();
            } else if (event.getCode() == KeyCode.DELETE) {
                deleteSelected();
            } else if (event.getCode() == KeyCode.INSERT && caseId() != null) {
                model.addRow();
            } else {
                return;
            }
            event.consume();
        });
    }

    /** Opens the list of the selected case's imports, where one can be undone; the table reloads after an undo. */
    void openImports() {
        CaseSummary selected = context.state().selectedCase();
        if (selected == null) {
            return;
        }
        ImportsViewModel imports = new ImportsViewModel(context.workbench().importBatches(), context.tasks(), context.dialogs(),
                javafx.application.Platform::runLater, model::reload);
        ImportsDialog dialog = new ImportsDialog(imports, selected.caseFile().title(), view.getScene() == null ? null
                : view.getScene().getWindow());
        lastImports = dialog;
        imports.load(selected.caseFile().id());
        dialog.show();
    }

    /** The imports dialog opened last, for tests. */
    ImportsDialog lastImports() {
        return lastImports;
    }

    private void installDrop() {
        view.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !context.work().runningProperty().get()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        view.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            boolean accepted = files != null && files.size() == 1;
            if (accepted) {
                model.importFile(files.get(0).toPath());
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    private void saveEdit(CallRow row, AttachmentColumn column, String text) {
        model.edit(row, column, text);
    }

    private void deleteSelected() {
        List<CallRow> selected = table.getSelectionModel().getSelectedItems().stream().distinct().toList();
        model.delete(selected);
    }

    /** Files on the clipboard are imported; text is added as rows in the order of the visible columns. */
    void pasteClipboard() {
        if (caseId() == null) {
            return;
        }
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles() && clipboard.getFiles().size() == 1) {
            model.importFile(clipboard.getFiles().get(0).toPath());
        } else if (clipboard.hasString()) {
            model.paste(clipboard.getString(), visibleColumnOrder());
        }
    }

    private List<AttachmentColumn> visibleColumnOrder() {
        return table.getColumns().stream().filter(TableColumn::isVisible).map(TableColumn::getUserData)
                .filter(AttachmentColumn.class::isInstance).map(AttachmentColumn.class::cast).toList();
    }

    private Long caseId() {
        CaseSummary selected = context.state().selectedCase();
        return selected == null ? null : selected.caseFile().id();
    }

    private void reload() {
        model.show(context.state().selectedCase());
    }

    CallsViewModel model() {
        return model;
    }

    /** Looks for others' changes at once, as the window's timer would. */
    void lookForOthersChanges() {
        context.live().pollNow();
    }

    /** Starts the import of a file into the selected case, as dropping it on the screen does. */
    void importFile(java.nio.file.Path file) {
        model.importFile(file);
    }

    @Override
    public boolean openFile(java.nio.file.Path file) {
        importFile(file);
        return true;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void onShow() {
        reload();
    }
}
