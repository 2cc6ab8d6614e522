package org.tracebench.ui.graph;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.tracebench.graph.GraphStyle;
import org.tracebench.graph.Neighbour;
import org.tracebench.graph.ResponseBehaviour;
import org.tracebench.graph.ProviderDossier;
import org.tracebench.graph.ProviderDossier.TimelineEntry;
import org.tracebench.model.CaseFile;
import org.tracebench.model.ResponseStatus;

/**
 * The provider dossier beside the graph: aliases, RMD, tracebacks and non-responses since a date,
 * campaigns, upstream and downstream, a monthly timeline of its traced calls, and the cases it is in,
 * with "open case", "new case for this provider" and CSV export.
 */
final class DossierPane extends VBox {

    private final Label name = new Label("Select a provider");
    private final Label aliases = new Label();
    private final Label rmd = new Label();
    private final DatePicker since = new DatePicker();
    private final Label tracebacks = new Label();
    private final Label silent = new Label();
    private final Label lastHops = new Label();
    private final Label campaigns = new Label();
    private final ListView<String> upstream = new ListView<>();
    private final ListView<String> downstream = new ListView<>();
    private final ListView<CaseFile> cases = new ListView<>();
    private final StackedBarChart<String, Number> timeline;
    private final Button openCase = new Button("Open case");
    private final Button newCase = new Button("New case for this provider");
    private final Button exportCsv = new Button("Export CSV…");
    private ProviderDossier shown;

    DossierPane(Consumer<LocalDate> onSince, Consumer<CaseFile> onOpenCase, Consumer<ProviderDossier> onNewCase,
                Consumer<ProviderDossier> onExport) {
        super(6);
        setId("dossier");
        setPadding(new Insets(8));
        setPrefWidth(300);
        name.setId("dossier-name");
        name.getStyleClass().add("screen-title");
        name.setWrapText(true);
        aliases.setWrapText(true);
        campaigns.setWrapText(true);
        silent.setId("dossier-silent");
        silent.setWrapText(true);
        tracebacks.setId("dossier-tracebacks");
        since.setId("dossier-since");
        since.setPromptText("since (all time)");
        since.valueProperty().addListener((obs, o, n) -> onSince.accept(n));
        upstream.setId("dossier-upstream");
        downstream.setId("dossier-downstream");
        cases.setId("dossier-cases");
        for (ListView<?> list : new ListView<?>[] {upstream, downstream, cases}) {
            list.setPrefHeight(90);
        }
        cases.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CaseFile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        CategoryAxis months = new CategoryAxis();
        NumberAxis count = new NumberAxis();
        count.setMinorTickVisible(false);
        timeline = new StackedBarChart<>(months, count);
        timeline.setId("dossier-timeline");
        timeline.setTitle("Traced calls per month");
        timeline.setAnimated(false);
        timeline.setPrefHeight(200);
        timeline.setLegendVisible(true);
        openCase.setId("dossier-open-case");
        newCase.setId("dossier-new-case");
        exportCsv.setId("dossier-export");
        openCase.setOnAction(e -> {
            CaseFile chosen = cases.getSelectionModel().getSelectedItem();
            onOpenCase.accept(chosen != null ? chosen : cases.getItems().isEmpty() ? null : cases.getItems().get(0));
        });
        newCase.setOnAction(e -> onNewCase.accept(shown));
        exportCsv.setOnAction(e -> onExport.accept(shown));
        getChildren().addAll(name, aliases, rmd, new Label("Since"), since, tracebacks, silent, lastHops, campaigns,
                new Label("Downstream (accepted its traffic)"), downstream, new Label("Upstream (handed it traffic)"),
                upstream, timeline, new Label("Green: answered · red: no response · purple: as customer"),
                new Label("Cases"), cases, new HBox(6, openCase, exportCsv), newCase);
        show(null);
    }

    /** The date the dossier counts from, or null for all time. */
    LocalDate since() {
        return since.getValue();
    }

    ProviderDossier shown() {
        return shown;
    }

