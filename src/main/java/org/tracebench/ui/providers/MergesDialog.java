package org.tracebench.ui.providers;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tracebench.ui.cases.Columns;

/**
 * The recorded provider merges, newest first, with "Undo merge" for the selected one. Returns whether a merge
 * was undone, so the provider list can refresh. The logic is in {@link MergesViewModel}.
 */
final class MergesDialog extends Dialog<Boolean> {

    private final MergesViewModel model;
    private final TableView<MergesViewModel.Row> table = Columns.table("merges-table", "No merges recorded yet.");
    private final Label outcome = new Label();
    private boolean changed;

    MergesDialog(MergesViewModel model, Window owner) {
        this.model = model;
        initOwner(owner);
        setTitle("Provider merges");
        setHeaderText("Spellings put under a provider by imports and by hand; undo one to make it a provider again");
        setResizable(true);
        table.getColumns().add(Columns.fixed(Columns.text("When", r -> MergesViewModel.WHEN.format(r.merge().mergedAt()), 140)));
        table.getColumns().add(Columns.text("Who", r -> r.merge().actor(), 70));
        table.getColumns().add(Columns.text("Spelling merged", r -> r.merge().spelling(), 190));
        table.getColumns().add(Columns.text("Into", MergesViewModel.Row::into, 180));
        table.getColumns().add(Columns.text("Why", r -> r.merge().reason(), 230));
        table.getColumns().add(Columns.fixed(Columns.text("Undone", r -> r.merge().undone()
                ? MergesViewModel.WHEN.format(r.merge().undoneAt()) : "", 140)));
        // Undone merges stay listed for the record, greyed out.
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(MergesViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setOpacity(!empty && row != null && row.merge().undone() ? 0.55 : 1);
            }
        });
        // The reason can be long (an import names file, row and rule): shown whole for the selected merge.
        Label detail = new Label();
        detail.setId("merge-detail");
        detail.setWrapText(true);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        detail.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Select a merge to see why it was made." : model.selectedProperty().get().detail(), model.selectedProperty()));
        table.setItems(model.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        Button undo = new Button("Undo merge", new FontIcon(Feather.ROTATE_CCW));
        undo.setId("undo-merge");
        undo.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == null || model.selectedProperty().get().merge().undone(),
                model.selectedProperty()));
        undo.setOnAction(e -> undoSelected());
        outcome.setId("merge-outcome");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, outcome, spacer, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(8, table, detail, bar);
        content.setPadding(new Insets(4));
        content.setPrefSize(960, 420);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(980);
        getDialogPane().setMinWidth(980);
        Columns.openWide(this, 980);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setResultConverter(button -> changed);
        model.reload();
    }

    private void undoSelected() {
        MergesViewModel.Row row = model.selectedProperty().get();
        // The confirmation waits for the user: it opens after the read has handed over its answer, not inside it.
        model.undoQuestion(row, question -> Platform.runLater(() -> confirmUndo(row, question)), this::refused);
    }

    private void confirmUndo(MergesViewModel.Row row, String question) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(getDialogPane().getScene().getWindow());
        confirm.setTitle("Undo merge");
        confirm.getDialogPane().setPrefWidth(560);
        confirm.setHeaderText("Undo the merge into \"" + row.into() + "\"?");
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        model.undo(row, restored -> {
            changed = true;
            outcome.setText("\"" + restored.name() + "\" is a provider of its own again.");
        }, this::refused);
    }

    private void refused(MergesViewModel.Refused refused) {
        ProvidersScreen.showRefusal(getDialogPane().getScene().getWindow(), "Cannot undo the merge", refused);
    }
}
