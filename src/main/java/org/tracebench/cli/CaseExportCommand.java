package org.tracebench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.store.Passphrase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Writes one case as a .tbcase file for another database (docs/case-transfer.md). */
@Command(name = "case-export", mixinStandardHelpOptions = true,
        description = {"Write a case (calls, hops, sources, providers, facts, letters, deadlines, responses, campaigns, "
                + "its letter fields, office and signatory, its imports' undo data and its audit entries) as one .tbcase file, to import into another database with case-import.",
                "With --encrypt the file is sealed with a passphrase from " + PassphraseSource.CASE_PASSPHRASE_VARIABLE
                        + " or typed twice on the terminal (never an argument)."})
public final class CaseExportCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "The case (id or key).")
    String caseId;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (.tbcase).")
    Path out;

    @Option(names = "--encrypt", description = "Encrypt the file with a passphrase (AES-256-GCM).")
    boolean encrypt;

    @Override
    public Integer call() {
        Passphrase passphrase = encrypt ? top.passphrases().fresh(PassphraseSource.CASE_PASSPHRASE_VARIABLE) : null;
        if (passphrase != null && !passphrase.isLongEnough()) {
            throw new BadInputException("The passphrase must have at least " + Passphrase.MINIMUM_LENGTH
                    + " characters; nothing was written");
        }
        try (Workbench workbench = top.openWorkbench()) {
            CaseFile found = workbench.cases().findByIdOrKey(caseId)
                    .orElseThrow(() -> new BadInputException("no case with id or key \"" + caseId + "\""));
            spec.commandLine().getOut().println(workbench.caseTransfer().export(found.id(), out, passphrase, top.progress()).describe());
            spec.commandLine().getOut().flush();
            return TracebenchCommand.EXIT_OK;
        } finally {
            if (passphrase != null) {
                passphrase.forget();
            }
        }
    }
}
