package org.tracebench.ui.providers;

import java.util.Arrays;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.tracebench.model.Contact;
import org.tracebench.model.Provider;

/**
 * A provider's own details as an investigator learns them: name, FRN, country and the contact a letter is
 * addressed to. RMD number and status stay as the RMD imports set them.
 */
final class ProviderDetailsDialog {

    private ProviderDetailsDialog() {
    }

    /** The provider as edited; empty when the user cancelled. */
    static Optional<Provider> ask(Window owner, Provider p) {
        Dialog<Provider> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Edit provider");
        dialog.setHeaderText(p.name());
        TextField name = field("provider-name-field", p.name());
        TextField frn = field("provider-frn-field", p.frn());
        TextField country = field("provider-country-field", p.country());
        CheckBox foreign = new CheckBox("Foreign provider");
        foreign.setSelected(p.foreign());
        TextField person = field("provider-contact-person-field", p.contact().person());
        TextField title = field("provider-contact-title-field", p.contact().title());
        TextArea address = new TextArea(p.contact().address() == null ? "" : p.contact().address());
        address.setPrefRowCount(3);
        address.setWrapText(true);
        TextField emails = field("provider-emails-field", String.join("; ", p.contact().emails()));
        emails.setPromptText("addresses separated by ; or ,");
        TextField phone = field("provider-phone-field", p.contact().phone());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        Object[][] rows = {{"Name", name}, {"FRN", frn}, {"Country", country}, {"", foreign}, {"Contact", person},
            {"Contact's title", title}, {"Address", address}, {"E-mails", emails}, {"Phone", phone}};
        for (int i = 0; i < rows.length; i++) {
            grid.addRow(i, new Label((String) rows[i][0]), (javafx.scene.Node) rows[i][1]);
            GridPane.setHgrow((javafx.scene.Node) rows[i][1], Priority.ALWAYS);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(560);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(button -> button != save ? null : new Provider(p.id(), name.getText().strip(), p.kind(),
                p.aliases(), blank(frn.getText()), p.rmdNumber(), p.rmdStatus(), foreign.isSelected(),
                blank(country.getText()), p.stirShaken(), new Contact(blank(person.getText()), blank(title.getText()),
                        blank(address.getText()), Arrays.stream(emails.getText().split("[;,\\s]+")).filter(s -> !s.isBlank())
                                .toList(), blank(phone.getText())), p.illustrative()));
        return dialog.showAndWait();
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value == null ? "" : value);
        field.setId(id);
        return field;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
