package org.tracebench.ui.providers;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tracebench.rmd.RmdReviewItem;
import org.tracebench.ui.cases.Columns;

/**
 * The uncertain matches of RMD imports: for each, the RMD row, the provider it might be and why the importer
 * was unsure. Accept makes the row that provider's filing; reject records that they differ. Returns true when
 * something was decided.
 */
final class RmdReviewDialog extends Dialog<Boolean> {

    private final RmdReviewViewModel model;
    private final TableView<RmdReviewItem> table = Columns.table("review-table", "Nothing to review.");

    RmdReviewDialog(RmdReviewViewModel model, Window owner) {
        this.model = model;
        initOwner(owner);
        setTitle("Review RMD matches");
        setHeaderText("The importer was not sure these RMD rows are the providers shown. Decide each one.");
        setResizable(true);
        table.getColumns().add(Columns.text("Row", i -> String.valueOf(i.entry().record().rowNumber()), 45));
        table.getColumns().add(Columns.fixed(Columns.text("RMD number", i -> i.entry().record().rmdNumber(), 110)));
        table.getColumns().add(Columns.text("Business name in the RMD", i -> i.entry().record().businessName(), 200));
        table.getColumns().add(Columns.text("FRN", i -> i.entry().record().frn(), 90));
        table.getColumns().add(Columns.text("Might be", RmdReviewItem::candidateName, 180));
        table.getColumns().add(Columns.wrapping("Why unsure", RmdReviewItem::reason, 240));
        Button accept = new Button("Same provider");
        accept.setDefaultButton(false);
        Button reject = new Button("Different provider");
        accept.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reject.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        accept.setOnAction(e -> model.decide(table.getSelectionModel().getSelectedItem(), true));
        reject.setOnAction(e -> model.decide(table.getSelectionModel().getSelectedItem(), false));
        table.setItems(model.items());
        VBox content = new VBox(8, table, new HBox(8, accept, reject,
                new Label("Decisions are written to the audit log.")));
        content.setPadding(new Insets(4));
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPrefSize(980, 420);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(1000);
        getDialogPane().setMinWidth(1000);
        Columns.openWide(this, 1000);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setResultConverter(button -> model.decided());
        model.reload();
    }
}
