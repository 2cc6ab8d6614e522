package org.tracebench.ui.calls;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tracebench.ui.calls.ColumnMappingViewModel.Row;

/**
 * The mapping step: one line per column of the file (header, what it is read as, its first values), the
 * choices pre-filled from a remembered mapping or from recognition. Continue is offered only when the
 * choices can be imported (no column chosen twice, Customer and Date of Call chosen). Binds
 * {@link ColumnMappingViewModel}.
 */
public final class ColumnMappingDialog extends Dialog<ButtonType> {

    private final ColumnMappingViewModel model;
    private final ButtonType proceed = new ButtonType("Continue", ButtonBar.ButtonData.OK_DONE);
    private final Label problem = new Label();

    public ColumnMappingDialog(ColumnMappingViewModel model, String source, Window owner) {
        this.model = model;
        initOwner(owner);
        setTitle("Map the columns of " + source);
        setHeaderText(model.intro());
        setResizable(true);

        GridPane grid = new GridPane();
        grid.setId("mapping-grid");
        grid.setHgap(14);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), values);
        grid.addRow(0, heading("Column in the file"), heading("Read as"), heading("First values"));
        List<Row> rows = model.rows();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Label header = new Label(row.header());
            header.setId("map-header-" + i);
            header.setMinWidth(Region.USE_PREF_SIZE);
            header.setMaxWidth(260);
            if (row.recognised() == null) {
                header.setStyle("-fx-font-weight: bold; -fx-text-fill: #b45309;");
                header.setTooltip(new javafx.scene.control.Tooltip("Not recognised: choose what this column holds"));
            }
            ChoiceBox<String> choice = new ChoiceBox<>(FXCollections.observableArrayList(ColumnMappingViewModel.choiceLabels()));
            choice.setId("map-" + i);
            choice.setMinWidth(Region.USE_PREF_SIZE);
            choice.setValue(ColumnMappingViewModel.label(row.choice()));
            int index = i;
            choice.valueProperty().addListener((obs, old, now) -> {
                model.choose(index, ColumnMappingViewModel.fromLabel(now));
                check();
            });
            Label sample = new Label(row.valuesText());
            sample.setId("map-values-" + i);
            sample.setWrapText(true);
            if (row.values().isEmpty()) {
                sample.setStyle("-fx-opacity: 0.6;");
            }
            GridPane.setValignment(header, VPos.CENTER);
            grid.addRow(i + 1, header, choice, sample);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(460, 40 + rows.size() * 50));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        problem.setId("mapping-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setStyle("-fx-text-fill: #c62828;");
        VBox content = new VBox(8, scroll, problem);
        content.setPrefWidth(940);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(980);
        getDialogPane().setMinWidth(820);
        getDialogPane().getButtonTypes().addAll(proceed, ButtonType.CANCEL);
        check();
    }

    private static Node heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold; -fx-opacity: 0.8;");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void check() {
        String text = model.problem();
        problem.setText(text);
        problem.setManaged(!text.isEmpty());
        problem.setVisible(!text.isEmpty());
        Button button = (Button) getDialogPane().lookupButton(proceed);
        if (button != null) {
            button.setDisable(!text.isEmpty());
        }
    }

    /** Whether an answer means "go on with these choices". */
    public boolean proceeds(ButtonType answer) {
        return answer == proceed;
    }

    public ColumnMappingViewModel model() {
        return model;
    }
}
