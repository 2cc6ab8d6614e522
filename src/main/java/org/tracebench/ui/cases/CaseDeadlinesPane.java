package org.tracebench.ui.cases;

import org.tracebench.cases.CaseEditor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tracebench.cases.DeadlineItem;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Deadline;
import org.tracebench.ui.common.ScreenContext;

/** A case's deadlines with what set them and how each stands today; add, edit, mark done, delete. */
final class CaseDeadlinesPane {

    private final CasesViewModel model;
    private final ScreenContext context;
    private final Runnable changed;
    private final VBox view = new VBox(8);

    CaseDeadlinesPane(CasesViewModel model, ScreenContext context, Runnable changed) {
        this.model = model;
        this.context = context;
        this.changed = changed;
        TableView<DeadlineItem> table = Columns.table("case-deadlines", "No deadline on this case.");
        table.getColumns().add(Columns.fixed(Columns.date("Due", i -> day(i.deadline()), 105)));
        table.getColumns().add(Columns.fixed(Columns.text("State", i -> i.deadline().done() ? "Done" : i.state().label(), 125)));
        table.getColumns().add(Columns.wrapping("What", i -> i.deadline().description(), 220));
        table.getColumns().add(Columns.wrapping("Set by", i -> i.deadline().setBy(), 160));
        table.setItems(model.deadlines());
        model.keptSelection().table(table, d -> d.deadline().id());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DeadlineItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("deadline-overdue", "deadline-soon");
                if (!empty && item != null && !item.deadline().done()) {
                    if (item.state() == DeadlineItem.State.OVERDUE) {
                        getStyleClass().add("deadline-overdue");
                    } else if (item.state() != DeadlineItem.State.UPCOMING) {
                        getStyleClass().add("deadline-soon");
                    }
                }
            }
        });
        var selected = table.getSelectionModel().selectedItemProperty();
        Button add = new Button("Add…");
        add.setId("add-deadline");
        add.setOnAction(e -> edit(null));
        Button edit = new Button("Edit…");
        edit.disableProperty().bind(selected.isNull());
        edit.setOnAction(e -> edit(selected.get().deadline()));
        Button done = new Button("Mark done / reopen");
        done.disableProperty().bind(selected.isNull());
        done.setOnAction(e -> {
            Deadline d = selected.get().deadline();
            model.edit("The deadline", editor -> editor.setDeadlineDone(d, !d.done()), changed);
        });
        Button delete = new Button("Delete");
        delete.disableProperty().bind(selected.isNull());
        delete.setOnAction(e -> delete(selected.get().deadline()));
        VBox.setVgrow(table, Priority.ALWAYS);
        view.getChildren().addAll(CaseLettersPane.header("Deadlines", add, edit, done, delete), table);
        view.setPadding(new Insets(10, 4, 4, 4));
    }

    Node view() {
        return view;
    }

    private LocalDate day(Deadline d) {
        return d.due().atZone(zone()).toLocalDate();
    }

    private ZoneId zone() {
        return context.workbench().casework().clock().getZone();
    }

    private void edit(Deadline existing) {
        CaseFile c = model.selectedCase();
        if (c == null) {
            return;
        }
        FormDialog<Deadline> dialog = new FormDialog<>(context.owner().get(), existing == null ? "Add deadline" : "Edit deadline",
                c.title());
        DatePicker due = new DatePicker(existing == null ? LocalDate.now(context.workbench().casework().clock()).plusDays(14)
                : day(existing));
        TextField what = new TextField(existing == null ? "" : existing.description());
        what.setPromptText("e.g. Response to the notice due");
        TextField setBy = new TextField(existing == null ? "" : nz(existing.setBy()));
        setBy.setPromptText("what set it, e.g. Letter of 2025-08-07, court order, agreement");
        CheckBox done = new CheckBox("Done");
        done.setSelected(existing != null && existing.done());
        dialog.field("Due on", due);
        dialog.field("What", what);
        dialog.field("Set by", setBy);
        dialog.field("", done);
        dialog.note("Due at the end of that day; overdue from the next day on.");
        dialog.onOk(() -> new Deadline(existing == null ? 0 : existing.id(), c.id(),
                due.getValue().atTime(LocalTime.of(23, 59)).atZone(zone()).toInstant(), what.getText().strip(),
                setBy.getText().isBlank() ? null : setBy.getText().strip(), done.isSelected()),
                () -> due.getValue() != null && !what.getText().isBlank(), due.valueProperty(), what.textProperty());
        dialog.showAndWait().ifPresent(d -> {
            if (existing == null) {
                model.edit("The deadline", editor -> editor.addDeadline(d), changed);
            } else {
                model.saveOver("The deadline", existing, d, CaseEditor::updateDeadline, changed);
            }
        });
    }

    private void delete(Deadline d) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete the deadline \"" + d.description() + "\"?",
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(context.owner().get());
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            model.deleteSeen("The deadline", d, CaseEditor::deleteDeadline, changed);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
