package org.tracebench.ui.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tracebench.cases.CaseEditor;
import org.tracebench.cases.ChronologyEntry;
import org.tracebench.model.CaseFact;
import org.tracebench.model.CaseFile;
import org.tracebench.model.TracedCall;
import org.tracebench.ui.common.ScreenContext;

/** The fact chronology of a case: date, fact, source, linked traced calls, disputed or not. */
final class CaseChronologyPane {

    private final CasesViewModel model;
    private final ScreenContext context;
    private final Runnable changed;
    private final VBox view = new VBox(8);

    CaseChronologyPane(CasesViewModel model, ScreenContext context, Runnable changed) {
        this.model = model;
        this.context = context;
        this.changed = changed;
        TableView<ChronologyEntry> table = Columns.table("chronology-table", "No fact recorded yet.");
        table.getColumns().add(Columns.fixed(Columns.date("Date", e -> e.fact().date(), 105)));
        table.getColumns().add(Columns.wrapping("Fact", e -> e.fact().fact(), 280));
        table.getColumns().add(Columns.wrapping("Source", e -> e.fact().source(), 130));
        table.getColumns().add(Columns.fixed(Columns.number("Calls", e -> e.tracedCallIds().size(), 58)));
        table.getColumns().add(Columns.fixed(Columns.text("Disputed", e -> e.fact().disputed() ? "disputed" : "", 82)));
        table.setItems(model.chronology());
        model.keptSelection().table(table, e -> e.fact().id());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                edit(table.getSelectionModel().getSelectedItem());
            }
        });
        var selected = table.getSelectionModel().selectedItemProperty();
        Button add = new Button("Add fact…");
        add.setId("add-fact");
        add.setOnAction(e -> edit(null));
        Button edit = new Button("Edit…");
        edit.disableProperty().bind(selected.isNull());
        edit.setOnAction(e -> edit(selected.get()));
        Button delete = new Button("Delete");
        delete.disableProperty().bind(selected.isNull());
        delete.setId("delete-fact");
        delete.setOnAction(e -> delete(selected.get()));
        VBox.setVgrow(table, Priority.ALWAYS);
        view.getChildren().addAll(CaseLettersPane.header("Fact chronology", add, edit, delete), table);
        view.setPadding(new Insets(10, 4, 4, 4));
    }

    Node view() {
        return view;
    }

    private void edit(ChronologyEntry existing) {
        CaseFile c = model.selectedCase();
        if (c == null) {
            return;
        }
        model.read(workbench -> workbench.calls().findByCase(c.id()), calls -> edit(c, existing, calls));
    }

    private void edit(CaseFile c, ChronologyEntry existing, List<TracedCall> calls) {
        CaseFact fact = existing == null ? null : existing.fact();
        FormDialog<CaseFact> dialog = new FormDialog<>(context.owner().get(), fact == null ? "Add fact" : "Edit fact", c.title());
        DatePicker date = new DatePicker(fact == null ? null : fact.date());
        TextArea text = new TextArea(fact == null ? "" : fact.fact());
        text.setPrefRowCount(3);
        text.setWrapText(true);
        TextField source = new TextField(fact == null || fact.source() == null ? "" : fact.source());
        source.setPromptText("e.g. ITG portal, Task Force notice of 2025-08-07");
        CheckBox disputed = new CheckBox("Disputed (the provider contests it, or sources disagree)");
        disputed.setSelected(fact != null && fact.disputed());
        ListView<TracedCall> callList = new ListView<>();
        callList.getItems().setAll(calls);
        callList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        callList.setPrefHeight(160);
        callList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TracedCall call, boolean empty) {
                super.updateItem(call, empty);
                setText(empty || call == null ? null : describe(calls.indexOf(call) + 1, call));
            }
        });
        Set<Long> linked = new HashSet<>(existing == null ? List.of() : existing.tracedCallIds());
        for (int i = 0; i < calls.size(); i++) {
            if (linked.contains(calls.get(i).id())) {
                callList.getSelectionModel().select(i);
            }
        }
        dialog.field("Date", date);
        dialog.field("Fact", text);
        dialog.field("Source", source);
        dialog.field("", disputed);
        dialog.field("Traced calls", callList);
        dialog.note("Ctrl+click to link several calls.");
        dialog.onOk(() -> new CaseFact(fact == null ? 0 : fact.id(), c.id(), date.getValue(), text.getText().strip(),
                source.getText().isBlank() ? null : source.getText().strip(), disputed.isSelected()),
                () -> !text.getText().isBlank(), text.textProperty());
        dialog.showAndWait().ifPresent(result -> {
            List<Long> callIds = callList.getSelectionModel().getSelectedItems().stream().map(TracedCall::id).sorted().toList();
            if (existing == null) {
                model.edit("The fact", editor -> editor.addFact(result, callIds), changed);
            } else {
                model.saveOver("The fact", existing, new ChronologyEntry(result, callIds), CaseEditor::updateFact, changed);
            }
        });
    }

    static String describe(int row, TracedCall call) {
        return "Row " + row + ": " + (call.callTimeUtc() == null ? "" : call.callTimeUtc().toString().replace('T', ' ')
                .replace("Z", " UTC") + "  ") + (call.callerId() == null ? "(redacted)" : call.callerId()) + " → "
                + (call.calledNumber() == null ? "(redacted)" : call.calledNumber())
                + (call.campaign() == null ? "" : "  " + call.campaign());
    }

    private void delete(ChronologyEntry seen) {
        CaseFact fact = seen.fact();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete the fact \"" + fact.fact() + "\"?",
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(context.owner().get());
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            model.deleteSeen("The fact", seen, CaseEditor::deleteFact, changed);
        }
    }

}
