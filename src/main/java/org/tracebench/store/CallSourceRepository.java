package org.tracebench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracebench.model.CallSource;

/**
 * Where traced calls came from: the import batch that wrote each (V8), or for calls no import wrote, whether they
 * were typed or pasted in the editor (their "added" audit entry), loaded with a sample case, or stored before
 * batches were kept. Also the cells stored as typed because they could not be read (0103).
 */
public final class CallSourceRepository {

    /** A cell saved as typed because it could not be read: its column (an attachment column name), text and why. */
    public record UnreadableCell(long callId, String column, String text, String reason) {
    }

    private final Database database;

    public CallSourceRepository(Database database) {
        this.database = database;
    }

    /**
     * The source of each of the given calls, with {@code calls} 0: equal sources are equal records, so callers
     * can count by them. Calls not in the store are left out.
     */
    public Map<Long, CallSource> sourceOfEach(Set<Long> callIds) {
        if (callIds.isEmpty()) {
            return Map.of();
        }
        return database.withConnection(c -> {
            Map<Long, CallSource> batches = batches(c);
            Set<Long> typed = typed(c);
            Map<Long, CallSource> result = new HashMap<>();
            Jdbc.query(c, """
                    SELECT t.id, t.import_batch_id, cf.sample FROM traced_call t
                    LEFT JOIN case_file cf ON cf.id = t.case_id""", r -> {
                        long id = r.getLong(1);
                        if (callIds.contains(id)) {
                            Long batch = Jdbc.nullableLong(r, "import_batch_id");
                            result.put(id, batch != null ? batches.get(batch)
                                    : CallSource.of(typed.contains(id) ? CallSource.Kind.TYPED
                                    : r.getBoolean("sample") ? CallSource.Kind.SAMPLE : CallSource.Kind.BEFORE_BATCHES, 0));
                        }
                        return null;
                    });
            return result;
        });
    }

    /**
     * The sources of a case's calls with how many calls each gave: import batches in the order they were made,
     * then the calls typed or pasted in the editor, then the others no import wrote.
     */
    public List<CallSource> sourcesOfCase(long caseId) {
        return database.withConnection(c -> {
            Map<Long, CallSource> batches = batches(c);
            List<CallSource> sources = new ArrayList<>(Jdbc.query(c, """
                    SELECT import_batch_id, COUNT(*) AS calls FROM traced_call
                    WHERE case_id = ? AND import_batch_id IS NOT NULL GROUP BY import_batch_id ORDER BY import_batch_id""",
                    r -> batches.get(r.getLong(1)).withCalls(r.getInt(2)), caseId));
            long unbatched = Jdbc.count(c, "SELECT COUNT(*) FROM traced_call WHERE case_id = ? AND import_batch_id IS NULL",
                    caseId);
            long typed = Jdbc.count(c, """
                    SELECT COUNT(DISTINCT a.entity_id) FROM audit_log a JOIN traced_call t ON t.id = a.entity_id
                    WHERE a.entity = 'traced_call' AND a.action = 'added' AND t.case_id = ? AND t.import_batch_id IS NULL""",
                    caseId);
            boolean sample = Jdbc.queryOne(c, "SELECT sample FROM case_file WHERE id = ?", r -> r.getBoolean(1), caseId)
                    .orElse(false);
            if (typed > 0) {
                sources.add(CallSource.of(CallSource.Kind.TYPED, (int) typed));
            }
            if (unbatched - typed > 0) {
                sources.add(CallSource.of(sample ? CallSource.Kind.SAMPLE : CallSource.Kind.BEFORE_BATCHES,
                        (int) (unbatched - typed)));
            }
            return sources;
        });
    }

    /** The cells of the given calls that were saved as typed because they could not be read, by call. */
    public Map<Long, List<UnreadableCell>> unreadableCells(Set<Long> callIds) {
        if (callIds.isEmpty()) {
            return Map.of();
        }
        return database.withConnection(c -> {
            Map<Long, List<UnreadableCell>> result = new HashMap<>();
            Jdbc.query(c, """
                    SELECT traced_call_id, column_name, raw_text, reason FROM traced_call_invalid_cell
                    ORDER BY traced_call_id, column_name""", r -> {
                        long id = r.getLong(1);
                        if (callIds.contains(id)) {
                            result.computeIfAbsent(id, k -> new ArrayList<>()).add(new UnreadableCell(id,
                                    r.getString(2), r.getString(3), r.getString(4)));
                        }
                        return null;
                    });
            return result;
        });
    }

    private static Map<Long, CallSource> batches(Connection c) throws SQLException {
        Map<Long, CallSource> batches = new HashMap<>();
        Jdbc.query(c, "SELECT id, imported_at, file_name, file_size, sha256, format, rows_read, actor FROM import_batch",
                r -> batches.put(r.getLong("id"), batch(r)));
        return batches;
    }

    private static CallSource batch(ResultSet r) throws SQLException {
        return new CallSource(CallSource.Kind.IMPORT, r.getLong("id"), Jdbc.instant(r, "imported_at"),
                r.getString("file_name"), r.getLong("file_size"), r.getString("sha256"), r.getString("format"),
                r.getLong("rows_read"), r.getString("actor"), 0);
    }

    private static Set<Long> typed(Connection c) throws SQLException {
        return new HashSet<>(Jdbc.query(c, """
                SELECT DISTINCT entity_id FROM audit_log
                WHERE entity = 'traced_call' AND action = 'added' AND entity_id IS NOT NULL""", r -> r.getLong(1)));
    }
}
