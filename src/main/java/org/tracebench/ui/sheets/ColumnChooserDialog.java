package org.tracebench.ui.sheets;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tracebench.model.CaseSummary;
import org.tracebench.sheets.ColumnLayout;
import org.tracebench.sheets.ColumnPreset;

/**
 * Chooses the columns of an export: tick, order (Move up / Move down, Alt+Up / Alt+Down), rename (double-click
 * a header), or pick and save presets. Returns the layout, or nothing when cancelled.
 */
final class ColumnChooserDialog extends Dialog<ColumnLayout> {

    static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    ColumnChooserDialog(ColumnChooserModel model, CaseSummary summary, Window owner) {
        initOwner(owner);
        setTitle("Export attachment table");
        setHeaderText("Columns for " + summary.caseFile().title() + " (" + summary.tracedCalls() + " traced calls)");
        setResizable(true);

        ComboBox<ColumnPreset> presets = new ComboBox<>(model.presets());
        presets.setId("export-preset");
        presets.valueProperty().bindBidirectional(model.selectedPresetProperty());
        Button save = new Button("Save as preset…");
        Button delete = new Button("Delete preset");
        delete.disableProperty().bind(presets.valueProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> presets.getValue() != null && presets.getValue().builtIn(), presets.valueProperty())));
        HBox presetBar = new HBox(8, new Label("Preset:"), presets, save, delete);
        presetBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<ColumnChooserModel.ColumnRow> table = new TableView<>(model.rows());
        table.setId("export-columns");
        table.setEditable(true);
        TableColumn<ColumnChooserModel.ColumnRow, Boolean> include = new TableColumn<>("Export");
        include.setCellValueFactory(c -> c.getValue().includedProperty());
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setMinWidth(70);
        TableColumn<ColumnChooserModel.ColumnRow, String> field = new TableColumn<>("Field");
        field.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().field().slug()));
        field.setEditable(false);
        field.setMinWidth(125);
        TableColumn<ColumnChooserModel.ColumnRow, String> header = new TableColumn<>("Header in the workbook");
        header.setCellValueFactory(c -> c.getValue().headerProperty());
        header.setCellFactory(TextFieldTableCell.forTableColumn());
        header.setPrefWidth(260);
        table.getColumns().add(include);
        table.getColumns().add(field);
        table.getColumns().add(header);
        table.setPrefHeight(390);
        table.setPrefWidth(500);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button up = new Button("Move up");
        Button down = new Button("Move down");
        up.setOnAction(e -> move(table, model, -1));
        down.setOnAction(e -> move(table, model, 1));
        table.setOnKeyPressed(e -> {
            if (e.isAltDown() && e.getCode() == javafx.scene.input.KeyCode.UP) {
                move(table, model, -1);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == javafx.scene.input.KeyCode.DOWN) {
                move(table, model, 1);
                e.consume();
            }
        });
        up.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        down.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox side = new VBox(8, up, down);
        HBox middle = new HBox(8, table, side);
        HBox.setHgrow(table, Priority.ALWAYS);
        Label hint = new Label("Tick the columns to export, order them, double-click a header to rename it. "
                + "Times are written in UTC.");
        hint.setWrapText(true);
        VBox content = new VBox(10, presetBar, middle, hint);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(680);
        getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);

        save.setOnAction(e -> savePreset(model));
        delete.setOnAction(e -> model.deleteSelected());
        // Refuse to close with no column ticked, and say why.
        getDialogPane().lookupButton(EXPORT).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                model.layout();
            } catch (IllegalArgumentException ex) {
                error(ex.getMessage());
                e.consume();
            }
        });
        setResultConverter(button -> button == EXPORT ? model.layout() : null);
    }

    private static void move(TableView<ColumnChooserModel.ColumnRow> table, ColumnChooserModel model, int by) {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        if (by < 0) {
            model.moveUp(index);
        } else {
            model.moveDown(index);
        }
        table.getSelectionModel().clearAndSelect(Math.max(0, Math.min(model.rows().size() - 1, index + by)));
    }

    private void savePreset(ColumnChooserModel model) {
        TextInputDialog ask = new TextInputDialog(model.selectedPresetProperty().get() == null
                || model.selectedPresetProperty().get().builtIn() ? "" : model.selectedPresetProperty().get().name());
        ask.initOwner(getDialogPane().getScene().getWindow());
        ask.setHeaderText("Save these columns as a preset");
        ask.setContentText("Name:");
        ask.showAndWait().ifPresent(name -> model.saveAs(name, this::error));
    }

    private void error(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        alert.initOwner(getDialogPane().getScene().getWindow());
        alert.setHeaderText("Cannot use these columns");
        alert.showAndWait();
    }
}
