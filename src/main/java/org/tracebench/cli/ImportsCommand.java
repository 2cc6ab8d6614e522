package org.tracebench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.ImportBatches;
import org.tracebench.model.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the recorded imports and undoes one whole. */
@Command(name = "imports", mixinStandardHelpOptions = true,
        description = {"List the imports (tab-separated: id, when, file, format, on-duplicate policy, rows read/written/"
                + "skipped/updated, who, undone), newest first, or undo one with --undo ID: the calls and hops it wrote are "
                + "deleted and the calls it updated get their earlier values back."})
public final class ImportsCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--case", paramLabel = "ID", description = "Only the imports into this case (id or key).")
    String caseId;

    @Option(names = "--undo", paramLabel = "ID", description = "Undo this import whole.")
    Long undo;

    @Option(names = "--force", description = "Undo even when calls of the import were edited after it (those edits are lost).")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workbench workbench = top.openWorkbench()) {
            ImportBatches imports = workbench.importBatches();
            if (undo != null) {
                try {
                    out.println(imports.undo(undo, force).describe());
                } catch (ImportBatches.EditedAfterImportException e) {
                    e.edits().forEach(edit -> out.println("  " + edit.describe()));
                    out.flush();
                    throw new BadInputException(e.getMessage().replace("force the undo", "--force"));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new BadInputException(e.getMessage());
                }
                out.flush();
                return TracebenchCommand.EXIT_OK;
            }
            Long id = null;
            if (caseId != null) {
                id = workbench.cases().findByIdOrKey(caseId).map(CaseFile::id)
                        .orElseThrow(() -> new BadInputException("no case with id or key \"" + caseId + "\""));
            }
            imports.list(id).forEach(batch -> out.println(ImportBatches.line(batch)));
            out.flush();
            return TracebenchCommand.EXIT_OK;
        }
    }
}
