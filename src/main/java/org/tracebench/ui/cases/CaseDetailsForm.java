package org.tracebench.ui.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseStatus;
import org.tracebench.model.Contact;
import org.tracebench.model.LetterKind;
import org.tracebench.model.Provider;
import org.tracebench.ui.common.ScreenContext;

/**
 * The editable details of a case: target, issuing office, signatory, kind of letter, status, dates, recipient
 * and notes. Save (Ctrl+S) writes through the case editor, which records each changed field in the audit log;
 * Revert puts back what is stored.
 */
final class CaseDetailsForm {

    private final CasesViewModel model;
    private final ScreenContext context;
    private final Runnable changed;
    private final TextField title = new TextField();
    private final ComboBox<Provider> target = new ComboBox<>();
    private final TextArea office = area(3);
    private final ComboBox<LetterKind> kind = new ComboBox<>();
    private final ComboBox<CaseStatus> status = new ComboBox<>();
    private final DatePicker openedOn = new DatePicker();
    private final DatePicker letterDate = new DatePicker();
    private final TextArea signatory = area(4);
    private final TextField recipientPerson = new TextField();
    private final TextField recipientTitle = new TextField();
    private final TextArea recipientAddress = area(3);
    private final TextField recipientEmails = new TextField();
    private final TextArea notes = area(4);
    private final Button save = new Button("Save");
    private final Button revert = new Button("Revert");
    private final Label state = new Label();
    private final Label noticeText = new Label();
    private final HBox notice;
    private final HBox buttons;
    private final VBox view;
    /** What a save says it was made from (see {@link #refresh}). */
    private CaseFile loaded;
    /** The case as last read from the store: what Revert and Reload put back. */
    private CaseFile stored;
    private boolean loading;

