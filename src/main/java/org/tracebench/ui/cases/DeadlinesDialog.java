package org.tracebench.ui.cases;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.tracebench.cases.DeadlineItem;
import org.tracebench.ui.common.ScreenContext;
import org.tracebench.ui.common.ScreenId;

/**
 * The deadlines dashboard: every open deadline of every case, overdue first, then the soonest. Shown at
 * start-up when something is overdue or due within a week, and from View ▸ Deadlines. "Open case" goes to it.
 */
public final class DeadlinesDialog extends Dialog<Void> {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE MMM d, yyyy HH:mm", Locale.US);
    private static final ButtonType OPEN_CASE = new ButtonType("Open case", ButtonBar.ButtonData.LEFT);

    private final TableView<DeadlineItem> table = Columns.table("deadlines-table", "No open deadline. Nothing is due.");

    /** Reads the open deadlines off the JavaFX thread, then shows them. */
    public static void open(ScreenContext context, Window owner) {
        context.tasks().run(() -> context.workbench().casework().dashboard().items(),
                items -> new DeadlinesDialog(context, owner, items).show(),
                error -> context.dialogs().error("The deadlines could not be read", error));
    }

    private DeadlinesDialog(ScreenContext context, Window owner, List<DeadlineItem> items) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Deadlines");
        setResizable(true);
        long overdue = items.stream().filter(i -> i.state() == DeadlineItem.State.OVERDUE).count();
        long soon = items.stream().filter(i -> i.state() == DeadlineItem.State.DUE_TODAY || i.state() == DeadlineItem.State.DUE_SOON).count();
        setHeaderText(overdue + " overdue · " + soon + " due within a week · " + items.size() + " open in all");
        var zone = context.workbench().casework().clock().getZone();
        table.getColumns().add(Columns.fixed(Columns.text("State", i -> i.state().label(), 115)));
        table.getColumns().add(Columns.fixed(Columns.text("Due", i -> DUE.format(i.deadline().due().atZone(zone)), 190)));
        table.getColumns().add(Columns.fixed(Columns.text("When", DeadlinesDialog::distance, 95)));
        table.getColumns().add(Columns.wrapping("Case", DeadlineItem::caseTitle, 230));
        table.getColumns().add(Columns.wrapping("What", i -> i.deadline().description(), 230));
        table.getColumns().add(Columns.wrapping("Set by", i -> i.deadline().setBy(), 160));
        table.getItems().setAll(items);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DeadlineItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("deadline-overdue", "deadline-soon");
                if (!empty && item != null && item.state() == DeadlineItem.State.OVERDUE) {
                    getStyleClass().add("deadline-overdue");
                } else if (!empty && item != null && item.state() != DeadlineItem.State.UPCOMING) {
                    getStyleClass().add("deadline-soon");
                }
            }
        });
        Label hint = new Label("Double-click a deadline, or select it and press Open case, to go to its case.");
        hint.getStyleClass().add("text-muted");
        VBox content = new VBox(8, table, hint);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(4));
        content.setPrefSize(1000, 360);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(1040);
        getDialogPane().setMinWidth(1040);
        Columns.openWide(this, 1040);
        getDialogPane().getStylesheets().add(DeadlinesDialog.class.getResource("cases.css").toExternalForm());
        getDialogPane().getButtonTypes().addAll(OPEN_CASE, ButtonType.CLOSE);
        getDialogPane().lookupButton(OPEN_CASE).disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Runnable open = () -> {
            DeadlineItem item = table.getSelectionModel().getSelectedItem();
            if (item != null) {
                long caseId = item.deadline().caseId();
                context.tasks().run(() -> context.workbench().cases().summaries().stream()
                        .filter(s -> s.caseFile().id() == caseId).findFirst().orElse(null), summary -> {
                            context.state().selectedCaseProperty().set(summary);
                            context.navigate().accept(ScreenId.CASES);
                        }, error -> context.dialogs().error("The case could not be opened", error));
            }
        };
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
                close();
            }
        });
        setResultConverter(button -> {
            if (button == OPEN_CASE) {
                open.run();
            }
            return null;
        });
    }

    static String distance(DeadlineItem item) {
        long days = item.days();
        if (days == 0) {
            return item.state() == DeadlineItem.State.OVERDUE ? "passed today" : "today";
        }
        return days < 0 ? -days + (days == -1 ? " day ago" : " days ago") : "in " + days + (days == 1 ? " day" : " days");
    }

    public TableView<DeadlineItem> table() {
        return table;
    }
}
