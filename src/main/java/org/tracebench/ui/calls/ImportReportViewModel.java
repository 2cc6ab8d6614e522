package org.tracebench.ui.calls;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tracebench.ingest.CampaignProposal;
import org.tracebench.ingest.ImportIssue;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportReport;
import org.tracebench.ingest.OnDuplicate;

/**
 * The import report as the window shows it: counts at the top, then one table per part of the report
 * (errors, warnings, normalizations, duplicates, campaign proposals, columns), each row a place in the
 * file (row, column), the value written there, what it became or is compared with, and why. Holds the
 * user's choices for the import that follows: the on-duplicate policy and the proposals accepted. Plain
 * Java, no toolkit: {@link ImportReportDialog} binds it.
 */
public final class ImportReportViewModel {

    /** The parts of the report, each a table of its own. */
    public enum Section {
        ERRORS("Errors", "Result", "errors"),
        DUPLICATES("Duplicates", "In the case", "duplicates"),
        PROPOSALS("Campaign proposals", "Known campaign", "proposals"),
        WARNINGS("Warnings", "Result", "warnings"),
        NORMALIZATIONS("Normalizations", "Read as", "normalizations"),
        COLUMNS("Columns", "Read as", "columns");

        private final String title;
        private final String detailTitle;
        private final String id;

        Section(String title, String detailTitle, String id) {
            this.title = title;
            this.detailTitle = detailTitle;
            this.id = id;
        }

        public String title() {
            return title;
        }

        /** The heading of the fourth column: what the value became, or what it is compared with. */
        public String detailTitle() {
            return detailTitle;
        }

        /** For node ids and file names: "errors", "duplicates". */
        public String id() {
            return id;
        }
    }

    /** One row of a section's table; row 0 is the file as a whole (shown empty). */
    public record Line(long row, String column, String value, String detail, String reason) {

        /** Whether any field holds the text, ignoring case; an empty text matches every line. */
        public boolean matches(String text) {
            if (text == null || text.isBlank()) {
                return true;
            }
            String needle = text.strip().toLowerCase(Locale.ROOT);
            return (row > 0 && String.valueOf(row).contains(needle))
                    || List.of(column, value, detail, reason).stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(needle));
        }

