package org.tracebench.ui.calls;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tracebench.model.ImportBatch;

/** The imports into a case, newest first, and "Undo import" for the selected one. Binds {@link ImportsViewModel}. */
public final class ImportsDialog extends Dialog<Void> {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);
    private final TableView<ImportBatch> table = new TableView<>();

    public ImportsDialog(ImportsViewModel model, String caseTitle, Window owner) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Imports");
        setHeaderText("Imports into " + caseTitle + ", newest first. Undoing one removes what it wrote, whole.");
        setResizable(true);
        ZoneId zone = ZoneId.systemDefault();
        table.setId("imports-table");
        table.setPlaceholder(new Label("No import into this case."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", b -> String.valueOf(b.id()), 44));
        table.getColumns().add(column("When", b -> AT.format(b.importedAt().atZone(zone)), 130));
        table.getColumns().add(column("File", ImportBatch::fileName, 200));
        table.getColumns().add(column("Read", b -> String.valueOf(b.rowsRead()), 60));
        table.getColumns().add(column("Written", b -> String.valueOf(b.rowsWritten()), 66));
        table.getColumns().add(column("Skipped", b -> String.valueOf(b.rowsSkipped()), 66));
        table.getColumns().add(column("Updated", b -> String.valueOf(b.rowsUpdated()), 66));
        table.getColumns().add(column("On duplicate", b -> b.onDuplicate().toLowerCase(Locale.ROOT), 96));
        table.getColumns().add(column("Who", ImportBatch::actor, 90));
        table.getColumns().add(column("Undone", b -> b.undone()
                ? AT.format(b.undoneAt().atZone(zone)) + " by " + b.undoneBy() : "", 180));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportBatch item, boolean empty) {
                super.updateItem(item, empty);
                setOpacity(!empty && item != null && item.undone() ? 0.55 : 1);
            }
        });
        table.setItems(model.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        Button undo = new Button("Undo import", new FontIcon(Feather.ROTATE_CCW));
        undo.setId("imports-undo");
        undo.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canUndo(model.selectedProperty().get()),
                model.selectedProperty()));
        undo.setOnAction(e -> model.undoSelected());
        Label status = new Label();
        status.setId("imports-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bottom = new HBox(8, status, spacer, undo);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(8, table, bottom);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(4));
        content.setPrefSize(1080, 360);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(1110);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static TableColumn<ImportBatch, String> column(String title, Function<ImportBatch, String> value, double width) {
        TableColumn<ImportBatch, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public TableView<ImportBatch> table() {
        return table;
    }
}
