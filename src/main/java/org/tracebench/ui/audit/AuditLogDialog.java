package org.tracebench.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.tracebench.model.AuditEntry;
import org.tracebench.ui.cases.Columns;

/**
 * The audit log: who changed what and when, newest first, filtered by person, kind of record, text and days.
 * Read only: the log is append-only and nothing here can change it.
 */
public final class AuditLogDialog extends Dialog<Void> {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.US);
    private final ComboBox<String> actor = new ComboBox<>();
    private final ComboBox<String> entity = new ComboBox<>();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TableView<AuditEntry> table = Columns.table("audit-table", "No entry matches.");
    private final Label count = new Label();

    public AuditLogDialog(AuditLogViewModel model, Window owner) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Audit log");
        setHeaderText("Who changed what, and when. The log is append-only.");
        setResizable(true);
        ZoneId zone = model.zone();
        // The empty first choice means "anyone" / "any record".
        model.actors().addListener((ListChangeListener<String>) change -> withNone(actor, model.actors()));
        model.entities().addListener((ListChangeListener<String>) change -> withNone(entity, model.entities()));
        withNone(actor, model.actors());
        withNone(entity, model.entities());
        actor.setPromptText("Anyone");
        entity.setPromptText("Any record");
        text.setPromptText("Text in action or detail");
        text.setId("audit-text");
        from.setPromptText("From");
        to.setPromptText("To");
        table.getColumns().add(Columns.fixed(Columns.text("When", e -> AT.format(e.at().atZone(zone)), 160)));
        table.getColumns().add(Columns.fixed(Columns.text("Who", AuditEntry::actor, 90)));
        table.getColumns().add(Columns.fixed(Columns.text("Record", e -> e.entity() + (e.entityId() == null ? "" : " #" + e.entityId()), 130)));
        table.getColumns().add(Columns.fixed(Columns.text("Action", AuditEntry::action, 150)));
        table.getColumns().add(Columns.wrapping("Detail", AuditEntry::detail, 480));
        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> model.clearFilters());
        actor.valueProperty().bindBidirectional(model.actorProperty());
        entity.valueProperty().bindBidirectional(model.entityProperty());
        text.textProperty().bindBidirectional(model.textProperty());
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        table.setItems(model.entries());
        count.textProperty().bind(model.countProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox filters = new HBox(8, actor, entity, text, from, to, clear);
        VBox content = new VBox(8, filters, table, count);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(4));
        content.setPrefSize(1050, 480);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(1080);
        getDialogPane().setMinWidth(1080);
        Columns.openWide(this, 1080);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.load();
    }

    private static void withNone(ComboBox<String> box, List<String> choices) {
        String chosen = box.getValue();
        List<String> items = new ArrayList<>();
        items.add(null);
        items.addAll(choices);
        box.getItems().setAll(items);
        box.setValue(chosen);
    }

    public TableView<AuditEntry> table() {
        return table;
    }

    public TextField textFilter() {
        return text;
    }
}
