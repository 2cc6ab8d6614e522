package org.tracebench.ui.calls;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tracebench.ingest.OnDuplicate;
import org.tracebench.ui.calls.ImportReportViewModel.Line;
import org.tracebench.ui.calls.ImportReportViewModel.Section;
import org.tracebench.ui.common.Dialogs;

/**
 * The import report as a window: counts at the top, a sortable, filterable table per part of the report
 * with Copy and Save as CSV…, the campaign proposals to tick and the on-duplicate choice. Binds
 * {@link ImportReportViewModel}; answers with the Import button (only after a clean dry run) or Cancel.
 */
public final class ImportReportDialog extends Dialog<ButtonType> {

    private final ImportReportViewModel model;
    private final Dialogs dialogs;
    private final TabPane tabs = new TabPane();
    private final Label status = new Label();
    private final ButtonType importButton;

    public ImportReportDialog(ImportReportViewModel model, Dialogs dialogs, Window owner) {
        this.model = model;
        this.dialogs = dialogs;
        initOwner(owner);
        setTitle("Import report");
        setHeaderText(model.headline());
        setResizable(true);

        HBox counts = new HBox(18);
        counts.setId("import-counts");
        counts.setPadding(new Insets(2, 2, 6, 2));
        for (ImportReportViewModel.Count count : model.counts()) {
            Label value = new Label(String.format(Locale.US, "%,d", count.value()));
            value.setId(count.id());
            value.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold;"
                    + (count.id().equals("count-errors") && count.value() > 0 ? " -fx-text-fill: #c62828;" : ""));
            Label caption = new Label(count.label());
            caption.setStyle("-fx-opacity: 0.75;");
            VBox tile = new VBox(0, value, caption);
            tile.setAlignment(Pos.CENTER_LEFT);
            counts.getChildren().add(tile);
        }

        tabs.setId("import-report-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Section section : model.sections()) {
            Tab tab = new Tab(model.tabTitle(section), sectionView(section));
            tab.setId("tab-" + section.id());
            tabs.getTabs().add(tab);
        }
        VBox.setVgrow(tabs, Priority.ALWAYS);
        status.setId("import-report-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);

        VBox content = new VBox(8, counts);
        content.setId("import-report");
        if (tabs.getTabs().isEmpty()) {
            content.getChildren().add(new Label("Nothing to report: every row was read as written."));
        } else {
            content.getChildren().add(tabs);
        }
        importButton = new ButtonType(model.importLabel(), ButtonBar.ButtonData.OK_DONE);
        if (model.offersPolicy()) {
            content.getChildren().add(policyChoice());
        }
        content.getChildren().add(status);
        content.setPrefSize(1040, 600);
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(1080, 720);
        // The header's long sentence otherwise lets the window open narrow, cutting the table's columns.
        getDialogPane().setMinWidth(900);
        if (model.canImport()) {
            getDialogPane().getButtonTypes().setAll(importButton, ButtonType.CANCEL);
            // Its words change with the policy ("Import 2 calls, update 3"): it grows with them, never cut.
            Button button = (Button) getDialogPane().lookupButton(importButton);
            ButtonBar.setButtonUniformSize(button, false);
            button.setMinWidth(Region.USE_PREF_SIZE);
        } else {
            getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        }
    }

    /** The button type that means "import"; any other answer imports nothing. */
    public ButtonType importButton() {
        return importButton;
    }

    public ImportReportViewModel model() {
        return model;
    }

