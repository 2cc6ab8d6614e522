package org.tracebench.ui.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tracebench.transfer.RecordConflict;
import org.tracebench.transfer.Side;

/**
 * The records an import found changed both here and in the case file: for each, every field that differs, this
 * database's value beside the file's, and a choice per field. It looks and preselects like
 * {@code ui.common.ConflictDialog} (a field only one side changed keeps that side's value), but lists all of an
 * import's records at once, since one file can bring many (decision 0704).
 */
public final class ImportConflictDialog {

    public static final ButtonType IMPORT = new ButtonType("Import with these choices", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType ALL_MINE = new ButtonType("Keep all mine", ButtonBar.ButtonData.OTHER);
    public static final ButtonType ALL_THEIRS = new ButtonType("Take all theirs", ButtonBar.ButtonData.OTHER);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Map<String, ToggleGroup> groups = new LinkedHashMap<>();
    private final Map<String, RadioButton> mineButtons = new LinkedHashMap<>();
    private final Map<String, RadioButton> theirButtons = new LinkedHashMap<>();

    public ImportConflictDialog(Window owner, String file, List<RecordConflict> conflicts) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Import case: changed on both sides");
        long fields = conflicts.stream().mapToLong(c -> c.fieldsToDecide().size()).sum();
        dialog.setHeaderText(conflicts.size() + (conflicts.size() == 1 ? " record was" : " records were")
                + " changed both here and in " + file + " since they were last exchanged (" + fields
                + (fields == 1 ? " field" : " fields") + ").\nChoose, field by field, which value to keep. Nothing has been imported yet.");
        dialog.getDialogPane().getButtonTypes().setAll(IMPORT, ALL_MINE, ALL_THEIRS, ButtonType.CANCEL);
        VBox records = new VBox(14);
        records.setId("import-conflicts");
        records.setPadding(new Insets(10));
        int index = 0;
        for (RecordConflict conflict : conflicts) {
            records.getChildren().add(record(conflict, index++));
        }
        ScrollPane scroll = new ScrollPane(records);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(460, 30 + 60 * fields + 50 * conflicts.size()));
        scroll.setPrefViewportWidth(860);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(900);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResizable(true);
    }

    /** Shows the dialog and waits: the side of every field, or empty when the user cancelled the import. */
    public static Optional<Map<String, Side>> ask(Window owner, String file, List<RecordConflict> conflicts) {
        return new ImportConflictDialog(owner, file, conflicts).showAndWait();
    }

    public Optional<Map<String, Side>> showAndWait() {
        Optional<ButtonType> pressed = dialog.showAndWait();
        if (pressed.isEmpty() || pressed.get() == ButtonType.CANCEL) {
            return Optional.empty();
        }
        return Optional.of(choices(pressed.get() == ALL_MINE ? Side.MINE : pressed.get() == ALL_THEIRS ? Side.THEIRS : null));
    }

    /** The choices as the radio buttons stand, or one side for every field. */
    Map<String, Side> choices(Side all) {
        Map<String, Side> choices = new LinkedHashMap<>();
        mineButtons.forEach((key, mine) -> choices.put(key, all != null ? all : mine.isSelected() ? Side.MINE : Side.THEIRS));
        return choices;
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    private VBox record(RecordConflict conflict, int index) {
        Label title = new Label(capitalised(conflict.label()));
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em");
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(160);
        ColumnConstraints value = new ColumnConstraints();
        value.setPrefWidth(320);
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, value, value);
        grid.addRow(0, bold("Field"), bold("Here (mine)"), bold("In the file (theirs)"));
        int row = 1;
        for (String field : conflict.fieldsToDecide()) {
            ToggleGroup choice = new ToggleGroup();
            RadioButton mine = option(conflict.mine().get(field), "mine-" + index + "-" + field, choice);
            RadioButton theirs = option(conflict.theirs().get(field), "theirs-" + index + "-" + field, choice);
            (conflict.preselected(field) == Side.MINE ? mine : theirs).setSelected(true);
            boolean both = conflict.changedByBoth(field);
            Label name = new Label(readable(field) + (both ? "\n(changed on both sides)" : conflict.changedHere(field)
                    ? "\n(changed here)" : "\n(changed in the file)"));
            name.setWrapText(true);
            if (both) {
                name.setStyle("-fx-font-weight: bold");
            }
            GridPane.setValignment(name, VPos.TOP);
            grid.addRow(row++, name, mine, theirs);
            groups.put(conflict.key(field), choice);
            mineButtons.put(conflict.key(field), mine);
            theirButtons.put(conflict.key(field), theirs);
        }
        VBox box = new VBox(6, title, grid);
        box.setId("conflict-" + index);
        return box;
    }

    private static RadioButton option(String value, String id, ToggleGroup group) {
        RadioButton button = new RadioButton(value == null || value.isBlank() ? "(empty)" : value.replace("\n", "; "));
        button.setId(id);
        button.setToggleGroup(group);
        button.setWrapText(true);
        button.setMaxWidth(320);
        GridPane.setValignment(button, VPos.TOP);
        return button;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold");
        return label;
    }

    /** "caller_id" as a person reads it: "Caller id". */
    static String readable(String field) {
        String words = field.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    List<String> keys() {
        return new ArrayList<>(groups.keySet());
    }
}
