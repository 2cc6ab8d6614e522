package org.tracebench.ui.letters;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tracebench.letters.Citation;

/** The citation library: pick an authority, edit its full cite, tail, short form and URL, or add one. */
final class CitationsPane {

    private final LettersViewModel model;
    private final Runnable changed;
    private final ListView<Citation> list = new ListView<>();
    private final TextField key = new TextField();
    private final TextArea full = new TextArea();
    private final TextField tail = new TextField();
    private final TextField shortForm = new TextField();
    private final TextField url = new TextField();
    private final Label message = new Label();
    private final VBox view;

    CitationsPane(LettersViewModel model, Runnable changed) {
        this.model = model;
        this.changed = changed;
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Citation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.key() + (item.hasShortForm() ? "  —  " + item.shortForm() : ""));
            }
        });
        list.setItems(model.citations());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> show(c));
        full.setWrapText(true);
        full.setPrefRowCount(3);
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        form.addRow(0, new Label("Key"), key);
        form.addRow(1, new Label("Full cite"), full);
        form.addRow(2, new Label("After pinpoint"), tail);
        form.addRow(3, new Label("Short form"), shortForm);
        form.addRow(4, new Label("URL"), url);
        GridPane.setHgrow(full, Priority.ALWAYS);
        Button save = new Button("Save citation");
        save.setOnAction(e -> save());
        Label help = new Label("Cite in a template's footnote as [@key pinpoint]; *text* is italic.");
        help.setWrapText(true);
        view = new VBox(6, list, form, save, message, help);
        view.setPadding(new Insets(8));
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    Node view() {
        return view;
    }

    void reload() {
        model.loadCitations();
    }

    private void show(Citation c) {
        if (c == null) {
            return;
        }
        key.setText(c.key());
        full.setText(c.full());
        tail.setText(c.tail());
        shortForm.setText(c.shortForm());
        url.setText(c.url());
    }

    private void save() {
        // A refusal (no key, no full cite) comes back from the save as the message.
        model.saveCitation(new Citation(key.getText().trim(), full.getText().trim(), tail.getText(),
                shortForm.getText(), url.getText()), message::setText, changed);
    }
}
