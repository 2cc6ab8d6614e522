package org.tracebench.ui.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseStatus;
import org.tracebench.model.LetterKind;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;

/** Opens a new case: title, a short key (proposed from the title), target provider and kind of letter. */
final class NewCaseDialog extends FormDialog<CaseFile> {

    NewCaseDialog(Workbench workbench, Window owner, Clock clock) {
        super(owner, "New case", "Open a new enforcement case");
        Set<String> takenKeys = new java.util.HashSet<>(workbench.cases().findAll().stream().map(CaseFile::key).toList());
        TextField title = new TextField();
        title.setId("new-case-title");
        title.setPromptText("e.g. Example Telecom Task Force notice (2026)");
        TextField key = new TextField();
        key.setPromptText("short handle for batch commands, e.g. example-telecom-2026");
        boolean[] keyEdited = {false};
        key.setOnKeyTyped(e -> keyEdited[0] = true);
        title.textProperty().addListener((obs, old, text) -> {
            if (!keyEdited[0]) {
                key.setText(workbench.casework().keys().propose(text));
            }
        });
        ComboBox<Provider> target = new ComboBox<>();
        target.getItems().setAll(workbench.providers().findAll(PartyKind.PROVIDER));
        target.setConverter(CaseDetailsForm.converter(Provider::name));
        target.setMaxWidth(Double.MAX_VALUE);
        ComboBox<LetterKind> kind = new ComboBox<>();
        kind.getItems().setAll(LetterKind.values());
        kind.setValue(LetterKind.TASK_FORCE_NOTICE);
        kind.setConverter(CaseDetailsForm.converter(LetterKind::label));
        field("Title", title);
        field("Key", key);
        field("Target provider", target);
        field("Kind of letter", kind);
        note("The key must be unique; the other details are edited on the Details tab.");
        onOk(() -> new CaseFile(0, key.getText().strip(), title.getText().strip(),
                target.getValue() == null ? null : target.getValue().id(), null, kind.getValue(), CaseStatus.DRAFT,
                LocalDate.now(clock), null, null, null, null, false),
                () -> !title.getText().isBlank() && !key.getText().isBlank() && !takenKeys.contains(key.getText().strip()),
                title.textProperty(), key.textProperty());
    }
}
