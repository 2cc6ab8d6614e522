package org.tracebench.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.tracebench.model.ImportBatch;
import org.tracebench.store.AuditLog;
import org.tracebench.store.CallCounts;
import org.tracebench.store.Database;
import org.tracebench.store.ImportBatchRepository;
import org.tracebench.store.Jdbc;

/**
 * The imports of a case, and undoing one whole: in one transaction the calls and hops the import wrote go,
 * the calls it rewrote (on-duplicate UPDATE) get back what they held, the spellings and merges it added to
 * known providers go, and the parties and campaigns it created go when nothing refers to them any more. Calls edited after the import are named first, and
 * the undo goes ahead over them only when told to.
 */
public final class ImportBatches {

    /** An audit log entry on a call of the batch written after the import. */
    public record LaterEdit(long callId, Instant at, String actor, String action, String detail) {
        public String describe() {
            return "call " + callId + ": " + action + " by " + actor + " at " + at + (detail == null ? "" : " (" + detail + ")");
        }
    }

    /** What an undo did. */
    public record Undone(ImportBatch batch, long callsDeleted, long hopsDeleted, long callsRestored, long partiesRemoved,
                         long campaignsRemoved) {
        public String describe() {
            return "Import " + batch.id() + " (" + batch.fileName() + ") undone: " + callsDeleted + " calls and " + hopsDeleted
                    + " hops deleted, " + callsRestored + " calls restored, " + partiesRemoved + " parties and "
                    + campaignsRemoved + " campaigns it created removed";
        }
    }

    /** Refuses an undo over calls edited after the import; {@link #edits()} names them. */
    public static final class EditedAfterImportException extends IllegalStateException {
        private final transient List<LaterEdit> edits;

        EditedAfterImportException(long batchId, List<LaterEdit> edits) {
            super(edits.stream().map(LaterEdit::callId).distinct().count() + " calls of import " + batchId
                    + " were edited after it; undoing it would lose those edits (force the undo to go ahead)");
            this.edits = List.copyOf(edits);
        }

        public List<LaterEdit> edits() {
            return edits;
        }
    }

    private final Database database;
    private final ImportBatchRepository batches;
    private final AuditLog audit;
    private final Clock clock;

    private final org.tracebench.store.DeletionLog deletions;

    public ImportBatches(Database database, ImportBatchRepository batches, AuditLog audit, Clock clock,
                         org.tracebench.store.DeletionLog deletions) {
        this.database = database;
        this.deletions = deletions;
        this.batches = batches;
        this.audit = audit;
        this.clock = clock;
    }

    /** A case's imports, newest first (every import when {@code caseId} is null). */
    public List<ImportBatch> list(Long caseId) {
        return batches.list(caseId);
    }

    public java.util.Optional<ImportBatch> find(long id) {
        return batches.find(id);
    }

    /** Audit log entries on the batch's calls (written or rewritten by it) made after the import. */
    public List<LaterEdit> editsAfter(long batchId) {
        ImportBatch batch = batches.find(batchId).orElseThrow(() -> new IllegalArgumentException("no import " + batchId));
        return database.withConnection(c -> Jdbc.query(c, """
                SELECT a.entity_id, a.at, a.actor, a.action, a.detail FROM audit_log a
                WHERE a.entity = 'traced_call' AND a.id > ? AND a.entity_id IN (
                    SELECT id FROM traced_call WHERE import_batch_id = ?
                    UNION SELECT traced_call_id FROM import_batch_prior_call WHERE batch_id = ?)
                ORDER BY a.id""", r -> new LaterEdit(r.getLong(1), Jdbc.instant(r, "at"), r.getString(3), r.getString(4),
                r.getString(5)), batch.auditLogId() == null ? 0L : batch.auditLogId(), batchId, batchId));
    }

    /**
     * Undoes an import whole, or refuses: no such import, already undone, or (unless {@code force}) calls
     * edited after it ({@link EditedAfterImportException}).
     */
    public Undone undo(long batchId, boolean force) {
        return database.inTransaction(() -> database.withConnection(c -> {
            ImportBatch batch = batches.find(batchId).orElseThrow(() -> new IllegalArgumentException("no import " + batchId));
            if (batch.undone()) {
                throw new IllegalStateException("import " + batchId + " was already undone (" + batch.undoneAt() + " by "
                        + batch.undoneBy() + ")");
            }
            List<LaterEdit> edits = editsAfter(batchId);
            if (!edits.isEmpty() && !force) {
                throw new EditedAfterImportException(batchId, edits);
            }
            long restored = 0;
            for (ImportBatchRepository.PriorCall prior : batches.priorCalls(batchId)) {
                CallSnapshot.restore(c, prior.snapshot());
                restored++;
            }
            // The calls and hops the undo takes away are deletions a case file carries to the other database.
            deletions.rememberBatch(batchId);
            long hops = Jdbc.update(c, "DELETE FROM hop WHERE import_batch_id = ?", batchId);
            long calls = CallCounts.delete(c, "import_batch_id = ?", batchId);
            for (long id : batches.created(batchId, "provider_merge")) {
                Jdbc.update(c, "DELETE FROM provider_merge WHERE id = ? AND undone_at IS NULL", id);
            }
            for (long id : batches.created(batchId, "provider_alias")) {
                Jdbc.update(c, "DELETE FROM provider_alias WHERE id = ?", id);
            }
            long parties = 0;
            for (long id : batches.created(batchId, "provider")) {
                parties += Jdbc.update(c, """
                        DELETE FROM provider WHERE id = ?
                          AND NOT EXISTS (SELECT 1 FROM hop WHERE provider_id = ?)
                          AND NOT EXISTS (SELECT 1 FROM traced_call_customer WHERE provider_id = ?)
                          AND NOT EXISTS (SELECT 1 FROM case_file WHERE target_provider_id = ?)
                          AND NOT EXISTS (SELECT 1 FROM enforcement_action WHERE provider_id = ?)""", id, id, id, id, id);
            }
            long campaigns = 0;
            for (long id : batches.created(batchId, "campaign")) {
                campaigns += Jdbc.update(c, """
                        DELETE FROM campaign WHERE id = ? AND NOT EXISTS (SELECT 1 FROM traced_call WHERE campaign_id = ?)
                          AND NOT EXISTS (SELECT 1 FROM campaign m WHERE m.merged_into = ?)
                          AND NOT EXISTS (SELECT 1 FROM campaign_merge g WHERE g.undone_at IS NULL
                                          AND (g.source_id = ? OR g.target_id = ?))""",
                        id, id, id, id, id); // a campaign taking part in a merge stays for the merge's undo
            }
            batches.markUndone(batchId, Instant.now(clock), audit.actor());
            Undone undone = new Undone(batch, calls, hops, restored, parties, campaigns);
            audit.record("case", batch.caseId(), "import-undone", undone.describe()
                    + (edits.isEmpty() ? "" : "; forced over " + edits.size() + " later edits"));
            return undone;
        }));
    }

    /** One line per import, beginning with its id, as the batch command lists them. */
    public static String line(ImportBatch b) {
        return b.id() + "\t" + b.importedAt() + "\t" + b.fileName() + "\t" + b.format() + "\t"
                + b.onDuplicate().toLowerCase(Locale.ROOT) + "\t" + b.rowsRead() + " read, " + b.rowsWritten() + " written, "
                + b.rowsSkipped() + " skipped, " + b.rowsUpdated() + " updated\t" + b.actor()
                + (b.undone() ? "\tundone " + b.undoneAt() : "");
    }
}
