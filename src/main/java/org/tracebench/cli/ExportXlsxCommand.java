package org.tracebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.sheets.AttachmentWorkbookWriter;
import org.tracebench.sheets.ColumnLayout;
import org.tracebench.sheets.ColumnPreset;
import org.tracebench.sheets.ColumnPresets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Exports a case's traced calls as an Attachment A workbook (.xlsx). */
@Command(name = "export-xlsx", mixinStandardHelpOptions = true,
        description = {"Export a case's traced calls as an Attachment A workbook (.xlsx), with Providers, "
                + "Campaigns and Sources sheets.", "Columns: customer, notified, call-time, caller-id, called-number, description, "
                + "violation, traceback-id, response; rename one with NAME=Header."})
public final class ExportXlsxCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "Case id or key (see `tracebench cases`).")
    String caseId;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Workbook to write (replaced if it exists).")
    Path out;

    @Option(names = "--columns", paramLabel = "NAME,...",
            description = "Columns in order, e.g. customer,call-time=Call time (UTC),caller-id. Default: the letter's seven.")
    String columns;

    @Option(names = "--preset", paramLabel = "NAME", description = "Use a saved column preset.")
    String preset;

    @Option(names = "--save-preset", paramLabel = "NAME", description = "Also save the --columns as a preset under this name.")
    String savePreset;

    @Override
    public Integer call() {
        if (columns != null && preset != null) {
            throw new BadInputException("give either --columns or --preset, not both");
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new BadInputException("--out must name an .xlsx file: " + out);
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new BadInputException("folder does not exist: " + folder);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try (Workbench workbench = top.openWorkbench()) {
            CaseFile caseFile = workbench.cases().findByIdOrKey(caseId)
                    .orElseThrow(() -> new BadInputException("no case \"" + caseId + "\" (see `tracebench cases`)"));
            ColumnPresets presets = workbench.columnPresets();
            ColumnLayout layout = layout(presets);
            if (savePreset != null) {
                try {
                    presets.save(savePreset, layout);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("--save-preset: " + e.getMessage());
                }
            }
            AttachmentWorkbookWriter.Result result = workbench.attachmentExporter()
                    .export(caseFile.id(), layout, out, top.progress());
            stdout.printf("Exported %d traced calls of \"%s\" to %s (sheets: %s, %s, %s, %s)%n", result.rows(),
                    caseFile.title(), out, String.join(", ", result.tableSheets()),
                    AttachmentWorkbookWriter.PROVIDERS_SHEET, AttachmentWorkbookWriter.CAMPAIGNS_SHEET,
                    AttachmentWorkbookWriter.SOURCES_SHEET);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        stdout.flush();
        return TracebenchCommand.EXIT_OK;
    }

    private ColumnLayout layout(ColumnPresets presets) {
        if (preset != null) {
            return presets.find(preset).map(ColumnPreset::layout).orElseThrow(() -> new BadInputException(
                    "no column preset \"" + preset + "\"; saved presets: "
                            + presets.all().stream().map(ColumnPreset::name).collect(Collectors.joining(", "))));
        }
        if (columns == null) {
            return ColumnLayout.attachmentA();
        }
        try {
            return ColumnLayout.parse(columns);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--columns: " + e.getMessage());
        }
    }
}
