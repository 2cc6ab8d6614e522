package org.tracebench.ui.cases;

import java.io.File;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tracebench.model.CaseFile;
import org.tracebench.cases.CaseEditor;
import org.tracebench.model.CaseResponse;
import org.tracebench.model.LetterKind;
import org.tracebench.model.Notice;
import org.tracebench.ui.common.ScreenContext;

/** The notices sent on a case and the responses received, with the dialogs that record them. */
final class CaseLettersPane {

    private final CasesViewModel model;
    private final ScreenContext context;
    private final Runnable changed;
    private final VBox view = new VBox(8);

    CaseLettersPane(CasesViewModel model, ScreenContext context, Runnable changed) {
        this.model = model;
        this.context = context;
        this.changed = changed;
        TableView<Notice> notices = Columns.table("notice-table", "No letter recorded as sent.");
        notices.getColumns().add(Columns.fixed(Columns.date("Sent", Notice::sentOn, 105)));
        notices.getColumns().add(Columns.text("Template", Notice::template, 150));
        notices.getColumns().add(Columns.text("File number", Notice::fileNumber, 130));
        notices.getColumns().add(Columns.text("Recipients", n -> String.join("; ", n.recipients()), 200));
        notices.getColumns().add(Columns.wrapping("Sources", CaseLettersPane::sourcesInBrief, 180));
        notices.getColumns().add(Columns.text("Marked findings", n -> n.illustrativeAllowed() == null ? ""
                : n.illustrativeFindings() > 0 ? n.illustrativeFindings() + " allowed" : "none", 110));
        TextArea provenance = new TextArea();
        provenance.setId("notice-provenance");
        provenance.setEditable(false);
        provenance.setWrapText(true);
        provenance.setPrefRowCount(4);
        // The two tables grow with the pane; the selected notice's sources stay readable beside them.
        provenance.setMinHeight(Region.USE_PREF_SIZE);
        provenance.setPromptText("Select a notice to see where the calls it relies on came from.");
        notices.getSelectionModel().selectedItemProperty().addListener((obs, was, now) ->
                provenance.setText(now == null ? "" : provenance(now)));
        notices.setItems(model.notices());
        model.keptSelection().table(notices, Notice::id);
        Button record = new Button("Record letter sent…");
        record.setId("record-letter");
        record.setOnAction(e -> recordLetter());

        TableView<CaseResponse> responses = Columns.table("response-table", "No response received.");
        responses.getColumns().add(Columns.fixed(Columns.date("Received", CaseResponse::receivedOn, 105)));
        responses.getColumns().add(Columns.wrapping("Summary", CaseResponse::summary, 240));
        responses.getColumns().add(Columns.text("Answers", r -> answered(r.noticeId()), 120));
        responses.getColumns().add(Columns.text("Attached file", r -> r.attachmentPath() == null ? ""
                : new File(r.attachmentPath()).getName(), 140));
        responses.setItems(model.responses());
        model.keptSelection().table(responses, CaseResponse::id);
        responses.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && responses.getSelectionModel().getSelectedItem() != null) {
                editResponse(responses.getSelectionModel().getSelectedItem());
            }
        });
        Button add = new Button("Add response…");
        add.setId("add-response");
        add.setOnAction(e -> editResponse(null));
        Button edit = new Button("Edit…");
        edit.disableProperty().bind(responses.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> editResponse(responses.getSelectionModel().getSelectedItem()));
        Button delete = new Button("Delete");
        delete.disableProperty().bind(responses.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteResponse(responses.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(notices, Priority.ALWAYS);
        VBox.setVgrow(responses, Priority.ALWAYS);
        view.getChildren().addAll(header("Notices sent", record), notices, provenance,
                header("Responses received", add, edit, delete),
                responses);
        view.setPadding(new Insets(10, 4, 4, 4));
    }

    Node view() {
        return view;
    }

    /** One short line per source for the table: the file, or how the calls entered, with the number of calls. */
    static String sourcesInBrief(Notice notice) {
        return String.join("\n", notice.sources().stream().map(s -> (s.isImport() ? s.fileName() : s.kind().label())
                + " (" + s.calls() + ")").toList());
    }

    /** Everything the notice recorded about its calls' sources (file names with SHA-256) and marked findings. */
    static String provenance(Notice notice) {
        if (notice.illustrativeAllowed() == null && notice.sources().isEmpty()) {
            return "Recorded by hand or before sources were kept: no sources on record.";
        }
        StringBuilder text = new StringBuilder("Sources of the calls this letter relies on:");
        notice.sources().forEach(s -> text.append("\n• ").append(s.describe()));
        return text.append("\nMarked findings (illustrative or unreadable): ").append(notice.illustrativeText()).toString();
    }

    private String answered(Long noticeId) {
        if (noticeId == null) {
            return "";
        }
        return model.notices().stream().filter(n -> n.id() == noticeId).findFirst()
                .map(n -> "letter of " + Columns.DAY.format(n.sentOn())).orElse("");
    }

    static HBox header(String title, Node... buttons) {
        Label label = new Label(title);
        label.setStyle("-fx-font-weight: bold;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, label, spacer);
        box.getChildren().addAll(buttons);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Proposes the answer period of each kind of letter: 21 days for a Task Force notice, 14 for the FCC's letter. */
    static int defaultResponseDays(LetterKind kind) {
        return switch (kind) {
            case FCC_CEASE_AND_DESIST -> 14;
            case TASK_FORCE_NOTICE, WARNING_LETTER -> 21;
        };
    }

    private void recordLetter() {
        CaseFile c = model.selectedCase();
        if (c == null) {
            return;
        }
        FormDialog<java.util.function.Consumer<org.tracebench.cases.CaseEditor>> dialog =
                new FormDialog<>(context.owner().get(), "Record letter sent", c.title());
        DatePicker sentOn = new DatePicker(c.letterDate() == null ? LocalDate.now(context.workbench().casework().clock()) : c.letterDate());
        TextField template = new TextField(c.letterKind().slug());
        TextField fileNumber = new TextField();
        fileNumber.setPromptText("e.g. EB-TCD-21-00032993");
        TextField recipients = new TextField(String.join("; ", c.recipient().emails()));
        Spinner<Integer> days = new Spinner<>(0, 365, defaultResponseDays(c.letterKind()));
        days.setEditable(true);
        javafx.scene.control.CheckBox setsDeadline = new javafx.scene.control.CheckBox("Sets a response deadline");
        setsDeadline.setSelected(true);
        days.disableProperty().bind(setsDeadline.selectedProperty().not());
        dialog.field("Sent on", sentOn);
        dialog.field("Template", template);
        dialog.field("File number", fileNumber);
        dialog.field("Recipients", recipients);
        dialog.field("", setsDeadline);
        dialog.field("Days to respond", days);
        dialog.note("The deadline falls at the end of the last day, in this computer's time zone; it appears on the "
                + "deadlines dashboard and in the target's enforcement history.");
        dialog.onOk(() -> {
            LocalDate sent = sentOn.getValue();
            String slug = template.getText().strip();
            List<String> to = split(recipients.getText());
            String number = blank(fileNumber.getText());
            Integer answerDays = setsDeadline.isSelected() ? days.getValue() : null;
            return editor -> editor.recordLetterSent(c.id(), sent, slug, to, number, answerDays);
        }, () -> sentOn.getValue() != null && !template.getText().isBlank(), sentOn.valueProperty(), template.textProperty());
        dialog.showAndWait().ifPresent(record -> model.edit("The letter", record, changed));
    }

    private void editResponse(CaseResponse existing) {
        CaseFile c = model.selectedCase();
        if (c == null) {
            return;
        }
        FormDialog<CaseResponse> dialog = new FormDialog<>(context.owner().get(),
                existing == null ? "Add response" : "Edit response", c.title());
        DatePicker received = new DatePicker(existing == null ? LocalDate.now(context.workbench().casework().clock())
                : existing.receivedOn());
        TextArea summary = new TextArea(existing == null ? "" : existing.summary());
        summary.setPrefRowCount(4);
        summary.setWrapText(true);
        ComboBox<Notice> answers = new ComboBox<>();
        answers.getItems().add(null);
        answers.getItems().addAll(model.notices());
        answers.setConverter(CaseDetailsForm.converter(n -> n.template() + " of " + Columns.DAY.format(n.sentOn())));
        answers.setValue(existing == null ? (model.notices().isEmpty() ? null : model.notices().get(model.notices().size() - 1))
                : model.notices().stream().filter(n -> existing.noticeId() != null && n.id() == existing.noticeId()).findFirst().orElse(null));
        TextField attachment = new TextField(existing == null || existing.attachmentPath() == null ? "" : existing.attachmentPath());
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> {
            context.dialogs().chooseOpenFile("Attach the response as received", List.of())
                    .ifPresent(file -> attachment.setText(file.toAbsolutePath().toString()));
        });
        HBox.setHgrow(attachment, Priority.ALWAYS);
        dialog.field("Received on", received);
        dialog.field("Summary", summary);
        dialog.field("Answers", answers);
        dialog.field("Attached file", new HBox(6, attachment, browse));
        dialog.note("A response closes the open deadline set by the letter it answers.");
        dialog.onOk(() -> new CaseResponse(existing == null ? 0 : existing.id(), c.id(), received.getValue(),
                summary.getText().strip(), blank(attachment.getText()), answers.getValue() == null ? null : answers.getValue().id()),
                () -> received.getValue() != null && !summary.getText().isBlank(), received.valueProperty(), summary.textProperty());
        dialog.showAndWait().ifPresent(response -> {
            if (existing == null) {
                model.edit("The response", editor -> editor.addResponse(response), changed);
            } else {
                model.saveOver("The response", existing, response, CaseEditor::updateResponse, changed);
            }
        });
    }

    private void deleteResponse(CaseResponse response) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete the response of "
                + Columns.DAY.format(response.receivedOn()) + "?", ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(context.owner().get());
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            model.deleteSeen("The response", response, CaseEditor::deleteResponse, changed);
        }
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
