package org.tracebench.ui.letters;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tracebench.letters.Finding;

/** One finding in the Findings tab: keep or drop it, edit its title and text, see the calls behind it. */
final class FindingCard {

    private final VBox view = new VBox(4);

    FindingCard(Finding finding, boolean usedByTemplate, java.util.List<String> callLabels, Consumer<Finding> onEdit,
                Consumer<String> onReset) {
        CheckBox include = new CheckBox();
        include.setSelected(finding.included());
        include.setTooltip(new Tooltip("Keep this finding in the letter"));
        TextField title = new TextField(finding.title());
        HBox.setHgrow(title, Priority.ALWAYS);
        TextArea text = new TextArea(finding.text());
        text.setWrapText(true);
        text.setPrefRowCount(4);
        Label support = new Label("Supported by " + finding.supportingCallIds().size() + " traced calls"
                + (finding.items().isEmpty() ? "" : " · " + String.join(", ", finding.items()))
                + (finding.edited() ? " · edited" : "")
                + (usedByTemplate ? "" : " · not printed by this template"));
        support.setTooltip(new Tooltip("Traced calls: " + String.join(", ", callLabels.subList(0,
                Math.min(callLabels.size(), 40))) + (callLabels.size() > 40 ? ", …" : "")));
        support.setWrapText(true);
        support.setStyle("-fx-opacity: 0.75;");
        Button reset = new Button("Reset");
        reset.setTooltip(new Tooltip("Back to the finding as computed from the data"));
        reset.setDisable(!finding.edited());
        reset.setOnAction(e -> onReset.accept(finding.key()));
        Runnable save = () -> onEdit.accept(finding.withEdit(include.isSelected(), title.getText(), text.getText()));
        include.selectedProperty().addListener((obs, was, now) -> save.run());
        title.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !title.getText().equals(finding.title())) {
                save.run();
            }
        });
        text.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !text.getText().equals(finding.text())) {
                save.run();
            }
        });
        text.disableProperty().bind(include.selectedProperty().not());
        title.disableProperty().bind(include.selectedProperty().not());
        view.getChildren().addAll(new HBox(6, include, title, reset), text, support);
        view.setPadding(new Insets(6));
        view.setStyle("-fx-border-color: -color-border-default, transparent; -fx-border-radius: 4;");
    }

    Node view() {
        return view;
    }
}