    private HBox policyChoice() {
        ChoiceBox<OnDuplicate> policy = new ChoiceBox<>(FXCollections.observableArrayList(OnDuplicate.values()));
        policy.setId("on-duplicate");
        policy.setConverter(new StringConverter<>() {
            @Override
            public String toString(OnDuplicate value) {
                return ImportReportViewModel.describe(value);
            }

            @Override
            public OnDuplicate fromString(String text) {
                return null;
            }
        });
        policy.setValue(model.policy());
        policy.valueProperty().addListener((obs, old, value) -> {
            model.policy(value);
            Button button = (Button) getDialogPane().lookupButton(importButton);
            if (button != null) {
                button.setText(model.importLabel());
            }
        });
        Label label = new Label("Calls the case already holds:");
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, label, policy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox sectionView(Section section) {
        ObservableList<Line> all = FXCollections.observableArrayList(model.lines(section));
        FilteredList<Line> filtered = new FilteredList<>(all, line -> true);
        SortedList<Line> sorted = new SortedList<>(filtered);
        TableView<Line> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("report-" + section.id());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No line matches the filter."));
        if (section == Section.PROPOSALS) {
            table.setEditable(true);
            TableColumn<Line, Boolean> accept = new TableColumn<>("Accept");
            accept.setCellValueFactory(c -> {
                SimpleBooleanProperty ticked = new SimpleBooleanProperty(model.accepted(c.getValue().value()));
                ticked.addListener((obs, old, now) -> model.accept(c.getValue().value(), now));
                return ticked;
            });
            accept.setCellFactory(CheckBoxTableCell.forTableColumn(accept));
            accept.setEditable(true);
            accept.setPrefWidth(70);
            accept.setMinWidth(64);
            table.getColumns().add(accept);
        }
        TableColumn<Line, Long> row = new TableColumn<>("Row");
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        row.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || item == 0 ? "" : String.format(Locale.US, "%,d", item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        row.setPrefWidth(64);
        row.setMinWidth(56);
        table.getColumns().add(row);
        table.getColumns().add(column(section == Section.COLUMNS ? "Header" : "Column", Line::column, 150));
        table.getColumns().add(column(section == Section.PROPOSALS ? "Written" : "Value", Line::value, 200));
        table.getColumns().add(column(section.detailTitle(), Line::detail, 190));
        table.getColumns().add(column("Reason", Line::reason, 320));
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField filter = new TextField();
        filter.setId("filter-" + section.id());
        filter.setPromptText("Filter: any text of a line");
        filter.textProperty().addListener((obs, old, text) -> filtered.setPredicate(line -> line.matches(text)));
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button copy = new Button("Copy", new FontIcon(Feather.COPY));
        copy.setId("copy-" + section.id());
        copy.setOnAction(e -> copy(section, table));
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copy(section, table);
                e.consume();
            }
        });
        Button save = new Button("Save as CSV…", new FontIcon(Feather.DOWNLOAD));
        save.setId("save-" + section.id());
        save.setOnAction(e -> save(section, List.copyOf(sorted)));
        Region gap = new Region();
        HBox tools = new HBox(6, filter, gap, copy, save);
        tools.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label(model.note(section));
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setStyle("-fx-opacity: 0.8;");
        VBox box = new VBox(6, tools, table, note);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    /** The selected lines, or every line shown when none is selected, as TSV on the clipboard. */
    private void copy(Section section, TableView<Line> table) {
        List<Line> lines = table.getSelectionModel().getSelectedItems().isEmpty() ? List.copyOf(table.getItems())
                : List.copyOf(table.getSelectionModel().getSelectedItems());
        ClipboardContent content = new ClipboardContent();
        content.putString(ImportReportViewModel.tsv(section, lines));
        Clipboard.getSystemClipboard().setContent(content);
        status.setText(lines.size() + (lines.size() == 1 ? " line" : " lines") + " of " + section.title().toLowerCase(Locale.ROOT)
                + " copied as tab-separated text.");
    }

    /** Every line the table shows (filtered, in its order) to a CSV file the user chooses. */
    private void save(Section section, List<Line> lines) {
        Optional<Path> file = dialogs.chooseSaveFile("Save " + section.title().toLowerCase(Locale.ROOT) + " as CSV",
                model.suggestedFileName(section), List.of(Dialogs.FileType.of("CSV file (*.csv)", "*.csv")));
        if (file.isEmpty()) {
            return;
        }
        try {
            ImportReportViewModel.writeCsv(file.get(), section, lines);
            status.setText(lines.size() + (lines.size() == 1 ? " line" : " lines") + " saved to " + file.get() + ".");
        } catch (IOException e) {
            dialogs.error("Cannot save " + file.get(), e);
        }
    }

    private static TableColumn<Line, String> column(String title, Function<Line, String> value, double width) {
        TableColumn<Line, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        // A long value or reason is cut to the column; its whole text is one hover away.
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        column.setPrefWidth(width);
        return column;
    }

    /** The tab of a section, for tests: null when the report has nothing in it. */
    Tab tab(Section section) {
        return tabs.getTabs().stream().filter(t -> t.getId().equals("tab-" + section.id())).findFirst().orElse(null);
    }
}
