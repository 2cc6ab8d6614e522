package org.tracebench.ui.providers;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.tracebench.rmd.RmdSnapshot;
import org.tracebench.rmd.SnapshotDiff;
import org.tracebench.ui.cases.Columns;

/** Compares two RMD snapshots: new filers, filers no longer listed, renames, implementation changes, overdue recertifications. */
final class SnapshotDiffDialog extends Dialog<Void> {

    private final SnapshotDiffViewModel model;
    private final ComboBox<RmdSnapshot> older = new ComboBox<>();
    private final ComboBox<RmdSnapshot> newer = new ComboBox<>();
    private final TableView<SnapshotDiff.Change> table = Columns.table("diff-table", "No differences.");
    private final Label counts = new Label();

    SnapshotDiffDialog(SnapshotDiffViewModel model, Window owner) {
        this.model = model;
        initOwner(owner);
        setTitle("Compare RMD snapshots");
        setHeaderText("What changed in the RMD between two imports");
        setResizable(true);
        StringConverter<RmdSnapshot> converter = new StringConverter<>() {
            @Override
            public String toString(RmdSnapshot s) {
                return s == null ? "" : Columns.DAY.format(s.asOf()) + " — " + s.sourceFile() + " (" + s.rows() + " rows)";
            }

            @Override
            public RmdSnapshot fromString(String s) {
                return null;
            }
        };
        for (ComboBox<RmdSnapshot> box : List.of(older, newer)) {
            box.setItems(model.snapshots());
            box.setConverter(converter);
            box.valueProperty().addListener((obs, old, value) -> model.compare(older.getValue(), newer.getValue()));
        }
        table.getColumns().add(Columns.text("Change", c -> c.kind().label(), 170));
        table.getColumns().add(Columns.fixed(Columns.text("RMD number", SnapshotDiff.Change::rmdNumber, 110)));
        table.getColumns().add(Columns.text("Name", SnapshotDiff.Change::name, 220));
        table.getColumns().add(Columns.text("Before", SnapshotDiff.Change::before, 200));
        table.getColumns().add(Columns.text("After", SnapshotDiff.Change::after, 200));
        table.setItems(model.changes());
        counts.textProperty().bind(model.countsProperty());
        HBox pickers = new HBox(8, new Label("From"), older, new Label("to"), newer);
        pickers.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(8, pickers, counts, table);
        content.setPadding(new Insets(4));
        content.setPrefSize(980, 460);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(1000);
        getDialogPane().setMinWidth(1000);
        Columns.openWide(this, 1000);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.load(() -> {
            List<RmdSnapshot> snapshots = model.snapshots();
            if (snapshots.size() >= 2) {
                older.setValue(snapshots.get(snapshots.size() - 2));
                newer.setValue(snapshots.get(snapshots.size() - 1));
            }
        });
    }
}
