package org.tracebench.ui.letters;

import java.io.ByteArrayInputStream;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tracebench.model.Office;
import org.tracebench.model.Signatory;

/**
 * Offices & signatories: the letterhead of each issuing office (name lines as typed, logo, address and contact)
 * with a preview as letters draw it, the people who sign for it, and for a case, which office and signatory its
 * letters use. The logic is in {@link OfficesViewModel}.
 */
public final class OfficesDialog extends Dialog<Void> {

    public OfficesDialog(OfficesViewModel model, Window owner) {
        initOwner(owner);
        setTitle("Offices & signatories");
        setHeaderText("Each office's letterhead prints its name lines exactly as typed (type capitals for an office that"
                + " prints its name in capitals). Edits stay in the form until Save; Revert and Undo save put things back.");
        setResizable(true);

        ListView<Office> officeList = new ListView<>(model.offices());
        officeList.setId("offices-list");
        officeList.setPrefWidth(230);
        officeList.setMinWidth(200);
        officeList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Office item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.displayName() + (item.sample() ? " (sample)" : ""));
            }
        });
        officeList.getSelectionModel().selectedItemProperty().addListener((obs, old, office) -> {
            if (office != null && office != model.selectedProperty().get()) {
                model.select(office);
            }
        });
        model.selectedProperty().addListener((obs, old, office) -> {
            if (office == null) {
                officeList.getSelectionModel().clearSelection();
            } else {
                officeList.getItems().stream().filter(o -> o.id() == office.id()).findFirst()
                        .ifPresent(o -> officeList.getSelectionModel().select(o));
            }
        });
        Button newOffice = new Button("New office");
        newOffice.setId("office-new");
        newOffice.setOnAction(e -> model.newOffice());
        VBox left = new VBox(6, new Label("Offices"), officeList, newOffice);
        VBox.setVgrow(officeList, Priority.ALWAYS);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, new Label("Key"), field("office-key", model.key, "A short handle, e.g. state-ag-consumer"));
        form.addRow(row++, new Label("Name lines"), area("office-name-lines", model.nameLines, 3,
                "The letterhead's name lines, one per line, printed as typed"));
        form.addRow(row++, new Label("Header lines (right)"), area("office-header-right", model.headerRight, 3,
                "Lines printed at the right under the letterhead, e.g. the author and e-mail"));
        form.addRow(row++, new Label("Address"), area("office-address", model.address, 2, "Postal address, one line per line"));
        form.addRow(row++, new Label("Phone"), field("office-phone", model.phone, "Phone number on the contact line"));
        form.addRow(row++, new Label("E-mail"), field("office-email", model.email, "E-mail address on the contact line"));
        form.addRow(row++, new Label("Web"), field("office-web", model.web, "Web address on the contact line"));

        ImageView logoView = new ImageView();
        logoView.setId("office-logo");
        logoView.setFitHeight(56);
        logoView.setPreserveRatio(true);
        model.logo.addListener((obs, old, png) -> logoView.setImage(png == null ? null : new Image(new ByteArrayInputStream(png))));
        Button chooseLogo = new Button("Choose logo…");
        chooseLogo.setId("office-choose-logo");
        chooseLogo.setTooltip(new Tooltip("A PNG image printed centred above the name lines (SVG: convert to PNG first)"));
        chooseLogo.setOnAction(e -> model.chooseLogo());
        Button removeLogo = new Button("Remove logo");
        removeLogo.setOnAction(e -> model.removeLogo());
        removeLogo.disableProperty().bind(model.logo.isNull());
        HBox logoRow = new HBox(8, logoView, chooseLogo, removeLogo);
        logoRow.setAlignment(Pos.CENTER_LEFT);
        form.addRow(row++, new Label("Logo"), logoRow);

        Button save = new Button("Save");
        save.setId("office-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> model.save());
        Button revert = new Button("Revert");
        revert.setId("office-revert");
        revert.setOnAction(e -> model.revert());
        Button undo = new Button("Undo save");
        undo.setId("office-undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undoSave());
        Button delete = new Button("Delete office…");
        delete.setOnAction(e -> model.delete());
        Button refresh = new Button("Preview");
        refresh.setId("office-preview-refresh");
        refresh.setTooltip(new Tooltip("Draw the letterhead as the form has it now"));
        refresh.setOnAction(e -> model.refreshPreview());
        HBox officeButtons = new HBox(8, save, revert, undo, delete, refresh);

        ImageView preview = new ImageView();
        preview.setId("office-preview");
        preview.setFitWidth(520);
        preview.setPreserveRatio(true);
        model.previewProperty().addListener((obs, old, image) ->
                preview.setImage(image == null ? null : SwingFXUtils.toFXImage(image, null)));
        VBox previewBox = new VBox(4, new Label("Preview (top of page 1)"), preview);
        previewBox.setStyle("-fx-border-color: #b8b8b8; -fx-padding: 4;");

        ListView<Signatory> signers = new ListView<>(model.signatories());
        signers.setId("signatories-list");
        signers.setPrefHeight(90);
        signers.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Signatory item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.displayName());
            }
        });
        signers.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null && s != model.selectedSignatoryProperty().get()) {
                model.selectSignatory(s);
            }
        });
        model.selectedSignatoryProperty().addListener((obs, old, s) -> {
            if (s == null) {
                signers.getSelectionModel().clearSelection();
            } else {
                signers.getItems().stream().filter(x -> x.id() == s.id()).findFirst()
                        .ifPresent(x -> signers.getSelectionModel().select(x));
            }
        });
        GridPane signerForm = new GridPane();
        signerForm.setHgap(8);
        signerForm.setVgap(6);
        signerForm.addRow(0, new Label("Name"), field("signer-name", model.signerName, "Who signs, as printed"));
        signerForm.addRow(1, new Label("Title"), field("signer-title", model.signerTitle, "Title, e.g. Chief"));
        signerForm.addRow(2, new Label("Office lines"), area("signer-office", model.signerOffice, 2,
                "Lines under the title in the signature block (division, department)"));
        Button newSigner = new Button("New signatory");
        newSigner.setOnAction(e -> model.newSignatory());
        Button saveSigner = new Button("Save signatory");
        saveSigner.setId("signer-save");
        saveSigner.setOnAction(e -> model.saveSignatory());
        Button deleteSigner = new Button("Delete signatory…");
        deleteSigner.setOnAction(e -> model.deleteSignatory());
        VBox signerBox = new VBox(6, new Label("Signatories of this office"), signers, signerForm,
                new HBox(8, newSigner, saveSigner, deleteSigner));

        VBox center = new VBox(10, form, officeButtons, previewBox, signerBox);
        center.setPadding(new Insets(0, 0, 0, 10));
        ScrollPane scroll = new ScrollPane(center);
        scroll.setFitToWidth(true);
        HBox.setHgrow(scroll, Priority.ALWAYS);

        Label status = new Label();
        status.setId("offices-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox main = new HBox(left, scroll);
        VBox.setVgrow(main, Priority.ALWAYS);
        VBox root = new VBox(8, main, status);
        model.caseFile().ifPresent(c -> {
            Button use = new Button("Use this office and signatory for " + c.title());
            use.setId("office-use-for-case");
            use.setOnAction(e -> model.useForCase());
            root.getChildren().add(1, use);
        });
        getDialogPane().setContent(root);
        // The wrapped header text would otherwise size the window to its own width.
        getDialogPane().setMinSize(960, 720);
        getDialogPane().setPrefSize(960, 720);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.load();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String tip) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(32);
        field.setTooltip(new Tooltip(tip));
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty value, int rows, String tip) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(32);
        area.setTooltip(new Tooltip(tip));
        area.textProperty().bindBidirectional(value);
        return area;
    }
}
