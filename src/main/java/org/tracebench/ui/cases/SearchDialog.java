package org.tracebench.ui.cases;

import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.Duration;
import org.tracebench.cases.SearchHit;
import org.tracebench.ui.common.ScreenContext;
import org.tracebench.ui.common.ScreenId;

/**
 * One search box across cases, providers (every name, FRN, RMD number), campaigns and traced calls (caller ID,
 * called number, traceback id). Enter or double-click opens the hit: a case or a call in its case, a provider
 * on the Providers screen.
 */
public final class SearchDialog extends Dialog<Void> {

    private static final int PER_KIND = 25;

    private final ScreenContext context;
    private final TextField query = new TextField();
    private final TableView<SearchHit> results = Columns.table("search-results", "Type a name, FRN, RMD number or phone number.");
    private final Label count = new Label();
    private long searches;

    public SearchDialog(ScreenContext context, Window owner) {
        this.context = context;
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Search everything");
        setResizable(true);
        query.setId("global-search");
        query.setPromptText("Case, provider name, FRN, RMD number, campaign, caller ID or called number");
        results.getColumns().add(Columns.fixed(Columns.text("Kind", h -> h.kind().label(), 95)));
        results.getColumns().add(Columns.text("Found", SearchHit::title, 300));
        results.getColumns().add(Columns.wrapping("Details", SearchHit::detail, 420));
        PauseTransition typing = new PauseTransition(Duration.millis(150));
        typing.setOnFinished(e -> run());
        query.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        query.setOnAction(e -> {
            run();
            if (!results.getItems().isEmpty()) {
                open(results.getItems().get(0));
            }
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && results.getSelectionModel().getSelectedItem() != null) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
        VBox content = new VBox(8, query, results, count);
        VBox.setVgrow(results, Priority.ALWAYS);
        content.setPadding(new Insets(4));
        content.setPrefSize(900, 420);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(920);
        getDialogPane().setMinWidth(920);
        Columns.openWide(this, 920);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setOnShown(e -> query.requestFocus());
    }

    public void search(String text) {
        query.setText(text);
        run();
    }

    private void run() {
        String text = query.getText();
        long search = ++searches;
        context.tasks().run(() -> {
            // Timed by the workbench's clock, like every other time the window shows.
            java.time.Clock clock = context.workbench().clock();
            long start = clock.millis();
            List<SearchHit> hits = context.workbench().casework().search().search(text, PER_KIND);
            return Map.entry(clock.millis() - start, hits);
        }, found -> {
            // Typing runs a search per key; only the answer to the latest one is shown.
            if (search != searches) {
                return;
            }
            results.getItems().setAll(found.getValue());
            count.setText(text.isBlank() ? "" : found.getValue().size() + " found in " + found.getKey() + " ms");
        }, error -> context.dialogs().error("The search failed", error));
    }

    private void open(SearchHit hit) {
        switch (hit.kind()) {
            case CASE, CALL -> context.tasks().run(() -> context.workbench().cases().summaries().stream()
                    .filter(s -> s.caseFile().id() == hit.caseId()).findFirst().orElse(null), summary -> {
                        if (summary != null) {
                            context.state().selectedCaseProperty().set(summary);
                            context.navigate().accept(hit.kind() == SearchHit.Kind.CALL ? ScreenId.CALLS : ScreenId.CASES);
                        }
                    }, error -> context.dialogs().error("The case could not be opened", error));
            case PROVIDER -> {
                context.state().selectedProviderProperty().set(hit.id());
                context.navigate().accept(ScreenId.PROVIDERS);
            }
            case CAMPAIGN -> search(hit.title());
        }
    }

    public TableView<SearchHit> results() {
        return results;
    }
}
