package org.tracebench.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracebench.app.Workbench;
import org.tracebench.letters.IllustrativeFindingsException;
import org.tracebench.letters.LetterDates;
import org.tracebench.letters.LetterDraft;
import org.tracebench.letters.LetterService;
import org.tracebench.letters.MarkupParser;
import org.tracebench.letters.TemplateException;
import org.tracebench.model.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes a case's letter to PDF or DOCX and records it as a notice on the case. Several --case options write
 * one letter per case (e.g. warning letters to several providers), each file named after its case.
 */
@Command(name = "letter", mixinStandardHelpOptions = true,
        description = "Write a case's letter (PDF or DOCX) and record it as a notice with its deadlines.")
public final class LetterCommand implements Callable<Integer> {

    @ParentCommand
    TracebenchCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "ID", split = ",",
            description = "Case id or key; repeat (or separate with commas) for one letter per case.")
    List<String> cases;

    @Option(names = "--template", required = true, paramLabel = "NAME",
            description = "task-force-notice, fcc-cease-and-desist, warning-letter, or a saved template's name.")
    String template;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file, .pdf or .docx.")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Letter date (default: the case's letter date, else today).")
    String date;

    @Option(names = "--allow-illustrative",
            description = "Write the letter even if findings rest on records marked illustrative (sample data); the notice's audit entry records it.")
    boolean allowIllustrative;

    @Override
    public Integer call() {
        LocalDate letterDate = parseDate();
        try {
            LetterService.Format.of(out);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try (Workbench workbench = top.openWorkbench()) {
            LetterService letters = workbench.letters();
            if (!letters.templates().slugs().contains(template)) {
                throw new BadInputException("unknown template '" + template + "' (known: "
                        + String.join(", ", letters.templates().slugs()) + ")");
            }
            List<CaseFile> caseFiles = new ArrayList<>();
            for (String idOrKey : cases) {
                caseFiles.add(workbench.cases().findByIdOrKey(idOrKey.trim())
                        .orElseThrow(() -> new BadInputException("no case '" + idOrKey + "' (see 'tracebench cases')")));
            }
            for (LetterService.CaseLetter letter : letters.exportAll(caseFiles, template, letterDate, out, top.progress(),
                    allowIllustrative)) {
                LetterDraft draft = letter.draft();
                stdout.printf("Wrote %s for %s; notice %d recorded (data %s)%n", letter.export().file(),
                        letter.caseFile().title(), letter.export().notice().id(), draft.dataHash().substring(0, 12));
                draft.deadlines().forEach(d -> stdout.printf("  deadline %s: %s (%s)%n", d.rule().key(), d.written(),
                        d.rule().description()));
                letter.export().notice().sources().forEach(s -> stdout.printf("  source: %s%n", s.describe()));
                stdout.printf("  marked findings: %s%n", letter.export().notice().illustrativeText());
                // Sentences name campaigns as merged so far (decision 0107): say when merges await the user.
                int proposed = workbench.campaignProposals().proposals(letter.caseFile().id()).size();
                if (proposed > 0) {
                    stdout.printf("  note: %d campaign %s proposed, not accepted; the letter names campaigns as recorded "
                            + "(see 'tracebench campaigns --proposals --case %s')%n", proposed,
                            proposed == 1 ? "merge" : "merges", letter.caseFile().key());
                }
            }
        } catch (IllustrativeFindingsException e) {
            throw new BadInputException(e.getMessage());
        } catch (TemplateException | MarkupParser.MarkupException e) {
            throw new BadInputException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new BadInputException(e.getMessage());
        }
        stdout.flush();
        return TracebenchCommand.EXIT_OK;
    }

    private LocalDate parseDate() {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new BadInputException("--date must look like 2021-10-21, not '" + date + "'");
        }
    }

    static String written(LocalDate date) {
        return LetterDates.longDate(date);
    }
}
