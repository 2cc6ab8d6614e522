package org.tracebench.ui.letters;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tracebench.letters.Finding;
import org.tracebench.model.CallSource;

/**
 * One finding in the Findings tab: keep or drop it, edit its title and text, see the calls behind it and where they
 * came from, and the mark of a finding resting on illustrative records or unreadable cells.
 */
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
        view.getChildren().add(new HBox(6, include, title, reset));
        finding.illustrativeReason().ifPresent(reason -> view.getChildren().add(mark(finding.key(), reason)));
        view.getChildren().addAll(text, support, sources(finding));
        view.setPadding(new Insets(6));
        view.setStyle("-fx-border-color: -color-border-default, transparent; -fx-border-radius: 4;");
    }

    /** The visible mark of a finding the letter should not state as fact without the attorney's say-so. */
    private static Label mark(String key, String reason) {
        Label mark = new Label("⚠ Not to be stated as fact without your approval: this finding " + reason + ".");
        mark.setId("finding-mark-" + key);
        mark.setWrapText(true);
        mark.setMaxWidth(Double.MAX_VALUE);
        mark.getStyleClass().add("finding-mark");
        mark.setTooltip(new Tooltip("Exporting a letter that keeps this finding asks for confirmation first;"
                + " the notice records the choice."));
        return mark;
    }

    /** Where the finding's calls came from, one line per import file or kind of entry; folded by default. */
    private static TitledPane sources(Finding finding) {
        VBox lines = new VBox(2);
        for (CallSource source : finding.sources()) {
            Label line = new Label("• " + source.describe() + (source.isImport() && source.actor() != null
                    ? ", imported by " + source.actor() + (source.format() == null ? "" : " as " + source.format()) : ""));
            line.setWrapText(true);
            lines.getChildren().add(line);
        }
        if (finding.sources().isEmpty()) {
            lines.getChildren().add(new Label("No traced calls stand behind this finding."));
        }
        long files = finding.sources().stream().filter(CallSource::isImport).count();
        int calls = finding.sources().stream().mapToInt(CallSource::calls).sum();
        long others = finding.sources().size() - files;
        TitledPane pane = new TitledPane("Sources: " + calls + (calls == 1 ? " call" : " calls") + ", " + files
                + (files == 1 ? " file" : " files") + (others == 0 ? "" : ", " + others + " other"), lines);
        pane.setId("finding-sources-" + finding.key());
        // The card's width follows the findings column, not the title's length.
        pane.setMinWidth(0);
        pane.setPrefWidth(1);
        pane.setStyle("-fx-font-size: 0.92em;");
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    Node view() {
        return view;
    }
}