    CaseDetailsForm(CasesViewModel model, ScreenContext context, Runnable changed) {
        this.model = model;
        this.context = context;
        this.changed = changed;
        title.setId("case-title-field");
        status.setId("case-status-field");
        signatory.setId("case-signatory-field");
        notes.setId("case-notes-field");
        kind.getItems().setAll(LetterKind.values());
        kind.setConverter(converter(k -> k.label()));
        status.getItems().setAll(CaseStatus.values());
        status.setConverter(converter(Columns::label));
        target.setConverter(converter(Provider::name));
        target.setMaxWidth(Double.MAX_VALUE);
        recipientEmails.setPromptText("addresses separated by ; or ,");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        Object[][] rows = {{"Title", title}, {"Target provider", target}, {"Issuing office", office},
            {"Kind of letter", kind}, {"Status", status}, {"Opened on", openedOn}, {"Letter date", letterDate},
            {"Signatory", signatory}, {"Recipient", recipientPerson}, {"Recipient title", recipientTitle},
            {"Address", recipientAddress}, {"E-mails", recipientEmails}, {"Notes", notes}};
        for (int i = 0; i < rows.length; i++) {
            Label label = new Label((String) rows[i][0]);
            label.getStyleClass().add("detail-label");
            grid.addRow(i, label, (Node) rows[i][1]);
        }
        save.setId("case-save");
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        revert.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        revert.setOnAction(e -> load(stored));
        buttons = new HBox(8, save, revert, state);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.setPadding(new Insets(4, 8, 10, 4));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        buttons.setPadding(new Insets(8, 4, 4, 4));
        Button reload = new Button("Reload");
        reload.setId("case-reload");
        reload.setOnAction(e -> load(stored));
        Button keepMine = new Button("Keep mine");
        keepMine.setId("case-keep-mine");
        keepMine.setOnAction(e -> {
            hideNotice();
            state.setText("Unsaved changes; saving asks about the fields someone else changed");
        });
        noticeText.setId("case-changed-notice-text");
        noticeText.setWrapText(true);
        reload.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        keepMine.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        noticeText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        noticeText.setMaxWidth(Double.MAX_VALUE);
        HBox noticeButtons = new HBox(8, reload, keepMine);
        VBox noticeBox = new VBox(6, noticeText, noticeButtons);
        HBox.setHgrow(noticeBox, Priority.ALWAYS);
        notice = new HBox(noticeBox);
        notice.setId("case-changed-notice");
        notice.getStyleClass().add("changed-notice");
        notice.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        notice.setPadding(new Insets(6, 8, 6, 8));
        hideNotice();
        view = new VBox(6, buttons, notice, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        view.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                save();
                e.consume();
            }
        });
        for (TextInputControl field : List.of(title, office, signatory, recipientPerson, recipientTitle,
                recipientAddress, recipientEmails, notes)) {
            field.textProperty().addListener((obs, old, text) -> markDirty());
        }
        target.valueProperty().addListener((obs, old, v) -> markDirty());
        kind.valueProperty().addListener((obs, old, v) -> markDirty());
        status.valueProperty().addListener((obs, old, v) -> markDirty());
        openedOn.valueProperty().addListener((obs, old, v) -> markDirty());
        letterDate.valueProperty().addListener((obs, old, v) -> markDirty());
    }

    Node view() {
        return view;
    }

    /** Adds controls at the right end of the form's button row. */
    void addToButtons(Node controls) {
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        buttons.getChildren().addAll(gap, controls);
    }

    /** Shows the case as stored, dropping whatever the form held. */
    void load(CaseFile caseFile) {
        loading = true;
        try {
            loaded = caseFile;
            stored = caseFile;
            hideNotice();
            target.getItems().setAll(model.providers());
            if (caseFile == null) {
                List.of(title, office, signatory, recipientPerson, recipientTitle, recipientAddress, recipientEmails, notes)
                        .forEach(f -> f.setText(""));
                target.setValue(null);
                return;
            }
            show(caseFile);
        } finally {
            loading = false;
            save.setDisable(true);
            revert.setDisable(true);
            state.setText("");
        }
    }

    /**
     * The case as read again from the store (after a save, or because someone else changed it). A different
     * case, or a form nobody has typed in, simply shows it. Otherwise the fields the user has not changed follow
     * the store and the ones they changed keep their text; where the other person changed such a field too, a
     * notice offers to reload or to keep the user's text, and the save then asks field by field.
     */
    void refresh(CaseFile caseFile) {
        if (caseFile == null || loaded == null || loaded.id() != caseFile.id() || save.isDisabled()) {
            load(caseFile);
            return;
        }
        stored = caseFile;
        org.tracebench.model.Rebased<CaseFile> rebased = org.tracebench.model.Rebased.of(loaded, edited(), caseFile);
        loading = true;
        try {
            loaded = rebased.base();
            target.getItems().setAll(model.providers());
            show(rebased.shown());
        } finally {
            loading = false;
        }
        boolean dirty = !edited().equals(loaded);
        save.setDisable(!dirty);
        revert.setDisable(!dirty);
        if (!rebased.clashes().isEmpty()) {
            noticeText.setText("Someone else changed " + String.join(", ",
                    rebased.clashes().stream().map(org.tracebench.model.RecordFields::label).toList())
                    + " while you were editing it. Reload to see theirs, or keep yours: saving then asks which to keep."
                    + " Fields you did not change show what they saved.");
            notice.setVisible(true);
            notice.setManaged(true);
        } else if (!dirty) {
            state.setText("");
        }
    }

    private void hideNotice() {
        notice.setVisible(false);
        notice.setManaged(false);
    }

    /** Puts the case's values in the controls, touching only those that differ (a caret stays where it is). */
    private void show(CaseFile caseFile) {
        set(title, caseFile.title());
        Provider targetProvider = target.getItems().stream()
                .filter(p -> Objects.equals(p.id(), caseFile.targetProviderId())).findFirst().orElse(null);
        if (!Objects.equals(target.getValue(), targetProvider)) {
            target.setValue(targetProvider);
        }
        set(office, caseFile.issuingOffice());
        if (kind.getValue() != caseFile.letterKind()) {
            kind.setValue(caseFile.letterKind());
        }
        if (status.getValue() != caseFile.status()) {
            status.setValue(caseFile.status());
        }
        if (!Objects.equals(openedOn.getValue(), caseFile.openedOn())) {
            openedOn.setValue(caseFile.openedOn());
        }
        if (!Objects.equals(letterDate.getValue(), caseFile.letterDate())) {
            letterDate.setValue(caseFile.letterDate());
        }
        set(signatory, caseFile.signatory());
        set(recipientPerson, caseFile.recipient().person());
        set(recipientTitle, caseFile.recipient().title());
        set(recipientAddress, caseFile.recipient().address());
        if (!emails(recipientEmails.getText()).equals(caseFile.recipient().emails())) {
            recipientEmails.setText(String.join("; ", caseFile.recipient().emails()));
        }
        set(notes, caseFile.notes());
    }

    private static void set(TextInputControl field, String value) {
        // Compared as the form reads it back, so a field whose meaning is unchanged keeps the user's spacing.
        if (!Objects.equals(blank(field.getText()), blank(value))) {
            field.setText(nz(value));
        }
    }

    private static List<String> emails(String text) {
        return Arrays.stream(text.split("[;,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /** The case as the form now shows it. */
    CaseFile edited() {
        List<String> emails = emails(recipientEmails.getText());
        Contact recipient = new Contact(blank(recipientPerson.getText()), blank(recipientTitle.getText()),
                blank(recipientAddress.getText()), emails, loaded.recipient().phone());
        return new CaseFile(loaded.id(), loaded.key(), title.getText().strip(),
                target.getValue() == null ? null : target.getValue().id(), blank(office.getText()), kind.getValue(),
                status.getValue(), openedOn.getValue(), letterDate.getValue(), blank(signatory.getText()), recipient,
                blank(notes.getText()), loaded.sample());
    }

    private void markDirty() {
        if (!loading && loaded != null) {
            save.setDisable(false);
            revert.setDisable(false);
            state.setText("Unsaved changes");
        }
    }

    private void save() {
        if (loaded == null || save.isDisabled()) {
            return;
        }
        if (title.getText().isBlank()) {
            Alert alert = new Alert(Alert.AlertType.WARNING, "A case needs a title.", ButtonType.OK);
            alert.initOwner(context.owner().get());
            alert.showAndWait();
            return;
        }
        saveOver(loaded, edited());
    }

    private void saveOver(CaseFile base, CaseFile edited) {
        model.edit("The case", editor -> editor.save(base, edited), () -> {
            changed.run();
            state.setText("Saved");
        }, this::resolve);
    }

    /**
     * Someone else saved this case since the form read it: the user picks field by field, and the choice is
     * saved over the version they have now seen (which may itself have moved on: then they are asked again).
     */
    @SuppressWarnings("unchecked")
    private void resolve(org.tracebench.model.EditConflict<?> conflict) {
        org.tracebench.model.EditConflict<CaseFile> cases = (org.tracebench.model.EditConflict<CaseFile>) conflict;
        if (cases.fieldsToDecide().isEmpty()) {
            // The other save made exactly this user's changes: nothing of theirs is lost by taking it.
            load(cases.theirs());
            state.setText("Someone else saved the same changes");
            return;
        }
        org.tracebench.ui.common.ConflictDialog.ask(context.owner().get(), conflict).ifPresentOrElse(decision -> {
            if (decision.save()) {
                saveOver(cases.theirs(), cases.merged(decision.keepMine()));
            } else {
                load(cases.theirs());
                state.setText("Showing the saved version");
            }
        }, () -> state.setText("Not saved: someone else saved this case; your changes are still here"));
    }

    private static TextArea area(int rows) {
        TextArea area = new TextArea();
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
