package org.tracebench.ui.letters;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tracebench.letters.LetterService;
import org.tracebench.model.CaseFile;

/**
 * Asks which cases get a letter from the chosen template (cases of that letter kind are ticked) and whether
 * the letters are PDF or DOCX.
 */
final class CasePickerDialog {

    private final List<CaseFile> cases;
    private final String template;

    CasePickerDialog(List<CaseFile> cases, String template) {
        this.cases = cases;
        this.template = template;
    }

    /** The ticked cases and the format; no cases when the user cancelled. */
    record Choice(List<CaseFile> cases, LetterService.Format format) {
    }

    Choice pick(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export for several cases");
        List<CheckBox> boxes = new ArrayList<>();
        ToggleGroup formats = new ToggleGroup();
        RadioButton pdf = new RadioButton("PDF");
        pdf.setId("several-pdf");
        pdf.setToggleGroup(formats);
        pdf.setSelected(true);
        RadioButton docx = new RadioButton("DOCX (for Word)");
        docx.setId("several-docx");
        docx.setToggleGroup(formats);
        VBox content = new VBox(6, new Label("One " + template + " letter per ticked case, into a folder you choose next:"));
        for (CaseFile caseFile : cases) {
            CheckBox box = new CheckBox(caseFile.title());
            box.setId("several-case-" + caseFile.id());
            box.setSelected(caseFile.letterKind().slug().equals(template));
            boxes.add(box);
            content.getChildren().add(box);
        }
        content.getChildren().add(new HBox(12, new Label("Format"), pdf, docx));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        List<CaseFile> chosen = new ArrayList<>();
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            for (int i = 0; i < cases.size(); i++) {
                if (boxes.get(i).isSelected()) {
                    chosen.add(cases.get(i));
                }
            }
        }
        return new Choice(chosen, docx.isSelected() ? LetterService.Format.DOCX : LetterService.Format.PDF);
    }
}