        String rowText() {
            return row > 0 ? String.valueOf(row) : "";
        }
    }

    /** A figure at the top of the report. */
    public record Count(String label, long value, String id) {
    }

    private final ImportReport report;
    private final Map<Section, List<Line>> lines = new LinkedHashMap<>();
    private final Map<String, Boolean> accepted = new LinkedHashMap<>();
    private OnDuplicate policy;

    public ImportReportViewModel(ImportReport report, OnDuplicate policy) {
        this.report = report;
        this.policy = policy == null ? OnDuplicate.SKIP : policy;
        lines.put(Section.ERRORS, issues(report.errors()));
        lines.put(Section.DUPLICATES, issues(report.duplicates()));
        lines.put(Section.PROPOSALS, new ArrayList<>());
        lines.put(Section.WARNINGS, issues(report.warnings()));
        List<Line> normalizations = new ArrayList<>();
        report.normalizationCounts().keySet().forEach(kind -> normalizations.addAll(issues(report.examples(kind))));
        lines.put(Section.NORMALIZATIONS, normalizations);
        List<Line> proposals = new ArrayList<>();
        for (CampaignProposal p : report.campaignProposals()) {
            proposals.add(new Line(0, "Description", p.written(), p.existing(), p.rows() + (p.rows() == 1 ? " row" : " rows")
                    + " written this way; looks like the known campaign"));
            accepted.put(p.written(), p.accepted());
        }
        lines.put(Section.PROPOSALS, proposals);
        List<Line> columns = new ArrayList<>();
        report.columns().forEach((header, column) -> columns.add(new Line(0, header, "", column, "recognised or mapped")));
        report.ignoredHeaders().forEach(header -> columns.add(new Line(0, header, "", "(ignored)",
                "not recognised; map it to read it")));
        lines.put(Section.COLUMNS, columns);
    }

    private static List<Line> issues(List<ImportIssue> issues) {
        return issues.stream().map(i -> new Line(i.row(), nullToEmpty(i.column()), nullToEmpty(i.from()), nullToEmpty(i.to()),
                i.reason())).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public ImportReport report() {
        return report;
    }

    /** One sentence on what happens: ready, rejected, cancelled or written. */
    public String headline() {
        return switch (report.outcome()) {
            case PREVIEW -> report.source() + ": checked, nothing written yet." + (comparedWithCase()
                    ? " Against the case: " + report.duplicateSummary() + "." : "");
            case REJECTED -> report.source() + " cannot be imported: " + plural(report.errorCount(), "error")
                    + " (listed below). Nothing was written.";
            case CANCELLED -> "Import of " + report.source() + " cancelled. Nothing was written.";
            case WRITTEN -> report.source() + ": " + plural(report.callsWritten(), "call") + " imported"
                    + (report.updatedCalls() > 0 ? ", " + report.updatedCalls() + " updated" : "")
                    + (report.batchId() != null ? " (import " + report.batchId() + "; undo it from Imports…)" : "") + ".";
        };
    }

    /** Whether the calls of the file were compared with a case's (an import into no case compares nothing). */
    private boolean comparedWithCase() {
        return report.newCalls() + report.identicalCalls() + report.changedCalls() + report.duplicatesInFile() > 0;
    }

    /** The figures at the top: rows read, then the file's calls against the case, then errors and warnings. */
    public List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        counts.add(new Count("Read", report.rowsRead(), "count-read"));
        counts.add(new Count("New", report.newCalls(), "count-new"));
        counts.add(new Count("Identical", report.identicalCalls(), "count-identical"));
        counts.add(new Count("Changed", report.changedCalls(), "count-changed"));
        counts.add(new Count("Repeated in file", report.duplicatesInFile(), "count-repeated"));
        counts.add(new Count("Errors", report.errorCount(), "count-errors"));
        counts.add(new Count("Warnings", report.warningCount(), "count-warnings"));
        return counts;
    }

    /** The sections that have something to show: errors first, then what the user decides on, then the rest. */
    public List<Section> sections() {
        return lines.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    public List<Line> lines(Section section) {
        return lines.get(section);
    }

    public List<Line> filtered(Section section, String text) {
        return lines.get(section).stream().filter(line -> line.matches(text)).toList();
    }

    /** "Errors (1,204)": the complete count, which may exceed the lines kept. */
    public String tabTitle(Section section) {
        long total = switch (section) {
            case ERRORS -> report.errorCount();
            case WARNINGS -> report.warningCount();
            case NORMALIZATIONS -> report.normalizationCounts().values().stream().mapToLong(Long::longValue).sum();
            default -> lines.get(section).size();
        };
        return section.title() + " (" + String.format(Locale.US, "%,d", total) + ")";
    }

    /** What the table leaves out or how to read it; empty when it lists everything plainly. */
    public String note(Section section) {
        return switch (section) {
            case ERRORS -> cut(report.errorCount(), ImportReport.MAX_ERRORS) + "Nothing is written while a row has an error.";
            case WARNINGS -> cut(report.warningCount(), ImportReport.MAX_WARNINGS);
            case NORMALIZATIONS -> report.normalizationCounts().entrySet().stream()
                    .map(e -> String.format(Locale.US, "%,d", e.getValue()) + " × " + e.getKey().why())
                    .collect(Collectors.joining("; ")) + ". The first " + ImportReport.EXAMPLES_PER_KIND
                    + " examples of each are listed.";
            case DUPLICATES -> "Against the case: " + report.duplicateSummary() + ". A changed call has one line per differing "
                    + "field: the file's value, then the case's." + (lines.get(section).size() >= ImportReport.MAX_DUPLICATES
                    ? " The first " + ImportReport.MAX_DUPLICATES + " lines are listed." : "");
            case PROPOSALS -> "Tick a proposal to store those calls under the known campaign's name.";
            case COLUMNS -> "How each header of the file was read.";
        };
    }

    private static String cut(long count, int cap) {
        return count > cap ? "The first " + String.format(Locale.US, "%,d", cap) + " of " + String.format(Locale.US, "%,d", count)
                + " are listed. " : "";
    }

    /** Whether the import can go ahead from this report (a dry run without errors). */
    public boolean canImport() {
        return report.outcome() == ImportReport.Outcome.PREVIEW && !report.hasErrors();
    }

    /** Whether the case already holds calls of the file, so the on-duplicate choice matters. */
    public boolean offersPolicy() {
        return canImport() && report.changedCalls() + report.identicalCalls() + report.duplicatesInFile() > 0;
    }

    public OnDuplicate policy() {
        return policy;
    }

    public void policy(OnDuplicate value) {
        policy = value == null ? OnDuplicate.SKIP : value;
    }

    public static String describe(OnDuplicate value) {
        return value == null ? "" : switch (value) {
            case SKIP -> "Skip them: import only the new calls";
            case UPDATE -> "Update the changed ones and import the new calls";
            case KEEP -> "Import every row again (the case holds them twice)";
        };
    }

    /** The import button's words, following the policy chosen: the dry run counted with its own policy. */
    public String importLabel() {
        long already = report.changedCalls() + report.identicalCalls() + report.duplicatesInFile();
        long fresh = report.callsWritten() - (report.onDuplicate() == OnDuplicate.KEEP ? already : 0);
        return switch (policy) {
            case SKIP -> "Import " + plural(fresh, "call");
            case UPDATE -> "Import " + plural(fresh, "call") + ", update " + report.changedCalls();
            case KEEP -> "Import " + plural(fresh + already, "call");
        };
    }

    public boolean accepted(String written) {
        return accepted.getOrDefault(written, false);
    }

    public void accept(String written, boolean value) {
        if (accepted.containsKey(written)) {
            accepted.put(written, value);
        }
    }

    /** The options of the import proper: written, with the policy and the proposals accepted here. */
    public ImportOptions optionsToImport(ImportOptions checked) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (CampaignProposal p : report.campaignProposals()) {
            if (accepted(p.written())) {
                chosen.put(p.written(), p.existing());
            }
        }
        return checked.withDryRun(false).withAcceptedCampaigns(chosen, false).withOnDuplicate(policy);
    }

    /** Lines as tab-separated text with a heading line, for the clipboard (tabs and breaks in values become spaces). */
    public static String tsv(Section section, List<Line> selected) {
        StringBuilder out = new StringBuilder(String.join("\t", headings(section))).append('\n');
        for (Line line : selected) {
            out.append(fields(line).stream().map(f -> f.replaceAll("[\t\r\n]+", " ")).collect(Collectors.joining("\t")))
                    .append('\n');
        }
        return out.toString();
    }

    /** Writes lines as CSV (UTF-8, a heading row, quoted where needed) for a spreadsheet. */
    public static void writeCsv(Path file, Section section, List<Line> selected) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(headings(section));
            for (Line line : selected) {
                csv.printRecord(fields(line));
            }
        }
    }

    /** "import-report-errors.csv" for a source "calls.csv". */
    public String suggestedFileName(Section section) {
        String base = report.source().replaceAll("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[^A-Za-z0-9._-]+", "-");
        return base + "-" + section.id() + ".csv";
    }

    static List<String> headings(Section section) {
        return List.of("Row", "Column", "Value", section.detailTitle(), "Reason");
    }

    private static List<String> fields(Line line) {
        return List.of(line.rowText(), line.column(), line.value(), line.detail(), line.reason());
    }

    private static String plural(long n, String noun) {
        return String.format(Locale.US, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }
}
