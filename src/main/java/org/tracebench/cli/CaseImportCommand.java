package org.tracebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.store.Passphrase;
import org.tracebench.transfer.CaseFileException;
import org.tracebench.transfer.ConflictsException;
import org.tracebench.transfer.Decisions;
import org.tracebench.transfer.ImportSummary;
import org.tracebench.transfer.RecordConflict;
import org.tracebench.transfer.Side;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Reads a .tbcase file into this database in one transaction (docs/case-transfer.md). */
@Command(name = "case-import", mixinStandardHelpOptions = true,
        description = {"Import a case written by case-export. Providers and campaigns are matched by name as imports match "
                + "them; a case already here is updated record by record: what changed on one side only takes that side.",
                "Records changed both here and in the file are listed (record, field, both values) and nothing is written "
                        + "(exit 2) unless --take decides them. An encrypted file's passphrase comes from "
                        + PassphraseSource.CASE_PASSPHRASE_VARIABLE + " or the terminal."})
public final class CaseImportCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .tbcase file.")
    Path file;

    @Option(names = "--take", paramLabel = "mine|theirs",
            description = "Decide every field changed on both sides: keep this database's value (mine) or the file's (theirs).")
    Side take;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Passphrase[] asked = new Passphrase[1];
        try (Workbench workbench = top.openWorkbench()) {
            ImportSummary summary = workbench.caseTransfer().importCase(file, () -> {
                if (asked[0] == null) {
                    asked[0] = top.passphrases().existing(PassphraseSource.CASE_PASSPHRASE_VARIABLE, file.getFileName().toString());
                }
                return asked[0];
            }, take == null ? Decisions.NONE : Decisions.all(take), top.progress());
            summary.lines().forEach(out::println);
            out.flush();
            return TracebenchCommand.EXIT_OK;
        } catch (ConflictsException e) {
            for (RecordConflict conflict : e.conflicts()) {
                conflict.describe().forEach(line -> out.println("conflict: " + line));
            }
            out.flush();
            throw new BadInputException(e.getMessage() + " (decide with --take mine or --take theirs)");
        } catch (CaseFileException e) {
            throw new BadInputException(e.getMessage());
        } finally {
            if (asked[0] != null) {
                asked[0].forget();
            }
        }
    }
}
