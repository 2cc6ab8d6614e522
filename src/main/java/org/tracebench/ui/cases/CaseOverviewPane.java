package org.tracebench.ui.cases;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.tracebench.cases.CaseOverview;
import org.tracebench.model.CaseFile;

/** Charts of the selected case, or of all cases: traced calls per month and per campaign, responses against deadlines. */
final class CaseOverviewPane {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);
    private static final int MAX_CAMPAIGNS = 12;

    /** Counts are whole: ticks between them (2.5 calls) are left unlabelled. */
    private static final javafx.util.StringConverter<Number> WHOLE_NUMBERS = new javafx.util.StringConverter<>() {
        @Override
        public String toString(Number n) {
            return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : "";
        }

        @Override
        public Number fromString(String s) {
            return Double.valueOf(s);
        }
    };

    private final CasesViewModel model;
    private final CheckBox allCases = new CheckBox("All cases");
    private final BarChart<String, Number> perMonth = chart("Traced calls per month", "calls");
    private final BarChart<Number, String> perCampaign;
    private final BarChart<String, Number> outcomes = chart("Responses against deadlines", "deadlines");
    private final ScrollPane view;

    CaseOverviewPane(CasesViewModel model) {
        this.model = model;
        NumberAxis x = new NumberAxis();
        x.setLabel("calls");
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(WHOLE_NUMBERS);
        perCampaign = new BarChart<>(x, new CategoryAxis());
        perCampaign.setTitle("Traced calls per campaign");
        perCampaign.setLegendVisible(false);
        perCampaign.setAnimated(false);
        perCampaign.setId("chart-per-campaign");
        perMonth.setId("chart-per-month");
        outcomes.setId("chart-outcomes");
        allCases.setId("overview-all-cases");
        allCases.selectedProperty().addListener((obs, old, all) -> refresh());
        for (var chart : List.of(perMonth, perCampaign, outcomes)) {
            chart.setPrefHeight(250);
            chart.setMinHeight(220);
        }
        VBox box = new VBox(6, allCases, perMonth, perCampaign, outcomes);
        box.setPadding(new Insets(8, 4, 4, 4));
        view = new ScrollPane(box);
        view.setFitToWidth(true);
    }

    Node view() {
        return view;
    }

    void refresh() {
        CaseFile selected = model.selectedCase();
        Long caseId = allCases.isSelected() || selected == null ? null : selected.id();
        model.read(workbench -> Charts.of(workbench.casework().overview(), caseId), this::show);
    }

    /** What the three charts show, read in one go. */
    private record Charts(Map<YearMonth, Integer> perMonth, Map<String, Integer> perCampaign,
            Map<CaseOverview.Outcome, Integer> outcomes) {
        static Charts of(CaseOverview overview, Long caseId) {
            return new Charts(overview.callsPerMonth(caseId), overview.callsPerCampaign(caseId), overview.outcomeCounts(caseId));
        }
    }

    private void show(Charts overview) {

        XYChart.Series<String, Number> months = new XYChart.Series<>();
        for (Map.Entry<YearMonth, Integer> e : overview.perMonth().entrySet()) {
            months.getData().add(new XYChart.Data<>(MONTH.format(e.getKey()), e.getValue()));
        }
        perMonth.getData().setAll(List.of(months));

        XYChart.Series<Number, String> campaigns = new XYChart.Series<>();
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(overview.perCampaign().entrySet());
        List<Map.Entry<String, Integer>> top = new ArrayList<>(rows.subList(0, Math.min(MAX_CAMPAIGNS, rows.size())));
        int rest = rows.stream().skip(MAX_CAMPAIGNS).mapToInt(Map.Entry::getValue).sum();
        if (rest > 0) {
            top.add(Map.entry("(" + (rows.size() - MAX_CAMPAIGNS) + " other campaigns)", rest));
        }
        Collections.reverse(top); // a horizontal bar chart draws its first category at the bottom
        for (Map.Entry<String, Integer> e : top) {
            campaigns.getData().add(new XYChart.Data<>(e.getValue(), e.getKey()));
        }
        perCampaign.getData().setAll(List.of(campaigns));
        perCampaign.setPrefHeight(Math.max(220, 60 + 26 * top.size()));

        XYChart.Series<String, Number> outcome = new XYChart.Series<>();
        overview.outcomes().forEach((o, n) -> outcome.getData().add(new XYChart.Data<>(o.label(), n)));
        outcomes.getData().setAll(List.of(outcome));
    }

    private static BarChart<String, Number> chart(String title, String unit) {
        NumberAxis y = new NumberAxis();
        y.setLabel(unit);
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(WHOLE_NUMBERS);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), y);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        return chart;
    }
}
