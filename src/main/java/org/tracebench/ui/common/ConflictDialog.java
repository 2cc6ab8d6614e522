package org.tracebench.ui.common;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.tracebench.model.EditConflict;
import org.tracebench.model.RecordFields;

/**
 * Someone else saved the record this user was editing: each field that now differs, with this user's value
 * and the saved one side by side, and a choice per field. The record saved next is the stored one with the
 * fields chosen as "yours" taken from this user's edit.
 */
public final class ConflictDialog {

    public static final ButtonType SAVE_CHOICES = new ButtonType("Save with these choices", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType TAKE_THEIRS = new ButtonType("Discard my changes", ButtonBar.ButtonData.OTHER);

    /** The user's decision: the fields to keep from their own edit, or none to take the saved record whole. */
    public record Decision(boolean save, Set<String> keepMine) {
    }

    private ConflictDialog() {
    }

    /** Empty when the user cancelled (nothing saved, their edit stays in the form). */
    public static Optional<Decision> ask(Window owner, EditConflict<?> conflict) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Saved by someone else");
        dialog.setHeaderText("Someone else saved " + conflict.what() + " while you were editing it.\n"
                + "Choose, field by field, which value to keep. Nothing has been saved yet.");
        dialog.getDialogPane().getButtonTypes().setAll(SAVE_CHOICES, TAKE_THEIRS, ButtonType.CANCEL);
        Set<String> keepMine = new HashSet<>();
        dialog.getDialogPane().setContent(table(conflict, keepMine));
        dialog.getDialogPane().setPrefWidth(860);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        Optional<ButtonType> pressed = dialog.showAndWait();
        if (pressed.isEmpty() || pressed.get() == ButtonType.CANCEL) {
            return Optional.empty();
        }
        return Optional.of(pressed.get() == SAVE_CHOICES ? new Decision(true, Set.copyOf(keepMine))
                : new Decision(false, Set.of()));
    }

    public static final ButtonType DELETE_ANYWAY = new ButtonType("Delete anyway", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType KEEP_IT = new ButtonType("Keep it", ButtonBar.ButtonData.CANCEL_CLOSE);

    /**
     * Someone else changed the record this user is deleting (decision 0709): what the user saw beside what is
     * saved now, field by field. True when the user deletes it anyway; keeping it (or closing) deletes nothing.
     */
    public static boolean askDelete(Window owner, EditConflict<?> conflict) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Changed by someone else");
        dialog.setHeaderText("Someone else changed " + conflict.what() + " after you opened it.\n"
                + "Look at their version before you delete it. Nothing has been deleted yet.");
        dialog.getDialogPane().getButtonTypes().setAll(DELETE_ANYWAY, KEEP_IT);
        // Enter must not delete what the user has only just been shown.
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(DELETE_ANYWAY)).setDefaultButton(false);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(KEEP_IT)).setDefaultButton(true);
        dialog.getDialogPane().setContent(seenAndSaved(conflict));
        dialog.getDialogPane().setPrefWidth(860);
        dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        return dialog.showAndWait().filter(DELETE_ANYWAY::equals).isPresent();
    }

    /** Each changed field: the value the user saw and the one saved now, nothing to choose. */
    static ScrollPane seenAndSaved(EditConflict<?> conflict) {
        GridPane grid = new GridPane();
        grid.setId("delete-conflict-fields");
        grid.setHgap(14);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, bold("Field"), bold("As you saw it"), bold("Saved now by someone else"));
        List<String> fields = conflict.fieldsToDecide();
        int row = 1;
        for (String path : fields) {
            Label seen = new Label(shown(RecordFields.get(conflict.base(), path)));
            Label saved = new Label(shown(RecordFields.get(conflict.theirs(), path)));
            saved.setId("saved-" + path);
            saved.setStyle("-fx-font-weight: bold");
            for (Label value : List.of(seen, saved)) {
                value.setWrapText(true);
                value.setMaxWidth(310);
                javafx.scene.layout.GridPane.setValignment(value, javafx.geometry.VPos.TOP);
            }
            grid.addRow(row++, new Label(RecordFields.label(path)), seen, saved);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(440, 60 + 50 * fields.size()));
        scroll.setPrefViewportWidth(820);
        return scroll;
    }

    static ScrollPane table(EditConflict<?> conflict, Set<String> keepMine) {
        GridPane grid = new GridPane();
        grid.setId("conflict-fields");
        grid.setHgap(14);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        javafx.scene.layout.ColumnConstraints label = new javafx.scene.layout.ColumnConstraints();
        label.setMinWidth(170);
        javafx.scene.layout.ColumnConstraints value = new javafx.scene.layout.ColumnConstraints();
        value.setPrefWidth(310);
        value.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, value, value);
        grid.addRow(0, bold("Field"), bold("Yours"), bold("Saved by someone else"));
        List<String> fields = conflict.fieldsToDecide();
        int row = 1;
        for (String path : fields) {
            ToggleGroup choice = new ToggleGroup();
            RadioButton mine = new RadioButton(shown(RecordFields.get(conflict.mine(), path)));
            mine.setId("mine-" + path);
            mine.setToggleGroup(choice);
            mine.setWrapText(true);
            mine.setMaxWidth(310);
            RadioButton theirs = new RadioButton(shown(RecordFields.get(conflict.theirs(), path)));
            theirs.setId("theirs-" + path);
            theirs.setToggleGroup(choice);
            theirs.setWrapText(true);
            theirs.setMaxWidth(310);
            // What only the other person changed stays theirs; what this user changed stays theirs to decide.
            boolean mineChanged = !java.util.Objects.equals(RecordFields.get(conflict.base(), path),
                    RecordFields.get(conflict.mine(), path));
            (mineChanged ? mine : theirs).setSelected(true);
            if (mineChanged) {
                keepMine.add(path);
            }
            mine.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    keepMine.add(path);
                } else {
                    keepMine.remove(path);
                }
            });
            Label name = new Label(RecordFields.label(path) + (conflict.changedByBoth(path) ? "\n(changed by both)" : ""));
            name.setWrapText(true);
            javafx.scene.layout.GridPane.setValignment(name, javafx.geometry.VPos.TOP);
            javafx.scene.layout.GridPane.setValignment(mine, javafx.geometry.VPos.TOP);
            javafx.scene.layout.GridPane.setValignment(theirs, javafx.geometry.VPos.TOP);
            if (conflict.changedByBoth(path)) {
                name.setStyle("-fx-font-weight: bold");
            }
            grid.addRow(row++, name, mine, theirs);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(440, 60 + 70 * fields.size()));
        scroll.setPrefViewportWidth(820);
        return scroll;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold");
        return label;
    }

    private static String shown(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "(empty)";
        }
        return value instanceof java.util.Collection<?> items ? String.join("; ", items.stream().map(String::valueOf).toList())
                : value.toString();
    }
}
