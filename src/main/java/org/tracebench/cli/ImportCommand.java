package org.tracebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.ColumnMappings;
import org.tracebench.ingest.ImportFormat;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.OnDuplicate;
import org.tracebench.ingest.ImportReport;
import org.tracebench.ingest.ImportSource;
import org.tracebench.ingest.SourceCheck;
import org.tracebench.model.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Imports an attachment table or a traceback file and prints the import report; exit 2 when it is rejected. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import an attachment table (CSV, XLSX, tab-separated text) or a traceback exchange file "
                + "(CSV, XLSX; see docs/formats.md) and print the report.",
                "All or nothing: a file with errors is rejected (exit 2) and nothing is written."})
public final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--case", paramLabel = "ID", description = "Case id or key the calls join (default: no case).")
    String caseId;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, xlsx, text or tracebacks (default: from the file's content and name).")
    String format;

    @Option(names = "--dry-run", description = "Read and check everything and print the report; write nothing.")
    boolean dryRun;

    @Option(names = "--map", paramLabel = "HEADER=COLUMN",
            description = "Read a header that is not recognised as this column (customer, notified, call_time, "
                    + "caller_id, called_number, description, violation). Repeatable.")
    Map<String, String> columnMap = new LinkedHashMap<>();

    @Option(names = "--accept-campaign", paramLabel = "WRITTEN=EXISTING",
            description = "Accept a campaign proposal from the report: store WRITTEN as EXISTING. Repeatable.")
    Map<String, String> acceptedCampaigns = new LinkedHashMap<>();

    @Option(names = "--accept-campaigns", description = "Accept every campaign proposal of the report.")
    boolean acceptAllCampaigns;

    @Option(names = "--region", paramLabel = "CC", defaultValue = "US",
            description = "Country for phone numbers written without a country code (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--on-duplicate", paramLabel = "POLICY", defaultValue = "skip",
            description = "Calls already in the case: skip (write only new calls), update (also rewrite the changed ones) "
                    + "or keep (write every row, doubling the calls already there). Default: ${DEFAULT-VALUE}.")
    OnDuplicate onDuplicate;

    @Override
    public Integer call() {
        // Before the store is opened: a file that cannot be imported at all must not create or touch one.
        SourceCheck.problem(file).ifPresent(problem -> {
            throw new BadInputException(problem.sentence(file.toString()));
        });
        ImportFormat chosen = null;
        if (format != null) {
            try {
                chosen = ImportFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workbench workbench = top.openWorkbench()) {
            Long caseKey = null;
            if (caseId != null) {
                CaseFile caseFile = workbench.cases().findByIdOrKey(caseId)
                        .orElseThrow(() -> new BadInputException("no case with id or key \"" + caseId + "\""));
                caseKey = caseFile.id();
            }
            ImportSource source = ImportSource.of(file);
            Map<String, String> map = columnMap;
            java.util.List<String> headers = java.util.List.of();
            // The mapping step's own reading of the header, so a mapping confirmed in the window is found here too.
            ColumnMappings.Preview preview = workbench.columnMappings().preview(source, chosen);
            if (preview.problem() == null && preview.format() != ImportFormat.TRACEBACKS) {
                headers = preview.headers();
                if (columnMap.isEmpty()) {
                    map = rememberedMapping(workbench.columnMappings(), headers, out);
                }
            }
            ImportOptions options = new ImportOptions(caseKey, chosen, map, acceptedCampaigns, acceptAllCampaigns,
                    dryRun, region, onDuplicate);
            ImportReport report = workbench.importer().run(source, options, top.progress());
            if (report.outcome() == ImportReport.Outcome.CANCELLED) {
                throw new java.util.concurrent.CancellationException("import stopped; rolled back");
            }
            out.print(report.render());
            out.flush();
            if (!columnMap.isEmpty() && !headers.isEmpty() && report.outcome() == ImportReport.Outcome.WRITTEN) {
                workbench.columnMappings().remember(headers, columnMap);
            }
            if (report.outcome() == ImportReport.Outcome.REJECTED) {
                throw new BadInputException(file + " rejected: " + report.errorCount() + " errors (listed above); nothing was written");
            }
            return TracebenchCommand.EXIT_OK;
        }
    }

    /** The mapping remembered for this file's set of headers, said in the report; none when there is none. */
    private static Map<String, String> rememberedMapping(ColumnMappings mappings, java.util.List<String> headers,
                                                         PrintWriter out) {
        if (headers.isEmpty()) {
            return Map.of();
        }
        return mappings.find(headers).map(remembered -> {
            Map<String, String> map = remembered.columnMapFor(headers);
            out.println("Column mapping: the one remembered for these headers (saved "
                    + remembered.savedAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES) + " by " + remembered.savedBy()
                    + "); give --map to read them otherwise" + (map.isEmpty() ? ": every header as recognised" : ":"));
            map.forEach((header, column) -> out.println("  " + header + " -> " + column));
            return map;
        }).orElse(Map.of());
    }
}
