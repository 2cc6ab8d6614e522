package org.tracebench.ui.calls;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.CampaignProposal;
import org.tracebench.ingest.ImportFormat;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportReport;
import org.tracebench.ingest.ImportSource;
import org.tracebench.ingest.Importer;
import org.tracebench.ingest.OnDuplicate;
import org.tracebench.ui.common.ScreenContext;

/**
 * Importing a file from the Calls screen: choose (or drop) a file, map headers that were not recognised,
 * read it in the background as a dry run, show the report (with campaign proposals to accept), and only
 * then import it in one transaction. Both runs show progress and can be cancelled; a cancelled or
 * rejected import leaves nothing written.
 */
final class CallsImport implements CallsViewModel.Importing {

    private final ScreenContext context;
    private final Importer importer;

    CallsImport(ScreenContext context) {
        this.context = context;
        this.importer = context.workbench().importer();
    }

    /** Starts the import of a file: header check, mapping if needed, dry run, report, import. */
    @Override
    public void start(Path file, Long caseId, Runnable afterImport) {
        ImportSource source = ImportSource.of(file);
        context.tasks().runWithProgress("Reading the header of " + source.name() + "…",
                progress -> importer.checkHeader(source, null), check -> {
            ImportOptions options = ImportOptions.forCase(caseId).withFormat(check.format());
            if (check.problem() == null && needsMapping(check)) {
                Map<String, String> mapping = askMapping(check);
                if (mapping == null) {
                    return;
                }
                options = options.withColumnMap(mapping);
            }
            preview(source, options, afterImport);
        }, error -> showError("Cannot read " + source.name(), error));
    }

    /** Ask only when a header was not recognised and some column is still without one. */
    private static boolean needsMapping(Importer.HeaderCheck check) {
        return check.format() != ImportFormat.TRACEBACKS && !check.unrecognised().isEmpty() && !check.missing().isEmpty();
    }

    private void preview(ImportSource source, ImportOptions options, Runnable afterImport) {
        importTask(source, options.withDryRun(true), "Checking", report -> {
            ImportOptions accepted = showReport(report, options);
            if (accepted != null) {
                importTask(source, accepted, "Importing", done -> {
                    afterImport.run();
                    if (done.outcome() != ImportReport.Outcome.WRITTEN) {
                        showReportOnly(done);
                    }
                }, error -> showError("Import of " + source.name() + " failed; nothing was written", error));
            }
        }, error -> showError("Cannot read " + source.name(), error));
    }

    private void importTask(ImportSource source, ImportOptions options, String verb, java.util.function.Consumer<ImportReport> then,
            java.util.function.Consumer<Throwable> failed) {
        context.tasks().runWithProgress(verb + " " + source.name() + "…", progress -> importer.run(source, options, progress),
                then, failed);
    }

