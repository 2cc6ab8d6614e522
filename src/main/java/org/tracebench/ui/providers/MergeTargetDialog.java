package org.tracebench.ui.providers;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;

/** Picks the provider the selected one is merged into, from a list searchable like the provider list. */
final class MergeTargetDialog extends Dialog<Provider> {

    MergeTargetDialog(MergesViewModel model, Provider source, Window owner) {
        initOwner(owner);
        setTitle("Merge into…");
        setHeaderText("Merge \"" + source.name() + "\" into which provider?");
        setResizable(true);
        model.chooseTargetFor(source);
        TextField search = new TextField();
        search.setId("merge-target-search");
        search.setPromptText("Search any name, alias, FRN or RMD number");
        search.textProperty().bindBidirectional(model.targetQueryProperty());
        ListView<Provider> list = new ListView<>(model.targets());
        list.setId("merge-targets");
        list.setPlaceholder(new Label("No provider matches."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Provider p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + (p.kind() == PartyKind.CUSTOMER ? " (caller)" : "")
                        + (p.aliases().isEmpty() ? "" : " — also " + String.join("; ", p.aliases())));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                setResult(list.getSelectionModel().getSelectedItem());
                close();
            }
        });
        VBox content = new VBox(8, search, list);
        content.setPadding(new Insets(4));
        content.setPrefSize(560, 380);
        VBox.setVgrow(list, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(button -> button == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        setOnShown(e -> search.requestFocus());
    }
}
