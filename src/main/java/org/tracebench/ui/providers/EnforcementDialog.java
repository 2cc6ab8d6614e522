package org.tracebench.ui.providers;

import java.time.LocalDate;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.tracebench.model.EnforcementAction;
import org.tracebench.model.EnforcementKind;
import org.tracebench.model.Provider;

/** Adds a step to a provider's enforcement history: kind, date, file number, who issued it. */
final class EnforcementDialog extends Dialog<EnforcementAction> {

    EnforcementDialog(Provider provider, Window owner, LocalDate today) {
        initOwner(owner);
        setTitle("Add to enforcement history");
        setHeaderText(provider.name());
        ComboBox<EnforcementKind> kind = new ComboBox<>();
        kind.getItems().setAll(EnforcementKind.values());
        kind.setValue(EnforcementKind.NOTICE);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(EnforcementKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public EnforcementKind fromString(String s) {
                return null;
            }
        });
        DatePicker date = new DatePicker(today);
        TextField fileNumber = new TextField();
        fileNumber.setPromptText("e.g. EB-TCD-21-00032993 or DA 24-123");
        TextField issuedBy = new TextField();
        issuedBy.setPromptText("e.g. FCC Enforcement Bureau");
        TextField summary = new TextField();
        Label removalNote = new Label("A removal order also marks the provider as removed from the RMD.");
        removalNote.visibleProperty().bind(kind.valueProperty().isEqualTo(EnforcementKind.REMOVAL_ORDER));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Kind"), kind);
        grid.addRow(1, new Label("Date"), date);
        grid.addRow(2, new Label("File number"), fileNumber);
        grid.addRow(3, new Label("Issued by"), issuedBy);
        grid.addRow(4, new Label("Summary"), summary);
        grid.add(removalNote, 0, 5, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(date.valueProperty().isNull());
        setResultConverter(button -> button != ButtonType.OK ? null : new EnforcementAction(0, provider.id(),
                kind.getValue(), date.getValue(), blank(fileNumber.getText()), blank(issuedBy.getText()),
                blank(summary.getText()), null));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
