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
    private final VBox view;
    private CaseFile loaded;
    private boolean loading;

    CaseDetailsForm(CasesViewModel model, ScreenContext context, Runnable changed) {
        this.model = model;
        this.context = context;
        this.changed = changed;
        title.setId("case-title-field");
        status.setId("case-status-field");
        signatory.setId("case-signatory-field");
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
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        revert.setOnAction(e -> load(loaded));
        HBox buttons = new HBox(8, save, revert, state);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.setPadding(new Insets(4, 8, 10, 4));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        buttons.setPadding(new Insets(8, 4, 4, 4));
        view = new VBox(6, buttons, scroll);
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

    void load(CaseFile caseFile) {
        loading = true;
        try {
            loaded = caseFile;
            target.getItems().setAll(model.providers());
            if (caseFile == null) {
                List.of(title, office, signatory, recipientPerson, recipientTitle, recipientAddress, recipientEmails, notes)
                        .forEach(f -> f.setText(""));
                target.setValue(null);
                return;
            }
            title.setText(caseFile.title());
            target.setValue(target.getItems().stream()
                    .filter(p -> Objects.equals(p.id(), caseFile.targetProviderId())).findFirst().orElse(null));
            office.setText(nz(caseFile.issuingOffice()));
            kind.setValue(caseFile.letterKind());
            status.setValue(caseFile.status());
            openedOn.setValue(caseFile.openedOn());
            letterDate.setValue(caseFile.letterDate());
            signatory.setText(nz(caseFile.signatory()));
            recipientPerson.setText(nz(caseFile.recipient().person()));
            recipientTitle.setText(nz(caseFile.recipient().title()));
            recipientAddress.setText(nz(caseFile.recipient().address()));
            recipientEmails.setText(String.join("; ", caseFile.recipient().emails()));
            notes.setText(nz(caseFile.notes()));
        } finally {
            loading = false;
            save.setDisable(true);
            revert.setDisable(true);
            state.setText("");
        }
    }

    /** The case as the form now shows it. */
    CaseFile edited() {
        List<String> emails = Arrays.stream(recipientEmails.getText().split("[;,\\s]+")).filter(s -> !s.isBlank()).toList();
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
