package org.tracebench.ui.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.VBox;
import org.tracebench.graph.GraphFilter;
import org.tracebench.graph.GraphStyle;
import org.tracebench.model.HopRole;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.RmdStatus;

/**
 * The filter panel: campaigns, call dates, roles, response status and RMD status. Every change is
 * applied at once (and can be undone like any other view change).
 */
final class FilterPane extends VBox {

    private final ListView<String> campaigns = new ListView<>();
    private final Map<String, BooleanProperty> campaignChecks = new LinkedHashMap<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Map<HopRole, CheckBox> roles = new EnumMap<>(HopRole.class);
    private final CheckBox customers = new CheckBox("Customers (callers)");
    private final Map<ResponseStatus, CheckBox> responses = new EnumMap<>(ResponseStatus.class);
    private final Map<RmdStatus, CheckBox> rmd = new EnumMap<>(RmdStatus.class);
    private final Consumer<GraphFilter> onChange;
    private boolean quiet;

    FilterPane(Consumer<GraphFilter> onChange) {
        super(6);
        this.onChange = onChange;
        setId("graph-filters");
        setPadding(new Insets(8));
        setPrefWidth(210);
        campaigns.setId("filter-campaigns");
        campaigns.setPrefHeight(130);
        campaigns.setCellFactory(CheckBoxListCell.forListView(name -> campaignChecks.get(name)));
        from.setId("filter-from");
        to.setId("filter-to");
        from.setPromptText("from (any)");
        to.setPromptText("to (any)");
        from.valueProperty().addListener((obs, o, n) -> changed());
        to.valueProperty().addListener((obs, o, n) -> changed());
        getChildren().addAll(heading("Campaigns (none ticked: all)"), campaigns, heading("Call dates"), from, to,
                heading("Role in the path"));
        for (HopRole role : HopRole.values()) {
            CheckBox box = check("filter-role-" + role.name().toLowerCase(java.util.Locale.ROOT), words(role.name()));
            roles.put(role, box);
            getChildren().add(box);
        }
        customers.setId("filter-customers");
        customers.setSelected(true);
        customers.selectedProperty().addListener((obs, o, n) -> changed());
        getChildren().add(customers);
        getChildren().add(heading("Response"));
        for (ResponseStatus status : ResponseStatus.values()) {
            CheckBox box = check("filter-response-" + status.name().toLowerCase(java.util.Locale.ROOT), words(status.name()));
            responses.put(status, box);
            getChildren().add(box);
        }
        getChildren().add(heading("RMD status"));
        for (RmdStatus status : RmdStatus.values()) {
            CheckBox box = check("filter-rmd-" + status.name().toLowerCase(java.util.Locale.ROOT), GraphStyle.label(status));
            rmd.put(status, box);
            getChildren().add(box);
        }
        Button reset = new Button("Clear filters");
        reset.setId("filter-reset");
        reset.setOnAction(e -> reset());
        getChildren().add(reset);
        Label hint = new Label("Role, response and RMD boxes: none ticked means all.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        getChildren().add(hint);
    }

    void setCampaigns(List<String> names) {
        quiet = true;
        Set<String> ticked = selectedCampaigns();
        campaignChecks.clear();
        for (String name : names) {
            BooleanProperty check = new SimpleBooleanProperty(ticked.contains(name));
            check.addListener((obs, o, n) -> changed());
            campaignChecks.put(name, check);
        }
        campaigns.getItems().setAll(names);
        quiet = false;
    }

    /** Ticks a campaign box as the user would (tests and "show this campaign" actions). */
    void tickCampaign(String name, boolean ticked) {
        BooleanProperty check = campaignChecks.get(name);
        if (check != null) {
            check.set(ticked);
        }
    }

    void reset() {
        quiet = true;
        campaignChecks.values().forEach(c -> c.set(false));
        from.setValue(null);
        to.setValue(null);
        roles.values().forEach(c -> c.setSelected(false));
        customers.setSelected(true);
        responses.values().forEach(c -> c.setSelected(false));
        rmd.values().forEach(c -> c.setSelected(false));
        quiet = false;
        changed();
    }

    GraphFilter filter() {
        Set<HopRole> chosenRoles = new LinkedHashSet<>();
        roles.forEach((role, box) -> {
            if (box.isSelected()) {
                chosenRoles.add(role);
            }
        });
        Set<ResponseStatus> chosenResponses = new LinkedHashSet<>();
        responses.forEach((status, box) -> {
            if (box.isSelected()) {
                chosenResponses.add(status);
            }
        });
        Set<RmdStatus> chosenRmd = new LinkedHashSet<>();
        rmd.forEach((status, box) -> {
            if (box.isSelected()) {
                chosenRmd.add(status);
            }
        });
        return GraphFilter.ALL.withCampaigns(selectedCampaigns())
                .withDates(startOf(from.getValue()), from.getValue() == null && to.getValue() == null ? null
                        : to.getValue() == null ? null : startOf(to.getValue().plusDays(1)))
                .withRoles(chosenRoles, customers.isSelected())
                .withResponses(chosenResponses)
                .withRmdStatuses(chosenRmd);
    }

    private Set<String> selectedCampaigns() {
        Set<String> result = new LinkedHashSet<>();
        campaignChecks.forEach((name, check) -> {
            if (check.get()) {
                result.add(name);
            }
        });
        return result;
    }

    private void changed() {
        if (!quiet) {
            onChange.accept(filter());
        }
    }

    private CheckBox check(String id, String text) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().addListener((obs, o, n) -> changed());
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        label.setWrapText(true);
        return label;
    }

    private static String words(String constant) {
        String lower = constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
