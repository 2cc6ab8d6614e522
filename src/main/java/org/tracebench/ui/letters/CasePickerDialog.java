package org.tracebench.ui.letters;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tracebench.model.CaseFile;

/** Asks which cases get a letter from the chosen template (cases of that letter kind are ticked). */
final class CasePickerDialog {

    private final List<CaseFile> cases;
    private final String template;

    CasePickerDialog(List<CaseFile> cases, String template) {
        this.cases = cases;
        this.template = template;
    }

    List<CaseFile> pick(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export for several cases");
        List<CheckBox> boxes = new ArrayList<>();
        VBox content = new VBox(6, new Label("One " + template + " letter per ticked case (PDF):"));
        for (CaseFile caseFile : cases) {
            CheckBox box = new CheckBox(caseFile.title());
            box.setSelected(caseFile.letterKind().slug().equals(template));
            boxes.add(box);
            content.getChildren().add(box);
        }
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
        return chosen;
    }
}
