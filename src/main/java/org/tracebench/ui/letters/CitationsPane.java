package org.tracebench.ui.letters;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tracebench.letters.Citation;
import org.tracebench.letters.CitationForms;

/**
 * The citation library: pick an authority, edit its parts (name, release number, reporter, pinpoint kind,
 * date, short name, address) or add one, and see its full, short and "Id." forms side by side as you type.
 */
final class CitationsPane {

    private final CitationsViewModel model;
    private final Runnable changed;
    private final ListView<Citation> list = new ListView<>();
    private final TextField key = new TextField();
    private final ChoiceBox<Citation.Kind> kind = new ChoiceBox<>();
    private final TextArea full = new TextArea();
    private final TextField release = new TextField();
    private final TextField volume = new TextField();
    private final TextField reporter = new TextField();
    private final TextField firstPage = new TextField();
    private final TextField tail = new TextField();
    private final TextField shortForm = new TextField();
    private final TextField url = new TextField();
    private final TextField pinpoint = new TextField();
    private final Label fullForm = form("citation-full-form");
    private final Label shortFormPreview = form("citation-short-form");
    private final Label idForm = form("citation-id-form");
    private final Label message = new Label();
    private final ScrollPane view;
    /** The entry as the form last showed it from the library: what a save says it was made from. */
    private Citation shown;
    /** Set while the list is replaced after others' saves: the list's selection moving then is not the user's. */
    private boolean following;

    CitationsPane(CitationsViewModel model, Runnable changed) {
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
        list.setId("citation-list");
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (!following) {
                show(c);
            }
        });
        kind.getItems().setAll(Citation.Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Citation.Kind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public Citation.Kind fromString(String text) {
                return Citation.Kind.parse(text);
            }
        });
        kind.setValue(Citation.Kind.PAGE);
        kind.setId("citation-kind");
        full.setWrapText(true);
        full.setPrefRowCount(2);
        key.setId("citation-key");
        full.setId("citation-full");
        release.setId("citation-release");
        volume.setId("citation-volume");
        reporter.setId("citation-reporter");
        firstPage.setId("citation-page");
        tail.setId("citation-tail");
        shortForm.setId("citation-short");
        url.setId("citation-url");
        pinpoint.setId("citation-pinpoint");
        pinpoint.setPromptText("for example 7628, para. 37 or 48 ¶90 or (k)(4)");
        volume.setPrefColumnCount(4);
        firstPage.setPrefColumnCount(5);
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        form.addRow(0, name("Key"), key, name("Pinpoints"), kind);
        form.addRow(1, name("Name"), full);
        GridPane.setColumnSpan(full, 3);
        form.addRow(2, name("Release no."), release, name("Date"), tail);
        form.addRow(3, name("Volume"), volume, name("Reporter"), reporter);
        form.addRow(4, name("First page"), firstPage, name("Short name"), shortForm);
        form.addRow(5, name("Web address"), url, name("Try pinpoint"), pinpoint);
        GridPane.setHgrow(full, Priority.ALWAYS);
        GridPane.setHgrow(tail, Priority.ALWAYS);
        GridPane.setHgrow(shortForm, Priority.ALWAYS);
        GridPane.setHgrow(pinpoint, Priority.ALWAYS);
        GridPane.setHgrow(release, Priority.ALWAYS);
        GridPane.setHgrow(url, Priority.ALWAYS);
        ChangeListener<Object> refresh = (obs, old, now) -> preview();
        for (TextInputControl field : new TextInputControl[] {key, full, release, volume, reporter, firstPage, tail,
            shortForm, url, pinpoint}) {
            field.textProperty().addListener(refresh);
        }
        kind.valueProperty().addListener(refresh);
        HBox forms = new HBox(12, column("Full (first cite)", fullForm), column("Short (later cites)", shortFormPreview),
                column("Id. (same authority just before)", idForm));
        Button save = new Button("Save citation");
        save.setId("citation-save");
        save.setOnAction(e -> save());
        Label help = new Label("Cite in a template's footnote as [@key pinpoint], [@key pinpoint | explanation], or "
                + "[-@key pinpoint] when the sentence already names the authority; *text* is italic.");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        list.setPrefHeight(170);
        VBox content = new VBox(6, list, form, forms, save, message, help);
        content.setPadding(new Insets(8));
        view = new ScrollPane(content);
        view.setFitToWidth(true);
        preview();
    }

    /** A field's name, never shortened with an ellipsis. */
    private static Label name(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label form(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        // Long cites wrap over several lines; they must never be cut off with an ellipsis.
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static VBox column(String title, Label form) {
        Label heading = new Label(title);
        heading.setStyle("-fx-font-weight: bold;");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, heading, form);
        box.setPrefWidth(0);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    Node view() {
        return view;
    }

    void reload() {
        model.load();
    }

    /**
     * Others saved citations (decision 0720): the list is read again. The entry on the form follows the stored
     * one unless the user has changed it; then it stays as typed, and its save asks about the other's version.
     */
    void othersSaved() {
        Citation was = shown;
        boolean untouched = was != null && edited().equals(was);
        following = true;
        model.load(() -> {
            following = false;
            if (was == null || !untouched) {
                return;
            }
            model.citations().stream().filter(c -> c.key().equals(was.key())).findFirst().ifPresent(c -> {
                list.getSelectionModel().select(c);
                show(c);
            });
        });
    }

    private void show(Citation c) {
        if (c == null) {
            return;
        }
        shown = c;
        key.setText(c.key());
        kind.setValue(c.kind());
        full.setText(c.full());
        release.setText(c.release());
        volume.setText(c.volume());
        reporter.setText(c.reporter());
        firstPage.setText(c.firstPage());
        tail.setText(c.tail());
        shortForm.setText(c.shortForm());
        url.setText(c.url());
    }

    private Citation edited() {
        return new Citation(key.getText().trim(), kind.getValue(), full.getText(), release.getText(), volume.getText(),
                reporter.getText(), firstPage.getText(), tail.getText(), shortForm.getText(), url.getText());
    }

    /** Pure formatting of the entry on screen: cheap enough to run on every keystroke on the FX thread. */
    private void preview() {
        Citation citation = edited();
        String problem = citation.partsProblem();
        if (citation.full().isBlank() || !problem.isEmpty()) {
            fullForm.setText(problem);
            shortFormPreview.setText("");
            idForm.setText("");
            return;
        }
        CitationForms forms = CitationForms.of(citation, pinpoint.getText());
        fullForm.setText(forms.full());
        shortFormPreview.setText(forms.shortForm());
        idForm.setText(forms.id());
    }

    private void save() {
        // A refusal (no key, no full cite, missing reporter parts) comes back from the save as the message.
        Citation edited = edited();
        // A key typed anew was not read from the library: a save over an entry already there asks first.
        Citation base = shown != null && shown.key().equals(edited.key()) ? shown : null;
        model.save(base, edited, message::setText, stored -> {
            show(stored);
            changed.run();
        });
    }
}
