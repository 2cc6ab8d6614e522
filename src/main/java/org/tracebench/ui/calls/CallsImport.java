package org.tracebench.ui.calls;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import org.tracebench.ingest.ColumnMappings;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportReport;
import org.tracebench.ingest.ImportSource;
import org.tracebench.ingest.Importer;
import org.tracebench.ui.common.ScreenContext;

/**
 * Importing a file from the Calls screen: choose (or drop) a file; when headers were not recognised, map
 * the columns by their first values (pre-filled with the mapping remembered for the same headers); read it
 * in the background as a dry run, show the report (counts, tables, campaign proposals, what to do with
 * calls already in the case), and only then import it in one transaction. Both runs show progress and can
 * be cancelled; a cancelled or rejected import leaves nothing written. The mapping is remembered once an
 * import made with it is written.
 */
final class CallsImport implements CallsViewModel.Importing {

    private final ScreenContext context;
    private final Importer importer;
    private final ColumnMappings mappings;

    CallsImport(ScreenContext context) {
        this.context = context;
        this.importer = context.workbench().importer();
        this.mappings = context.workbench().columnMappings();
    }

    /** What the first look at a file found: its columns, and a mapping remembered for its headers. */
    private record FirstLook(ColumnMappings.Preview preview, Optional<ColumnMappings.Remembered> remembered) {
    }

    /** The mapping confirmed for this import, remembered once the import is written. */
    private record Confirmed(List<String> headers, Map<String, String> columnMap) {
    }

    /** Starts the import of a file: columns, mapping if needed, dry run, report, import. */
    @Override
    public void start(Path file, Long caseId, Runnable afterImport) {
        ImportSource source = ImportSource.of(file);
        context.tasks().runWithProgress("Reading the columns of " + source.name() + "…", progress -> {
            ColumnMappings.Preview preview = mappings.preview(source, null);
            return new FirstLook(preview, preview.needsMapping() ? mappings.find(preview.headers()) : Optional.empty());
        }, look -> {
            ImportOptions options = ImportOptions.forCase(caseId).withFormat(look.preview().format());
            Confirmed confirmed = null;
            if (look.preview().needsMapping()) {
                ColumnMappingDialog dialog = new ColumnMappingDialog(new ColumnMappingViewModel(look.preview(), look.remembered()),
                        source.name(), context.owner().get());
                ButtonType answer = dialog.showAndWait().orElse(ButtonType.CANCEL);
                if (!dialog.proceeds(answer)) {
                    return;
                }
                confirmed = new Confirmed(look.preview().headers(), dialog.model().columnMap());
                options = options.withColumnMap(confirmed.columnMap());
            }
            preview(source, options, afterImport, confirmed);
        }, error -> showError("Cannot read " + source.name(), error));
    }

    private void preview(ImportSource source, ImportOptions options, Runnable afterImport, Confirmed confirmed) {
        context.tasks().runWithProgress("Checking " + source.name() + "…",
                progress -> importer.run(source, options.withDryRun(true), progress), report -> {
            ImportReportDialog dialog = new ImportReportDialog(new ImportReportViewModel(report, options.onDuplicate()),
                    context.dialogs(), context.owner().get());
            ButtonType answer = dialog.showAndWait().orElse(ButtonType.CANCEL);
            if (answer != dialog.importButton() || !dialog.model().canImport()) {
                return;
            }
            ImportOptions accepted = dialog.model().optionsToImport(options);
            context.tasks().runWithProgress("Importing " + source.name() + "…", progress -> {
                ImportReport done = importer.run(source, accepted, progress);
                if (confirmed != null && done.outcome() == ImportReport.Outcome.WRITTEN) {
                    mappings.remember(confirmed.headers(), confirmed.columnMap());
                }
                return done;
            }, done -> {
                afterImport.run();
                if (done.outcome() != ImportReport.Outcome.WRITTEN) {
                    new ImportReportDialog(new ImportReportViewModel(done, done.onDuplicate()), context.dialogs(),
                            context.owner().get()).show();
                }
            }, error -> showError("Import of " + source.name() + " failed; nothing was written", error));
        }, error -> showError("Cannot read " + source.name(), error));
    }

    private void showError(String header, Throwable error) {
        context.dialogs().error(header, error);
    }
}
