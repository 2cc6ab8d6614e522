package org.tracebench.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
import org.tracebench.app.Workbench;
import org.tracebench.cases.AuditFilter;
import org.tracebench.model.AuditEntry;
import org.tracebench.ui.cases.Columns;

/**
 * The audit log: who changed what and when, newest first, filtered by person, kind of record, text and days.
 * Read only: the log is append-only and nothing here can change it.
 */
public final class AuditLogDialog extends Dialog<Void> {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.US);
    private static final int LIMIT = 2000;

    private final Workbench workbench;
    private final ComboBox<String> actor = new ComboBox<>();
    private final ComboBox<String> entity = new ComboBox<>();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TableView<AuditEntry> table = Columns.table("audit-table", "No entry matches.");
    private final Label count = new Label();

    public AuditLogDialog(Workbench workbench, Window owner) {
        this.workbench = workbench;
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Audit log");
        setHeaderText("Who changed what, and when. The log is append-only.");
        setResizable(true);
        ZoneId zone = workbench.casework().clock().getZone();
        actor.getItems().add(null);
        actor.getItems().addAll(workbench.casework().auditQueries().actors());
        actor.setPromptText("Anyone");
        entity.getItems().add(null);
        entity.getItems().addAll(workbench.casework().auditQueries().entities());
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
        clear.setOnAction(e -> {
            actor.setValue(null);
            entity.setValue(null);
            text.clear();
            from.setValue(null);
            to.setValue(null);
        });
        actor.valueProperty().addListener((o, a, b) -> reload());
        entity.valueProperty().addListener((o, a, b) -> reload());
        text.textProperty().addListener((o, a, b) -> reload());
        from.valueProperty().addListener((o, a, b) -> reload());
        to.valueProperty().addListener((o, a, b) -> reload());
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
        reload();
    }

    private void reload() {
        table.getItems().setAll(workbench.casework().auditQueries().find(new AuditFilter(actor.getValue(), entity.getValue(),
                text.getText(), from.getValue(), to.getValue(), LIMIT)));
        count.setText(table.getItems().size() == LIMIT ? "Showing the newest " + LIMIT + " entries; narrow the filters to see older ones."
                : table.getItems().size() + " entries");
    }

    public TableView<AuditEntry> table() {
        return table;
    }

    public TextField textFilter() {
        return text;
    }
}
