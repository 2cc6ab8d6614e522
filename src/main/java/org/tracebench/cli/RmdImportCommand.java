package org.tracebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.SourceCheck;
import org.tracebench.rmd.NotFiledProvider;
import org.tracebench.rmd.RmdFormatException;
import org.tracebench.rmd.RmdImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Imports the FCC's RMD export as a dated snapshot and reports matches, the review list and providers not filed. */
@Command(name = "rmd-import", mixinStandardHelpOptions = true,
        description = "Import the FCC Robocall Mitigation Database export (CSV) as a dated snapshot.")
public final class RmdImportCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The RMD export (CSV).")
    Path file;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date the export describes (default: today).")
    String asOf;

    @Override
    public Integer call() {
        // As for import: a file that cannot be read at all is refused before the store is opened.
        SourceCheck.problem(file).ifPresent(problem -> {
            throw new BadInputException(problem.sentence(file.toString()));
        });
        LocalDate date;
        try {
            date = asOf == null ? null : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new BadInputException("--as-of " + asOf + ": not a date (expected YYYY-MM-DD)");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workbench workbench = top.openWorkbench()) {
            RmdImportReport report = workbench.rmd().importer().importFile(file, date);
            out.println(report.summary());
            for (String change : report.changes()) {
                out.println("changed\t" + change);
            }
            for (NotFiledProvider nf : report.notFiled()) {
                out.println("not filed\t" + nf.provider().name() + "\taccepted its traffic: "
                        + (nf.downstreamNames().isEmpty() ? "(no traced calls)" : String.join("; ", nf.downstreamNames())));
            }
            if (report.reviewItems() > 0) {
                out.println("review\t" + report.reviewItems() + " uncertain matches wait in Providers > Review matches");
            }
        } catch (RmdFormatException e) {
            throw new BadInputException(e.getMessage());
        }
        out.flush();
        return TracebenchCommand.EXIT_OK;
    }
}
