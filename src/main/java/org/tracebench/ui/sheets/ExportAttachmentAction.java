package org.tracebench.ui.sheets;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.tracebench.model.CaseSummary;
import org.tracebench.sheets.AttachmentExporter;
import org.tracebench.sheets.AttachmentWorkbookWriter;
import org.tracebench.sheets.ColumnLayout;
import org.tracebench.ui.common.ProgressTask;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.ScreenContext;

/**
 * File > Export attachment table (XLSX): asks for the columns, then where to save (native dialog, starting
 * in the last folder used), then exports in the background with progress and cancel in the status bar.
 */
public final class ExportAttachmentAction {

    private final ScreenContext context;

    public ExportAttachmentAction(ScreenContext context) {
        this.context = context;
    }

    public void exportCase(CaseSummary summary) {
        if (summary == null) {
            inform("Export attachment table", "Select a case first (on the Cases screen), then export its traced calls.");
            return;
        }
        ColumnChooserModel model = new ColumnChooserModel(context.workbench().columnPresets(), context.tasks(),
                context.dialogs());
        Optional<ColumnLayout> layout = new ColumnChooserDialog(model, summary, context.owner().get()).showAndWait();
        if (layout.isEmpty()) {
            return;
        }
        File file = chooseFile(summary);
        if (file == null) {
            return;
        }
        start(summary, layout.get(), file.toPath());
    }

    private File chooseFile(CaseSummary summary) {
        File chosen = context.dialogs().chooseSaveFile("Export attachment table", suggestedName(summary),
                java.util.List.of(Dialogs.FileType.of("Excel workbook (*.xlsx)", "*.xlsx"))).map(Path::toFile).orElse(null);
        if (chosen != null && !chosen.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            chosen = new File(chosen.getParentFile(), chosen.getName() + ".xlsx");
        }
        return chosen;
    }

    static String suggestedName(CaseSummary summary) {
        String key = summary.caseFile().key() == null || summary.caseFile().key().isBlank()
                ? "case-" + summary.caseFile().id() : summary.caseFile().key();
        return key.replaceAll("[^A-Za-z0-9._-]+", "-") + "-attachment-a.xlsx";
    }

    /** Runs the export as a background task; package-visible so tests can export without the dialogs. */
    Task<AttachmentWorkbookWriter.Result> start(CaseSummary summary, ColumnLayout layout, Path target) {
        AttachmentExporter exporter = context.workbench().attachmentExporter();
        long caseId = summary.caseFile().id();
        Task<AttachmentWorkbookWriter.Result> task = new ProgressTask<>(
                "Exporting the attachment table of " + summary.caseFile().title() + "…", progress -> {
                    try {
                        return exporter.export(caseId, layout, target, progress);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
                    }
                });
        return context.work().run(task,
                result -> inform("Attachment table exported", "Wrote " + result.rows() + " traced calls to\n" + target),
                error -> {
                    Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage(), ButtonType.OK);
                    alert.initOwner(context.owner().get());
                    alert.setHeaderText("The attachment table was not exported");
                    alert.show();
                });
    }

    private void inform(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(context.owner().get());
        alert.setHeaderText(header);
        alert.show();
    }
}
