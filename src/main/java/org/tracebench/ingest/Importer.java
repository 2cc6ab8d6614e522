package org.tracebench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Provider;
import org.tracebench.store.AuditLog;
import org.tracebench.store.CampaignRepository;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.store.ImportBatchRepository;
import org.tracebench.store.Jdbc;
import org.tracebench.store.ProviderRepository;
import org.tracebench.work.Progress;
import org.tracebench.work.TextReadException;

/**
 * Imports attachment tables (CSV, XLSX, pasted text) and traceback exchange files into the store. Each
 * import streams the file once inside one transaction and commits only when no row has an error (and it
 * is not a dry run): all or nothing. The report says what was read, changed, proposed and refused.
 */
public final class Importer {

    private final Database database;
    private final ProviderRepository providers;
    private final CampaignRepository campaigns;
    private final CaseRepository cases;
    private final AuditLog audit;
    private final ProviderMerges merges;
    private final ImportBatchRepository batches;
    private final Clock clock;

    public Importer(Database database, ProviderRepository providers, CampaignRepository campaigns, CaseRepository cases,
                    ProviderMerges merges, ImportBatchRepository batches, AuditLog audit, Clock clock) {
        this.database = database;
        this.batches = batches;
        this.clock = clock;
        this.providers = providers;
        this.campaigns = campaigns;
        this.cases = cases;
        this.audit = audit;
        this.merges = merges;
    }

    /** Signals, inside the transaction, that it must be rolled back although nothing failed. */
    private static final class RollBack extends RuntimeException {
        RollBack() {
            super(null, null, false, false);
        }
    }

    /** Imports (or with {@link ImportOptions#dryRun()} only checks) a source; never throws for bad content. */
    public ImportReport run(ImportSource source, ImportOptions options, Progress progress) {
        var problem = SourceCheck.problem(source);
        if (problem.isPresent()) {
            return SourceCheck.rejected(source, options.format(), problem.get());
        }
        ImportFormat format = formatOf(source, options.format());
        ImportReport report = new ImportReport(source.name(), format);
        Provider target = targetOf(options.caseId());
        TableReader reader = readerFor(source, format);
        long total = source.size();
        report.onDuplicate(options.onDuplicate());
        String sha256 = options.dryRun() ? null : sha256(source);
        try {
            database.inTransaction(() -> database.withConnection(c -> {
                importRows(c, source, options, progress, report, target, reader, total, sha256);
                return null;
            }));
        } catch (RollBack expected) {
            // Dry run or rejected file: the transaction was rolled back, the report says why.
        } catch (CancellationException e) {
            report.outcome(ImportReport.Outcome.CANCELLED);
        }
        progress.update(total, total, source.name() + ": " + report.rowsRead() + " rows read");
        return report;
    }