    void show(ProviderDossier dossier) {
        shown = dossier;
        boolean none = dossier == null;
        openCase.setDisable(none || dossier.cases().isEmpty());
        newCase.setDisable(none);
        exportCsv.setDisable(none);
        if (none) {
            name.setText("Select a provider");
            aliases.setText("Click a node to see its dossier.");
            for (Label label : new Label[] {rmd, tracebacks, silent, lastHops, campaigns}) {
                label.setText("");
            }
            upstream.getItems().clear();
            downstream.getItems().clear();
            cases.getItems().clear();
            timeline.getData().clear();
            return;
        }
        var provider = dossier.provider();
        name.setText(provider.name());
        aliases.setText(provider.aliases().isEmpty() ? "No other names" : "Also: " + String.join("; ", provider.aliases()));
        rmd.setText("RMD: " + org.tracebench.graph.GraphStyle.label(provider.rmdStatus())
                + (provider.rmdNumber() == null ? "" : " (" + provider.rmdNumber() + ")"));
        tracebacks.setText("Tracebacks: " + dossier.tracebacks());
        var s = dossier.nonResponses();
        silent.setText("Non-responses: " + s.count() + (s.count() == 0 ? ""
                : " (" + day(s.first()) + " to " + day(s.last()) + ")"));
        lastHops.setText("Last traceable hop of " + dossier.lastHops() + " traced calls");
        campaigns.setText("Campaigns: " + (dossier.campaigns().isEmpty() ? "-" : String.join("; ", dossier.campaigns())));
        downstream.getItems().setAll(dossier.downstream().stream().map(DossierPane::line).toList());
        upstream.getItems().setAll(dossier.upstream().stream().map(DossierPane::line).toList());
        cases.getItems().setAll(dossier.cases());
        fillTimeline(dossier);
    }

    private void fillTimeline(ProviderDossier dossier) {
        Map<YearMonth, int[]> byMonth = new TreeMap<>();
        for (TimelineEntry entry : dossier.timeline()) {
            if (entry.callTime() == null) {
                continue;
            }
            int[] counts = byMonth.computeIfAbsent(YearMonth.from(entry.callTime().atZone(ZoneOffset.UTC)), k -> new int[3]);
            counts[entry.response() == ResponseStatus.NO_RESPONSE ? 1 : entry.response() == null ? 2 : 0]++;
        }
        XYChart.Series<String, Number> answered = new XYChart.Series<>();
        answered.setName("Answered");
        XYChart.Series<String, Number> unanswered = new XYChart.Series<>();
        unanswered.setName("No response");
        XYChart.Series<String, Number> placed = new XYChart.Series<>();
        placed.setName("As customer");
        byMonth.forEach((month, counts) -> {
            answered.getData().add(new XYChart.Data<>(month.toString(), counts[0]));
            unanswered.getData().add(new XYChart.Data<>(month.toString(), counts[1]));
            placed.getData().add(new XYChart.Data<>(month.toString(), counts[2]));
        });
        timeline.getData().setAll(java.util.List.of(answered, unanswered, placed));
        // The same colours as the graph's response colouring: answered green, silent red, customer purple.
        String[] fills = {GraphStyle.hex(GraphStyle.responseColour(ResponseBehaviour.ANSWERS)),
                GraphStyle.hex(GraphStyle.responseColour(ResponseBehaviour.SILENT)), GraphStyle.hex(GraphStyle.CUSTOMER_COLOUR)};
        for (int i = 0; i < timeline.getData().size(); i++) {
            for (XYChart.Data<String, Number> item : timeline.getData().get(i).getData()) {
                if (item.getNode() != null) {
                    item.getNode().setStyle("-fx-bar-fill: " + fills[i] + ";");
                }
            }
        }
        timeline.setLegendVisible(false);
    }

    private static String line(Neighbour n) {
        return n.provider().name() + " (" + n.tracedCalls() + ")";
    }

    private static String day(java.time.Instant instant) {
        return instant == null ? "?" : instant.toString().substring(0, 10);
    }
}
