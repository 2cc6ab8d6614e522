package org.tracebench.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.tracebench.model.Hop;
import org.tracebench.model.HopRole;
import org.tracebench.model.TracedCall;
import org.tracebench.store.AuditLog;
import org.tracebench.store.ImportBatchRepository;
import org.tracebench.store.Jdbc;

/**
 * Applies the import's on-duplicate policy to each call before it is written: counts it in the report as
 * new, identical, changed or repeated in the file, and with UPDATE rewrites the stored call in place,
 * keeping what it held so that the batch can be undone. Calls imported into no case are compared with the
 * other calls of no case.
 */
final class DuplicateHandler {

    private final DuplicateFinder finder;
    private final OnDuplicate policy;
    private final Connection connection;
    private final long batchId;
    private final ImportBatchRepository batches;
    private final AuditLog audit;
    private final ImportReport report;
    private final boolean replaceHops;

    DuplicateHandler(DuplicateFinder finder, OnDuplicate policy, Connection connection, long batchId,
                     ImportBatchRepository batches, AuditLog audit, ImportReport report, boolean replaceHops) {
        this.finder = finder;
        this.policy = policy;
        this.connection = connection;
        this.batchId = batchId;
        this.batches = batches;
        this.audit = audit;
        this.report = report;
        this.replaceHops = replaceHops;
    }

    /** Whether the call is to be written as a new row; a changed call is rewritten here under UPDATE. */
    boolean admit(TracedCall call, Long campaignId, List<CallBatchWriter.CustomerRow> customers,
                  List<CallBatchWriter.HopRow> hops, String where, long row) throws SQLException {
        DuplicateFinder.Verdict verdict = finder.classify(call, hops);
        report.classified(verdict.kind());
        if (verdict.kind() != DuplicateFinder.Kind.NEW && report.keepsDuplicates()) {
            listDuplicate(verdict, row);
        }
        switch (verdict.kind()) {
            case NEW -> {
                return true;
            }
            case CHANGED -> {
                String change = where + ", call " + verdict.existingId() + ": " + verdict.differences().stream()
                        .map(DuplicateFinder.Difference::toString).collect(Collectors.joining("; "));
                boolean update = policy == OnDuplicate.UPDATE;
                report.changed(change + (update ? "" : policy == OnDuplicate.SKIP ? " (kept as stored)" : ""));
                if (update) {
                    rewrite(verdict.existingId(), call, campaignId, customers, hops);
                    audit.record("traced_call", verdict.existingId(), "import-updated", "import batch " + batchId + ", "
                            + report.source() + ", " + change);
                    report.updated();
                    return false;
                }
            }
            default -> {
                // Identical, or repeated in the file: only KEEP writes it again.
            }
        }
        if (policy == OnDuplicate.KEEP) {
            return true;
        }
        report.skipped();
        return false;
    }

    /**
     * The report view's rows for a call already there: one per differing field, else one for the call. What
     * becomes of them follows the policy, which the window lets the user change after this dry run.
     */
    private void listDuplicate(DuplicateFinder.Verdict verdict, long row) {
        switch (verdict.kind()) {
            case CHANGED -> verdict.differences().forEach(d -> report.duplicate(new ImportIssue(report.source(), row, d.field(),
                    d.incoming(), d.stored(), "changed (call " + verdict.existingId() + " of the case)")));
            case IDENTICAL -> report.duplicate(new ImportIssue(report.source(), row, "", null, null,
                    "identical (call " + verdict.existingId() + " of the case)"));
            default -> report.duplicate(new ImportIssue(report.source(), row, "", null, null,
                    "repeated in the file (an earlier row names this call)"));
        }
    }

    private void rewrite(long id, TracedCall call, Long campaignId, List<CallBatchWriter.CustomerRow> customers,
                         List<CallBatchWriter.HopRow> hops) throws SQLException {
        batches.recordPrior(batchId, id, CallSnapshot.take(connection, id));
        Jdbc.update(connection, """
                UPDATE traced_call SET call_time_utc = ?, caller_id = ?, called_number = ?, campaign_id = ?, violation = ?,
                    response = ?, customer_as_written = ?, description = ? WHERE id = ?""", call.callTimeUtc(),
                call.callerId(), call.calledNumber(), campaignId, call.violation(), call.response(), call.customerAsWritten(),
                call.description(), id);
        // The file's values replace the stored ones, so marks on cells typed earlier no longer apply.
        for (String table : List.of("traced_call_notification", "traced_call_customer", "traced_call_invalid_cell")) {
            Jdbc.update(connection, "DELETE FROM " + table + " WHERE traced_call_id = ?", id);
        }
        int position = 0;
        for (Instant notified : call.notifications()) {
            Jdbc.update(connection, "INSERT INTO traced_call_notification (traced_call_id, position, notified_at) VALUES (?, ?, ?)",
                    id, position++, notified);
        }
        position = 0;
        for (CallBatchWriter.CustomerRow customer : customers) {
            Jdbc.update(connection, """
                    INSERT INTO traced_call_customer (traced_call_id, position, provider_id, name_as_written) VALUES (?, ?, ?, ?)""",
                    id, position++, customer.providerId(), customer.nameAsWritten());
        }
        if (replaceHops) {
            // The replaced hops are deleted ones to the databases this case travels to (issue 14).
            org.tracebench.store.DeletionLog.hopsReplaced(connection, id, batchId);
            Jdbc.update(connection, "DELETE FROM hop WHERE traced_call_id = ?", id);
            for (CallBatchWriter.HopRow row : hops) {
                Hop hop = row.hop();
                Jdbc.update(connection, """
                        INSERT INTO hop (traced_call_id, hop_order, provider_id, role, notified_at, responded_at, response,
                            attestation, illustrative, provider_as_written, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        id, hop.order(), hop.providerId(), hop.role(), hop.notifiedAt(), hop.respondedAt(), hop.response(),
                        hop.attestation(), hop.illustrative(), row.providerAsWritten(), batchId);
            }
        } else {
            // An attachment row only tells the target's originating hop; hops from tracebacks stay as they are.
            for (CallBatchWriter.HopRow row : hops) {
                Hop hop = row.hop();
                if (hop.role() == HopRole.ORIGINATING) {
                    Jdbc.update(connection, """
                            UPDATE hop SET notified_at = ?, response = ?, import_batch_id = ?
                            WHERE traced_call_id = ? AND role = ? AND provider_id = ?""", hop.notifiedAt(), hop.response(),
                            batchId, id, HopRole.ORIGINATING, hop.providerId());
                }
            }
        }
    }
}
