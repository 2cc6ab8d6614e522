package org.tracebench.ui.calls;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.TracedCall;
import org.tracebench.ui.Screen;
import org.tracebench.ui.ScreenContext;

/** The traced calls of the selected case, as the rows of its attachment table. */
public final class CallsScreen implements Screen {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("MMM dd, yyyy HH:mm", Locale.US).withZone(ZoneOffset.UTC);

    private final ScreenContext context;
    private final TableView<TracedCall> table = new TableView<>();
    private final Label title = new Label("Calls");
    private final VBox view = new VBox(8);

    public CallsScreen(ScreenContext context) {
        this.context = context;
        table.setId("call-table");
        table.getColumns().add(column("Customer", c -> c.customerAsWritten() == null ? "" : c.customerAsWritten()));
        table.getColumns().add(column("Date of ITG Notification",
                c -> c.notifications().stream().map(UTC::format).collect(Collectors.joining("\n"))));
        table.getColumns().add(column("Date of Call", c -> c.callTimeUtc() == null ? "" : UTC.format(c.callTimeUtc()) + " UTC"));
        table.getColumns().add(column("Caller ID", c -> nullToEmpty(c.callerId())));
        table.getColumns().add(column("Called Number", c -> nullToEmpty(c.calledNumber())));
        table.getColumns().add(column("Description", c -> nullToEmpty(c.campaign())));
        table.getColumns().add(column("Violation", c -> nullToEmpty(c.violation())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Select a case on the Cases screen to see its traced calls."));
        title.getStyleClass().add("screen-title");
        view.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        view.getChildren().addAll(title, table);
        context.state().selectedCaseProperty().addListener((obs, old, summary) -> reload(summary));
    }

    private static TableColumn<TracedCall, String> column(String name, Function<TracedCall, String> value) {
        TableColumn<TracedCall, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(140);
        return column;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private void reload(CaseSummary summary) {
        if (summary == null) {
            title.setText("Calls");
            table.setItems(FXCollections.observableArrayList());
            return;
        }
        var calls = context.workbench().calls().findByCase(summary.caseFile().id());
        title.setText("Calls: " + summary.caseFile().title() + " (" + calls.size() + ")");
        table.setItems(FXCollections.observableArrayList(calls));
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void onShow() {
        reload(context.state().selectedCase());
    }
}
