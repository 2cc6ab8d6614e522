package org.tracebench.ui.letters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tracebench.letters.Finding;
import org.tracebench.letters.LetterService;
import org.tracebench.model.CaseFile;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.TaskRunner;

/** The Letters screen's "Several cases…": one letter per chosen case, the illustrative question, the summary. */
final class SeveralLettersExport {

    private final LetterService letters;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Consumer<String> status;

    SeveralLettersExport(LetterService letters, TaskRunner tasks, Dialogs dialogs, Consumer<String> status) {
        this.letters = letters;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
    }

    /**
     * One letter per chosen case with the chosen template, into {@code dir}, as batch mode writes them. When some
     * letters would state illustrative findings as fact the user is asked once: yes writes them all (each notice
     * records it), no writes only the others and refuses those. A summary says what was written and refused.
     */
    void export(List<CaseFile> chosen, String slug, Path dir, LetterService.Format format) {
        tasks.runWithProgress("Reading the findings…", progress -> illustrativeOf(chosen, slug), illustrative -> {
            boolean allow = illustrative.isEmpty() || dialogs.confirm("Findings rest on illustrative records",
                    illustrative.size() + (illustrative.size() == 1 ? " finding rests" : " findings rest")
                    + " on records the data marks as illustrative (sample data) or on cells that could not be read, and the"
                    + " letters would state "
                    + (illustrative.size() == 1 ? "it" : "them") + " as fact:\n\n" + String.join("\n", illustrative)
                    + "\n\nWrite these letters anyway? Each notice will record it. Cancel writes only the letters"
                    + " without such findings and lists the others as refused.");
            tasks.runWithProgress("Exporting letters…", progress -> letters.exportEach(chosen, slug, null, dir, format,
                            progress, allow),
                    several -> {
                        status.accept(summaryLine(several, dir));
                        dialogs.inform("Letters for several cases", summary(several, dir));
                    },
                    error -> status.accept("Export failed: " + error.getMessage()));
        }, error -> status.accept("Export failed: " + error.getMessage()));
    }

    static String summaryLine(LetterService.Several several, Path dir) {
        int n = several.written().size();
        String line = "Exported " + n + (n == 1 ? " letter" : " letters") + " to " + dir;
        if (!several.refused().isEmpty()) {
            line += "; refused " + several.refused().size() + " (illustrative findings not allowed)";
        }
        return line;
    }

    /** What a several-case export wrote (file per case) and refused (case and its marked findings). */
    static String summary(LetterService.Several several, Path dir) {
        StringBuilder text = new StringBuilder(summaryLine(several, dir)).append(".\n");
        if (!several.written().isEmpty()) {
            text.append("\nWritten:\n");
            several.written().forEach(w -> text.append("• ").append(w.export().file().getFileName()).append(" — ")
                    .append(w.caseFile().title()).append('\n'));
        }
        if (!several.refused().isEmpty()) {
            text.append("\nRefused (findings rest on illustrative records):\n");
            several.refused().forEach(r -> text.append("• ").append(r.caseFile().title()).append(": ")
                    .append(String.join("; ", r.findings().stream().map(Finding::title).toList())).append('\n'));
        }
        return text.toString().strip();
    }

    /** The kept findings the template prints that rest on illustrative records, one line each, per case. */
    private List<String> illustrativeOf(List<CaseFile> chosen, String slug) {
        org.tracebench.letters.LetterTemplate letterTemplate = letters.templates().template(slug);
        List<String> lines = new ArrayList<>();
        for (CaseFile chosenCase : chosen) {
            letters.findings(chosenCase).stream().filter(f -> f.included() && f.illustrativeReason().isPresent()
                            && LetterService.templateUses(letterTemplate, f.key()))
                    .forEach(f -> lines.add("• " + chosenCase.title() + ": " + f.title() + " — "
                            + f.illustrativeReason().orElse("")));
        }
        return lines;
    }
}