    private void importRows(Connection c, ImportSource source, ImportOptions options, Progress progress,
                            ImportReport report, Provider target, TableReader reader, long total, String sha256)
            throws SQLException {
        // A dry run records its batch too: the rollback takes it away with everything else.
        long batchId = batches.insert(options.caseId(), source.name(), Math.max(0, total), sha256,
                report.format().name().toLowerCase(Locale.ROOT), options.onDuplicate().name(), audit.actor(), Instant.now(clock));
        long lastProvider = Jdbc.count(c, "SELECT COALESCE(MAX(id), 0) FROM provider");
        long lastCampaign = Jdbc.count(c, "SELECT COALESCE(MAX(id), 0) FROM campaign");
        long lastAlias = Jdbc.count(c, "SELECT COALESCE(MAX(id), 0) FROM provider_alias");
        long lastMerge = Jdbc.count(c, "SELECT COALESCE(MAX(id), 0) FROM provider_merge");
        boolean tracebacks = report.format() == ImportFormat.TRACEBACKS;
        DuplicateHandler duplicates = new DuplicateHandler(
                DuplicateFinder.load(c, options.caseId(), tracebacks),
                options.onDuplicate(), c, batchId, batches, audit, report, tracebacks);
        try (CallBatchWriter writer = new CallBatchWriter(c, options.caseId(), batchId)) {
            ImportRun run = new ImportRun(report, options, writer, duplicates, providers, campaigns, merges, progress, reader,
                    total);
            try {
                if (report.format() == ImportFormat.TRACEBACKS) {
                    TracebackImport rows = new TracebackImport(run);
                    reader.read(rows);
                    rows.finish();
                } else {
                    AttachmentImport rows = new AttachmentImport(run, target);
                    reader.read(rows);
                    rows.finish();
                }
            } catch (TextReadException e) {
                run.error(e.row(), "", null, e.getMessage());
            } catch (IOException e) {
                run.error(0, "", null, "cannot read the file: " + oneLine(e.getMessage()));
            }
            report.encoding(reader.encoding());
            if (run.writing()) {
                writer.flush();
            }
            writer.countWritten();
            if (report.format() == ImportFormat.TRACEBACKS && writer.calls() > 0) {
                checkTracebackIds(c, writer, run);
            }
            if (report.hasErrors()) {
                report.outcome(ImportReport.Outcome.REJECTED);
                throw new RollBack();
            }
            report.written(writer.calls(), writer.hops());
            if (options.dryRun()) {
                report.outcome(ImportReport.Outcome.PREVIEW);
                throw new RollBack();
            }
            report.outcome(ImportReport.Outcome.WRITTEN);
            audit.record("case", options.caseId(), "import", source.name() + ": " + writer.calls() + " calls, "
                    + writer.hops() + " hops, " + report.rowsRead() + " rows read (" + report.format().name().toLowerCase(Locale.ROOT)
                    + "); import batch " + batchId + ": " + report.duplicateSummary() + ", on duplicate "
                    + options.onDuplicate().name().toLowerCase(Locale.ROOT) + ", " + report.updatedCalls() + " updated");
            long auditId = Jdbc.count(c, "SELECT COALESCE(MAX(id), 0) FROM audit_log");
            String mapping = report.columns().entrySet().stream().map(e -> e.getKey() + " -> " + e.getValue())
                    .collect(Collectors.joining("\n"));
            batches.finish(batchId, mapping, report.rowsRead(), writer.calls(), report.skippedCalls(), report.updatedCalls(),
                    auditId);
            Jdbc.update(c, "INSERT INTO import_batch_created (batch_id, kind, entity_id) SELECT ?, 'provider', id FROM provider WHERE id > ?",
                    batchId, lastProvider);
            Jdbc.update(c, "INSERT INTO import_batch_created (batch_id, kind, entity_id) SELECT ?, 'campaign', id FROM campaign WHERE id > ?",
                    batchId, lastCampaign);
            // New spellings of known providers, and merges proposed and made on the way: undo takes them back too.
            Jdbc.update(c, "INSERT INTO import_batch_created (batch_id, kind, entity_id) SELECT ?, 'provider_alias', id FROM provider_alias WHERE id > ?",
                    batchId, lastAlias);
            Jdbc.update(c, "INSERT INTO import_batch_created (batch_id, kind, entity_id) SELECT ?, 'provider_merge', id FROM provider_merge WHERE id > ?",
                    batchId, lastMerge);
            report.batch(batchId);
        }
    }

