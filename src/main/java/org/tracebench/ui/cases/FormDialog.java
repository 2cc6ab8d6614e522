package org.tracebench.ui.cases;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** A dialog of labelled fields with OK and Cancel; OK is enabled only while the form is valid. */
class FormDialog<R> extends Dialog<R> {

    private final GridPane grid = new GridPane();
    private int rows;

    FormDialog(Window owner, String title, String header) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(header);
        setResizable(true);
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(360));
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    }

    void field(String label, Node control) {
        grid.addRow(rows++, new Label(label), control);
    }

    void note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        grid.add(note, 0, rows++, 2, 1);
    }

    /** Sets what OK returns, and the check that enables it, re-run on each listed change. */
    void onOk(Supplier<R> result, Supplier<Boolean> valid, javafx.beans.Observable... dependencies) {
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> ok.setDisable(!valid.get());
        for (javafx.beans.Observable dependency : dependencies) {
            dependency.addListener(o -> check.run());
        }
        check.run();
        setResultConverter(button -> button == ButtonType.OK ? result.get() : null);
    }
}
