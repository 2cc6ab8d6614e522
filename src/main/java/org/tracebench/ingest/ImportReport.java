package org.tracebench.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import read, changed and found, built while rows stream by. Memory stays bounded whatever the
 * file size: normalizations are counted per kind with the first {@value #EXAMPLES_PER_KIND} examples of
 * each, warnings are kept up to {@value #MAX_WARNINGS} and errors up to {@value #MAX_ERRORS}; the counts
 * are always complete.
 */
public final class ImportReport {

    public static final int EXAMPLES_PER_KIND = 5;
    public static final int MAX_WARNINGS = 200;
    public static final int MAX_ERRORS = 1000;
    public static final int MAX_CHANGES = 200;
    public static final int MAX_DUPLICATES = 1000;

    /** How the import ended. */
    public enum Outcome {
        /** Everything was written in one transaction. */
        WRITTEN,
        /** A dry run: read and checked, nothing written. */
        PREVIEW,
        /** Errors were found; nothing was written. */
        REJECTED,
        /** The user cancelled; nothing was written. */
        CANCELLED
    }

    private final String source;
    private final ImportFormat format;
    private String encoding = "";
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final List<String> ignoredHeaders = new ArrayList<>();
    private long rowsRead;
    private long rowsAccepted;
    private long callsWritten;
    private long hopsWritten;
    private final Map<NormalizationKind, Long> normalizationCounts = new EnumMap<>(NormalizationKind.class);
    private final Map<NormalizationKind, List<ImportIssue>> examples = new EnumMap<>(NormalizationKind.class);
    private final List<ImportIssue> warnings = new ArrayList<>();
    private long warningCount;
    private final List<ImportIssue> errors = new ArrayList<>();
    private long errorCount;
    private final Map<String, CampaignProposal> proposals = new LinkedHashMap<>();
    private Outcome outcome = Outcome.PREVIEW;
    private OnDuplicate onDuplicate = OnDuplicate.SKIP;
    private final Map<DuplicateFinder.Kind, Long> kinds = new EnumMap<>(DuplicateFinder.Kind.class);
    private final List<String> changes = new ArrayList<>();
    private final List<ImportIssue> duplicateRows = new ArrayList<>();
    private long updatedCalls;
    private long skippedRows;
    private Long batchId;

    public ImportReport(String source, ImportFormat format) {
        this.source = source;
        this.format = format;
    }

    void encoding(String value) {
        encoding = value;
    }

    void column(String header, String column) {
        columns.put(header, column);
    }

    void ignoredHeader(String header) {
        ignoredHeaders.add(header);
    }

    void rowRead() {
        rowsRead++;
    }

    void rowAccepted() {
        rowsAccepted++;
    }

    void written(long calls, long hops) {
        callsWritten += calls;
        hopsWritten += hops;
    }

    void normalized(NormalizationKind kind, ImportIssue example) {
        normalizationCounts.merge(kind, 1L, Long::sum);
        List<ImportIssue> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
        if (list.size() < EXAMPLES_PER_KIND) {
            list.add(example);
        }
    }

    void warn(ImportIssue issue) {
        warningCount++;
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(issue);
        }
    }

    void error(ImportIssue issue) {
        errorCount++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(issue);
        }
    }

    void propose(String written, String existing, boolean accepted) {
        proposals.merge(written, new CampaignProposal(written, existing, 1, accepted),
                (a, b) -> new CampaignProposal(a.written(), a.existing(), a.rows() + 1, a.accepted()));
    }

    void onDuplicate(OnDuplicate value) {
        onDuplicate = value;
    }

    void classified(DuplicateFinder.Kind kind) {
        kinds.merge(kind, 1L, Long::sum);
    }

    void changed(String description) {
        if (changes.size() < MAX_CHANGES) {
            changes.add(description);
        }
    }

    /** Whether {@link #duplicate} would still keep an entry (so none is built for nothing past the cap). */
    boolean keepsDuplicates() {
        return duplicateRows.size() < MAX_DUPLICATES;
    }

    void duplicate(ImportIssue issue) {
        if (duplicateRows.size() < MAX_DUPLICATES) {
            duplicateRows.add(issue);
        }
    }

    void updated() {
        updatedCalls++;
    }

    void skipped() {
        skippedRows++;
    }

    void batch(long id) {
        batchId = id;
    }

    void outcome(Outcome value) {
        outcome = value;
    }

    public String source() {
        return source;
    }

    public ImportFormat format() {
        return format;
    }

    public String encoding() {
        return encoding;
    }

    /** Header as written -> the column it was read as. */
    public Map<String, String> columns() {
        return Collections.unmodifiableMap(columns);
    }

    public List<String> ignoredHeaders() {
        return List.copyOf(ignoredHeaders);
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rowsAccepted() {
        return rowsAccepted;
    }

    public long callsWritten() {
        return callsWritten;
    }

    public long hopsWritten() {
        return hopsWritten;
    }

    public Map<NormalizationKind, Long> normalizationCounts() {
        return Collections.unmodifiableMap(normalizationCounts);
    }

    public List<ImportIssue> examples(NormalizationKind kind) {
        return List.copyOf(examples.getOrDefault(kind, List.of()));
    }

    public List<ImportIssue> warnings() {
        return List.copyOf(warnings);
    }

    public long warningCount() {
        return warningCount;
    }

    public List<ImportIssue> errors() {
        return List.copyOf(errors);
    }

    public long errorCount() {
        return errorCount;
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    public List<CampaignProposal> campaignProposals() {
        return List.copyOf(proposals.values());
    }

    public Outcome outcome() {
        return outcome;
    }

    public OnDuplicate onDuplicate() {
        return onDuplicate;
    }

    /** Calls of the file not yet in the case. */
    public long newCalls() {
        return kinds.getOrDefault(DuplicateFinder.Kind.NEW, 0L);
    }

    /** Calls already in the case with the same values. */
    public long identicalCalls() {
        return kinds.getOrDefault(DuplicateFinder.Kind.IDENTICAL, 0L);
    }

    /** Calls already in the case whose values differ (listed in {@link #changes()}). */
    public long changedCalls() {
        return kinds.getOrDefault(DuplicateFinder.Kind.CHANGED, 0L);
    }

    /** Rows naming a call an earlier row of the same file already named. */
    public long duplicatesInFile() {
        return kinds.getOrDefault(DuplicateFinder.Kind.IN_FILE, 0L);
    }

    public long updatedCalls() {
        return updatedCalls;
    }

    /** Calls not written because they were already there (or repeated in the file). */
    public long skippedCalls() {
        return skippedRows;
    }

    /** The changed calls, each with its differing fields (the first {@value #MAX_CHANGES}). */
    public List<String> changes() {
        return List.copyOf(changes);
    }

    /**
     * The rows whose call the case already held (or an earlier row named), the first {@value #MAX_DUPLICATES}:
     * one entry per differing field of a changed call (file value as {@code from}, stored value as
     * {@code to}), one per identical or repeated row; for the report view's table.
     */
    public List<ImportIssue> duplicates() {
        return List.copyOf(duplicateRows);
    }

    /** The import batch recorded for a written import; null otherwise. */
    public Long batchId() {
        return batchId;
    }

    /** "2 new, 3 changed, 75 identical": the calls of the file against those of the case; zero counts left out. */
    public String duplicateSummary() {
        List<String> parts = new ArrayList<>();
        if (newCalls() > 0) {
            parts.add(newCalls() + " new");
        }
        if (changedCalls() > 0) {
            parts.add(changedCalls() + " changed");
        }
        if (identicalCalls() > 0) {
            parts.add(identicalCalls() + " identical");
        }
        if (duplicatesInFile() > 0) {
            parts.add(duplicatesInFile() + " repeated in the file");
        }
        return parts.isEmpty() ? "no calls" : String.join(", ", parts);
    }

    /** The report as plain text, as the batch command prints it. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Import of ").append(source).append(" (").append(format.name().toLowerCase(java.util.Locale.ROOT)).append(", ")
                .append(encoding).append(")\n");
        out.append("Outcome: ").append(switch (outcome) {
            case WRITTEN -> "written (" + callsWritten + " calls, " + hopsWritten + " hops)";
            case PREVIEW -> "dry run, nothing written (" + callsWritten + " calls, " + hopsWritten + " hops would be written)";
            case REJECTED -> "rejected, nothing written";
            case CANCELLED -> "cancelled, nothing written";
        }).append('\n');
        out.append("Rows read: ").append(rowsRead).append(", accepted: ").append(rowsAccepted).append('\n');
        if (!kinds.isEmpty()) {
            out.append("Against the case: ").append(duplicateSummary()).append(" (on duplicate: ")
                    .append(onDuplicate.name().toLowerCase(java.util.Locale.ROOT)).append(switch (onDuplicate) {
                        case SKIP -> "; " + skippedRows + " not written";
                        case UPDATE -> "; " + updatedCalls + " updated, " + skippedRows + " not written";
                        case KEEP -> "; all written";
                    }).append(")\n");
        }
        if (batchId != null) {
            out.append("Import batch: ").append(batchId).append(" (undo with: imports --undo ").append(batchId).append(")\n");
        }
        if (!changes.isEmpty()) {
            out.append("Changed calls (").append(changedCalls()).append("):\n");
            changes.forEach(change -> out.append("  ").append(change).append('\n'));
            if (changedCalls() > changes.size()) {
                out.append("  ... ").append(changedCalls() - changes.size()).append(" more (the report keeps the first ")
                        .append(MAX_CHANGES).append(")\n");
            }
        }
        if (!columns.isEmpty()) {
            out.append("Columns:\n");
            columns.forEach((header, column) -> out.append("  ").append(header).append(" -> ").append(column).append('\n'));
        }
        for (String header : ignoredHeaders) {
            out.append("  ").append(header).append(" -> (not recognised, ignored; map it with --map \"")
                    .append(header).append("=COLUMN\")\n");
        }
        if (!normalizationCounts.isEmpty()) {
            out.append("Normalizations:\n");
            normalizationCounts.forEach((kind, count) -> {
                out.append("  ").append(count).append(" x ").append(kind.why()).append('\n');
                for (ImportIssue example : examples.getOrDefault(kind, List.of())) {
                    out.append("      e.g. ").append(example.describe()).append('\n');
                }
                if (count > EXAMPLES_PER_KIND) {
                    out.append("      (first ").append(EXAMPLES_PER_KIND).append(" examples shown)\n");
                }
            });
        }
        if (!proposals.isEmpty()) {
            out.append("Campaign proposals:\n");
            for (CampaignProposal p : proposals.values()) {
                out.append("  \"").append(p.written()).append("\" (").append(p.rows()).append(" rows) looks like existing \"")
                        .append(p.existing()).append("\": ").append(p.accepted() ? "accepted, renamed"
                                : "kept as written; accept with --accept-campaign \"" + p.written() + "=" + p.existing() + "\"")
                        .append('\n');
            }
        }
        list(out, "Warnings", warnings, warningCount, MAX_WARNINGS);
        list(out, "Errors", errors, errorCount, MAX_ERRORS);
        return out.toString();
    }

    private static void list(StringBuilder out, String title, List<ImportIssue> issues, long count, int cap) {
        if (count == 0) {
            return;
        }
        out.append(title).append(" (").append(count).append("):\n");
        for (ImportIssue issue : issues) {
            out.append("  ").append(issue.describe()).append('\n');
        }
        if (count > issues.size()) {
            out.append("  ... ").append(count - issues.size()).append(" more (the report keeps the first ").append(cap)
                    .append(")\n");
        }
    }
}
