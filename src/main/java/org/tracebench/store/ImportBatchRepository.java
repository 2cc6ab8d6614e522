package org.tracebench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tracebench.model.ImportBatch;

/**
 * Import batches, the calls they overwrote and the parties and campaigns they created. Every method runs
 * on the caller's transaction when there is one, so a batch is recorded with the rows it wrote.
 */
public final class ImportBatchRepository {

    /** A call as it was before a batch rewrote it, in the form {@code ingest} wrote it. */
    public record PriorCall(long callId, String snapshot) {
    }

    private final Database database;

    public ImportBatchRepository(Database database) {
        this.database = database;
    }

    /** Records a batch with its counts still zero (its rows refer to it while they are written). */
    public long insert(Long caseId, String fileName, long fileSize, String sha256, String format, String onDuplicate,
                       String actor, Instant importedAt) {
        return database.withConnection(c -> Jdbc.insert(c, """
                INSERT INTO import_batch (case_id, file_name, file_size, sha256, format, on_duplicate, actor, imported_at,
                    rows_read, rows_written, rows_skipped, rows_updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)""",
                caseId, fileName, fileSize, sha256, format, onDuplicate, actor, importedAt));
    }

    public void finish(long id, String columnMapping, long rowsRead, long rowsWritten, long rowsSkipped, long rowsUpdated,
                       Long auditLogId) {
        database.withConnection(c -> Jdbc.update(c, """
                UPDATE import_batch SET column_mapping = ?, rows_read = ?, rows_written = ?, rows_skipped = ?,
                    rows_updated = ?, audit_log_id = ? WHERE id = ?""",
                columnMapping, rowsRead, rowsWritten, rowsSkipped, rowsUpdated, auditLogId, id));
    }

    public Optional<ImportBatch> find(long id) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT * FROM import_batch WHERE id = ?",
                ImportBatchRepository::map, id));
    }

    /** A case's batches, newest first; all batches when {@code caseId} is null. */
    public List<ImportBatch> list(Long caseId) {
        return database.withConnection(c -> caseId == null
                ? Jdbc.query(c, "SELECT * FROM import_batch ORDER BY id DESC", ImportBatchRepository::map)
                : Jdbc.query(c, "SELECT * FROM import_batch WHERE case_id = ? ORDER BY id DESC", ImportBatchRepository::map,
                        caseId));
    }

    public void markUndone(long id, Instant at, String by) {
        database.withConnection(c -> Jdbc.update(c, "UPDATE import_batch SET undone_at = ?, undone_by = ? WHERE id = ?",
                at, by, id));
    }

    public void recordPrior(long batchId, long callId, String snapshot) {
        database.withConnection(c -> Jdbc.update(c,
                "INSERT INTO import_batch_prior_call (batch_id, traced_call_id, snapshot) VALUES (?, ?, ?)",
                batchId, callId, snapshot));
    }

    public List<PriorCall> priorCalls(long batchId) {
        return database.withConnection(c -> Jdbc.query(c,
                "SELECT traced_call_id, snapshot FROM import_batch_prior_call WHERE batch_id = ? ORDER BY traced_call_id",
                r -> new PriorCall(r.getLong(1), r.getString(2)), batchId));
    }

    public void recordCreated(long batchId, String kind, long entityId) {
        database.withConnection(c -> Jdbc.update(c,
                "INSERT INTO import_batch_created (batch_id, kind, entity_id) VALUES (?, ?, ?)", batchId, kind, entityId));
    }

    public List<Long> created(long batchId, String kind) {
        return database.withConnection(c -> Jdbc.query(c,
                "SELECT entity_id FROM import_batch_created WHERE batch_id = ? AND kind = ? ORDER BY entity_id DESC",
                r -> r.getLong(1), batchId, kind));
    }

    private static ImportBatch map(ResultSet r) throws SQLException {
        return new ImportBatch(r.getLong("id"), Jdbc.nullableLong(r, "case_id"), r.getString("file_name"),
                r.getLong("file_size"), r.getString("sha256"), r.getString("format"), r.getString("column_mapping"),
                r.getString("on_duplicate"), r.getString("actor"), Jdbc.instant(r, "imported_at"), r.getLong("rows_read"),
                r.getLong("rows_written"), r.getLong("rows_skipped"), r.getLong("rows_updated"),
                Jdbc.nullableLong(r, "audit_log_id"), Jdbc.instant(r, "undone_at"), r.getString("undone_by"));
    }
}
