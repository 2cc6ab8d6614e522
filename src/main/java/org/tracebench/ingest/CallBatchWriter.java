package org.tracebench.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tracebench.model.Hop;
import org.tracebench.model.TracedCall;
import org.tracebench.store.CallCounts;
import org.tracebench.store.Jdbc;

/**
 * Writes traced calls with their notifications, customers and hops through JDBC batches on the import's
 * transaction connection. Calls are buffered in chunks so their generated ids can be read back in one go;
 * only one chunk is ever held, so memory does not grow with the file.
 */
final class CallBatchWriter implements AutoCloseable {

    /** A hop to write and the spelling of its provider's name as written in the file. */
    record HopRow(Hop hop, String providerAsWritten) {
    }

    /** A customer (party id) and the spelling written in the file. */
    record CustomerRow(long providerId, String nameAsWritten) {
    }

    private record Pending(TracedCall call, Long campaignId, List<CustomerRow> customers, List<HopRow> hops) {
    }

    private static final int CHUNK = 500;

    private final Connection connection;
    private final Long caseId;
    private final Long batchId;
    private final PreparedStatement callInsert;
    private final PreparedStatement notificationInsert;
    private final PreparedStatement customerInsert;
    private final PreparedStatement hopInsert;
    private final List<Pending> pending = new ArrayList<>(CHUNK);
    private final RecordUids uids = new RecordUids();
    private int rowOrder;
    private long calls;
    private long counted;
    private long hops;
    private long firstId = Long.MAX_VALUE;
    private long lastId = Long.MIN_VALUE;

    CallBatchWriter(Connection connection, Long caseId, Long batchId) throws SQLException {
        this.connection = connection;
        this.caseId = caseId;
        this.batchId = batchId;
        this.rowOrder = (int) Jdbc.count(connection, caseId == null
                ? "SELECT COALESCE(MAX(row_order) + 1, 0) FROM traced_call WHERE case_id IS NULL"
                : "SELECT COALESCE(MAX(row_order) + 1, 0) FROM traced_call WHERE case_id = ?",
                caseId == null ? new Object[0] : new Object[] {caseId});
        callInsert = connection.prepareStatement("""
                INSERT INTO traced_call (case_id, row_order, traceback_id, call_time_utc, caller_id, called_number,
                    campaign_id, violation, response, customer_as_written, description, import_batch_id, uid)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
        notificationInsert = connection.prepareStatement(
                "INSERT INTO traced_call_notification (traced_call_id, position, notified_at) VALUES (?, ?, ?)");
        customerInsert = connection.prepareStatement("""
                INSERT INTO traced_call_customer (traced_call_id, position, provider_id, name_as_written)
                VALUES (?, ?, ?, ?)""");
        hopInsert = connection.prepareStatement("""
                INSERT INTO hop (traced_call_id, hop_order, provider_id, role, notified_at, responded_at, response,
                    attestation, illustrative, provider_as_written, import_batch_id, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
    }

    void add(TracedCall call, Long campaignId, List<CustomerRow> customers, List<HopRow> hopRows) throws SQLException {
        pending.add(new Pending(call, campaignId, customers, hopRows));
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        for (Pending p : pending) {
            TracedCall call = p.call();
            Jdbc.bind(callInsert, caseId, rowOrder++, call.tracebackId(), call.callTimeUtc(), call.callerId(),
                    call.calledNumber(), p.campaignId(), call.violation(), call.response(), call.customerAsWritten(),
                    call.description(), batchId, uids.next());
            callInsert.addBatch();
        }
        Jdbc.executeBatch(callInsert);
        long[] ids = new long[pending.size()];
        try (ResultSet keys = callInsert.getGeneratedKeys()) {
            int i = 0;
            while (keys.next() && i < ids.length) {
                ids[i++] = keys.getLong(1);
            }
            if (i != ids.length) {
                throw new SQLException("the database returned " + i + " ids for " + ids.length + " calls");
            }
        }
        for (int i = 0; i < ids.length; i++) {
            Pending p = pending.get(i);
            long id = ids[i];
            firstId = Math.min(firstId, id);
            lastId = Math.max(lastId, id);
            int position = 0;
            for (Instant notified : p.call().notifications()) {
                Jdbc.bind(notificationInsert, id, position++, notified);
                notificationInsert.addBatch();
            }
            position = 0;
            for (CustomerRow customer : p.customers()) {
                Jdbc.bind(customerInsert, id, position++, customer.providerId(), customer.nameAsWritten());
                customerInsert.addBatch();
            }
            for (HopRow row : p.hops()) {
                Hop hop = row.hop();
                Jdbc.bind(hopInsert, id, hop.order(), hop.providerId(), hop.role(), hop.notifiedAt(), hop.respondedAt(),
                        hop.response(), hop.attestation(), hop.illustrative(), row.providerAsWritten(), batchId, uids.next());
                hopInsert.addBatch();
                hops++;
            }
        }
        Jdbc.executeBatch(notificationInsert);
        Jdbc.executeBatch(customerInsert);
        Jdbc.executeBatch(hopInsert);
        calls += pending.size();
        pending.clear();
    }

    /**
     * Adds the calls written since the last time to the case's kept count (store.CallCounts). Called once a
     * writer's rows are all written, so the case row is locked only for the end of the writer's transaction.
     */
    void countWritten() throws SQLException {
        CallCounts.added(connection, caseId, calls - counted);
        counted = calls;
    }

    /** Writes what is pending and counts it into the case: the end of a short write. */
    void finish() throws SQLException {
        flush();
        countWritten();
    }

    long calls() {
        return calls;
    }

    long hops() {
        return hops;
    }

    /** The ids written so far lie between these two (inclusive); no call was written when first > last. */
    long firstId() {
        return firstId;
    }

    long lastId() {
        return lastId;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        callInsert.close();
        notificationInsert.close();
        customerInsert.close();
        hopInsert.close();
    }
}