    /** The mapping step: a choice of column for each header that was not recognised. Null when cancelled. */
    private Map<String, String> askMapping(Importer.HeaderCheck check) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(context.owner().get());
        dialog.setTitle("Map the columns");
        dialog.setHeaderText("Some headers were not recognised. Choose the column each one holds.");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        Map<String, ChoiceBox<String>> choices = new LinkedHashMap<>();
        int row = 0;
        for (String header : check.unrecognised()) {
            ChoiceBox<String> choice = new ChoiceBox<>();
            choice.getItems().add("(ignore)");
            for (AttachmentColumn column : AttachmentColumn.values()) {
                choice.getItems().add(column.header());
            }
            choice.setValue("(ignore)");
            choice.setId("map-" + row);
            grid.addRow(row++, new Label(header), choice);
            choices.put(header, choice);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(new ButtonType("Continue", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        ButtonType answer = dialog.showAndWait().orElse(ButtonType.CANCEL);
        if (answer.getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return null;
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        choices.forEach((header, choice) -> {
            if (!"(ignore)".equals(choice.getValue())) {
                mapping.put(header, choice.getValue());
            }
        });
        return mapping;
    }

    /** Shows the dry run's report; returns the options to import with (proposals accepted), or null. */
    private ImportOptions showReport(ImportReport report, ImportOptions options) {
        Dialog<ButtonType> dialog = reportDialog(report);
        VBox content = (VBox) dialog.getDialogPane().getContent();
        List<CampaignProposal> proposals = report.campaignProposals();
        Map<CheckBox, CampaignProposal> boxes = new LinkedHashMap<>();
        if (!proposals.isEmpty() && !report.hasErrors()) {
            content.getChildren().add(new Label("Campaigns that look like known ones (tick to store them under the known name):"));
            for (CampaignProposal p : proposals) {
                CheckBox box = new CheckBox("\"" + p.written() + "\" (" + p.rows() + " rows) as \"" + p.existing() + "\"");
                boxes.put(box, p);
                content.getChildren().add(box);
            }
        }
        ChoiceBox<OnDuplicate> policy = null;
        if (report.changedCalls() + report.identicalCalls() + report.duplicatesInFile() > 0 && !report.hasErrors()) {
            content.getChildren().add(new Label("Calls already in the case (" + report.duplicateSummary() + "):"));
            policy = new ChoiceBox<>(FXCollections.observableArrayList(OnDuplicate.values()));
            policy.setConverter(new StringConverter<>() {
                @Override
                public String toString(OnDuplicate value) {
                    return value == null ? "" : switch (value) {
                        case SKIP -> "Skip them: import only the new calls";
                        case UPDATE -> "Update the changed ones and import the new calls";
                        case KEEP -> "Import every row again (the case holds them twice)";
                    };
                }

                @Override
                public OnDuplicate fromString(String text) {
                    return null;
                }
            });
            policy.setValue(options.onDuplicate());
            policy.setId("on-duplicate");
            content.getChildren().add(policy);
        }
        ButtonType importButton = new ButtonType(importLabel(report, options.onDuplicate()), ButtonBar.ButtonData.OK_DONE);
        if (report.outcome() == ImportReport.Outcome.PREVIEW) {
            dialog.getDialogPane().getButtonTypes().setAll(importButton, ButtonType.CANCEL);
            if (policy != null) {
                Button button = (Button) dialog.getDialogPane().lookupButton(importButton);
                policy.valueProperty().addListener((obs, old, value) -> button.setText(importLabel(report, value)));
            }
        } else {
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        }
        ButtonType answer = dialog.showAndWait().orElse(ButtonType.CANCEL);
        if (answer != importButton) {
            return null;
        }
        Map<String, String> accepted = new LinkedHashMap<>();
        boxes.forEach((box, p) -> {
            if (box.isSelected()) {
                accepted.put(p.written(), p.existing());
            }
        });
        return options.withDryRun(false).withAcceptedCampaigns(accepted, false)
                .withOnDuplicate(policy == null ? options.onDuplicate() : policy.getValue());
    }

    /** The dry run skipped the calls already there; what the button promises follows the policy chosen since. */
    private static String importLabel(ImportReport report, OnDuplicate policy) {
        long already = report.changedCalls() + report.identicalCalls() + report.duplicatesInFile();
        long fresh = report.callsWritten() - (report.onDuplicate() == OnDuplicate.KEEP ? already : 0);
        return switch (policy) {
            case SKIP -> "Import " + fresh + " calls";
            case UPDATE -> "Import " + fresh + " calls, update " + report.changedCalls();
            case KEEP -> "Import " + (fresh + already) + " calls";
        };
    }

    private void showReportOnly(ImportReport report) {
        Dialog<ButtonType> dialog = reportDialog(report);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.show();
    }

    private Dialog<ButtonType> reportDialog(ImportReport report) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(context.owner().get());
        dialog.setTitle("Import report");
        dialog.setHeaderText(switch (report.outcome()) {
            case PREVIEW -> report.source() + ": " + report.callsWritten() + " calls ready to import"
                    + (report.warningCount() > 0 ? ", " + report.warningCount() + " warnings to review" : "");
            case REJECTED -> report.source() + " cannot be imported: " + report.errorCount() + " errors. Nothing was written.";
            case CANCELLED -> "Import cancelled. Nothing was written.";
            case WRITTEN -> report.source() + ": " + report.callsWritten() + " calls imported";
        });
        TextArea text = new TextArea(report.render());
        text.setId("import-report");
        text.setEditable(false);
        text.setWrapText(false);
        text.setStyle("-fx-font-family: monospace;");
        text.setPrefSize(860, 420);
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox content = new VBox(8, text);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        return dialog;
    }

    private void showError(String header, Throwable error) {
        context.dialogs().error(header, error);
    }
}