    /** Library messages may run over several lines (POI's zip-bomb warning does); the report gives one. */
    static String oneLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        String line = message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** The file's fingerprint, so two imports of the same bytes can be told apart from two similar files. */
    private static String sha256(ImportSource source) {
        try (InputStream in = source.open()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return null; // the reader reports the unreadable file as an error of its own
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A traceback written twice in this file (rows not kept together), or already in the store, is an error. */
    private static void checkTracebackIds(Connection c, CallBatchWriter writer, ImportRun run) throws SQLException {
        long first = writer.firstId();
        long last = writer.lastId();
        for (String id : Jdbc.query(c, """
                SELECT traceback_id FROM traced_call WHERE id BETWEEN ? AND ? GROUP BY traceback_id HAVING COUNT(*) > 1
                FETCH FIRST 100 ROWS ONLY""", r -> r.getString(1), first, last)) {
            run.error(0, "traceback_id", id, "the rows of this traceback are not together in the file; keep each traceback's hops in consecutive rows");
        }
        for (String id : Jdbc.query(c, """
                SELECT DISTINCT n.traceback_id FROM traced_call n JOIN traced_call o ON o.traceback_id = n.traceback_id
                WHERE n.id BETWEEN ? AND ? AND (o.id < ? OR o.id > ?) FETCH FIRST 100 ROWS ONLY""",
                r -> r.getString(1), first, last, first, last)) {
            run.error(0, "traceback_id", id, "this traceback is already in the store; remove it before importing it again");
        }
    }

    /** The header cells of a source as found (the first row that names at least two known columns), for the mapping step. */
    public HeaderCheck checkHeader(ImportSource source, ImportFormat requested) {
        ImportFormat format = formatOf(source, requested);
        TableReader reader = readerFor(source, format);
        List<String> found = new ArrayList<>();
        List<String> firstRow = new ArrayList<>();
        class Stop extends RuntimeException {
            Stop() {
                super(null, null, false, false);
            }
        }
        try {
            reader.read((row, cells) -> {
                boolean header = format == ImportFormat.TRACEBACKS
                        || cells.stream().filter(cell -> AttachmentColumn.recognise(cell).isPresent()).count() >= 2
                        || row > 20;
                if (firstRow.isEmpty()) {
                    firstRow.addAll(cells);
                }
                if (header) {
                    found.addAll(cells);
                    throw new Stop();
                }
            });
        } catch (Stop done) {
            // The header is all we wanted.
        } catch (IOException e) {
            return new HeaderCheck(format, List.of(), e.getMessage());
        }
        if (found.isEmpty()) {
            found.addAll(firstRow);
        }
        return new HeaderCheck(format, found.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(), null);
    }

    /** The format to read a source as: the one asked for, else by content (workbook or text) and header. */
    public ImportFormat formatOf(ImportSource source, ImportFormat requested) {
        if (requested != null) {
            return requested;
        }
        ImportFormat byName = source.isPasted() ? ImportFormat.TEXT
                : isWorkbook(source) ? ImportFormat.XLSX : ImportFormat.forText(source.name());
        HeaderCheck header = checkHeader(source, byName);
        boolean tracebacks = header.cells().stream().map(TracebackColumn::recognise)
                .filter(c -> c.isPresent() && c.get().required()).count() >= 3;
        return tracebacks ? ImportFormat.TRACEBACKS : byName;
    }

    private static boolean isWorkbook(ImportSource source) {
        return SourceCheck.isWorkbook(source);
    }

    private TableReader readerFor(ImportSource source, ImportFormat format) {
        if (format == ImportFormat.XLSX || (format == ImportFormat.TRACEBACKS && isWorkbook(source))) {
            return new XlsxTableReader(source);
        }
        return new DelimitedTableReader(source, format == ImportFormat.TEXT);
    }

    private Provider targetOf(Long caseId) {
        if (caseId == null) {
            return null;
        }
        CaseFile caseFile = cases.find(caseId).orElseThrow(() -> new IllegalArgumentException("no case with id " + caseId));
        return caseFile.targetProviderId() == null ? null : providers.find(caseFile.targetProviderId()).orElse(null);
    }

    /** The header of a source and how its cells map to columns; {@code problem} is set when it cannot be read. */
    public record HeaderCheck(ImportFormat format, List<String> cells, String problem) {

        /** Header cells that are not a recognised wording of any column. */
        public List<String> unrecognised() {
            return cells.stream().filter(cell -> format == ImportFormat.TRACEBACKS
                    ? TracebackColumn.recognise(cell).isEmpty() : AttachmentColumn.recognise(cell).isEmpty()).toList();
        }

        /** Attachment columns no header cell names. */
        public List<AttachmentColumn> missing() {
            if (format == ImportFormat.TRACEBACKS) {
                return List.of();
            }
            List<AttachmentColumn> missing = new ArrayList<>(List.of(AttachmentColumn.values()));
            cells.forEach(cell -> AttachmentColumn.recognise(cell).ifPresent(missing::remove));
            return missing;
        }
    }
}
