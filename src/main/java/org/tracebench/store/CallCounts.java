package org.tracebench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Keeps each case's number of traced calls ({@code case_file.call_count}, V16) true: the one place every writer
 * of traced calls tells what it added or removed, on its own transaction's connection, so the count commits or
 * rolls back with the calls (decision 0712). The case list reads the number instead of counting a million rows.
 *
 * <p>Counts move by a delta ({@code call_count + n}), never by a fresh count: under read-committed a count taken
 * while another writer's rows are not yet committed would overwrite that writer's increment. The update locks
 * the case row until the transaction ends, so writers should report once, at the end of their work.
 */
public final class CallCounts {

    /** A case whose kept number differs from the calls it holds. */
    public record Mismatch(long caseId, String caseKey, long kept, long held) {
    }

    private CallCounts() {
    }

    /** {@code calls} traced calls were added to the case (none for calls outside any case). */
    public static void added(Connection c, Long caseId, long calls) throws SQLException {
        move(c, caseId, calls);
    }

    /** {@code calls} traced calls of the case were deleted. */
    public static void removed(Connection c, Long caseId, long calls) throws SQLException {
        move(c, caseId, -calls);
    }

    /**
     * Deletes the traced calls meeting {@code condition} (SQL over traced_call's columns) and takes them off their
     * cases' counts; returns how many were deleted. Deleted case by case, each case's count moved by what its own
     * delete removed: a call another transaction deleted first is not subtracted twice.
     */
    public static long delete(Connection c, String condition, Object... params) throws SQLException {
        List<Long> cases = Jdbc.query(c, "SELECT DISTINCT case_id FROM traced_call WHERE " + condition,
                row -> Jdbc.nullableLong(row, "case_id"), params);
        long deleted = 0;
        for (Long caseId : cases) {
            Object[] withCase = java.util.Arrays.copyOf(params, params.length + (caseId == null ? 0 : 1));
            if (caseId != null) {
                withCase[params.length] = caseId;
            }
            int removed = Jdbc.update(c, "DELETE FROM traced_call WHERE (" + condition + ") AND "
                    + (caseId == null ? "case_id IS NULL" : "case_id = ?"), withCase);
            removed(c, caseId, removed);
            deleted += removed;
        }
        return deleted;
    }

    /** The cases whose kept number is not the number of their calls, by id. */
    public static List<Mismatch> mismatches(Connection c) throws SQLException {
        return Jdbc.query(c, """
                SELECT c.id, c.case_key, c.call_count, COALESCE(t.held, 0) AS held FROM case_file c
                LEFT JOIN (SELECT case_id, COUNT(*) AS held FROM traced_call WHERE case_id IS NOT NULL GROUP BY case_id) t
                  ON t.case_id = c.id
                WHERE c.call_count <> COALESCE(t.held, 0) ORDER BY c.id""",
                row -> new Mismatch(row.getLong("id"), row.getString("case_key"), row.getLong("call_count"),
                        row.getLong("held")));
    }

    /**
     * Sets every wrong count to the number of calls its case holds; returns the cases corrected. Each case row is
     * locked before its calls are counted, so a writer adding calls meanwhile is counted once, by its own delta.
     */
    public static List<Mismatch> recount(Connection c) throws SQLException {
        List<Mismatch> wrong = mismatches(c);
        for (Mismatch m : wrong) {
            Jdbc.query(c, "SELECT id FROM case_file WHERE id = ? FOR UPDATE", row -> row.getLong(1), m.caseId());
            Jdbc.update(c, "UPDATE case_file SET call_count = (SELECT COUNT(*) FROM traced_call WHERE case_id = ?) WHERE id = ?",
                    m.caseId(), m.caseId());
        }
        return wrong;
    }

    private static void move(Connection c, Long caseId, long delta) throws SQLException {
        if (caseId == null || delta == 0) {
            return;
        }
        Jdbc.update(c, "UPDATE case_file SET call_count = call_count + ? WHERE id = ?", delta, caseId);
    }
}
