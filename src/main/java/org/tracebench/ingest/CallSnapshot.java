package org.tracebench.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tracebench.store.Folded;
import org.tracebench.store.Jdbc;

/**
 * A stored call with everything hanging off it (notifications, customers, hops, invalid cells) as one
 * text, taken before an import rewrites the call so that undoing the import can put it back exactly, ids
 * of its hops included. One line per row, tab-separated, with \N for null and \t, \n, \\ escaped. A case file
 * carries these with identities in place of ids (store.ImportUndoPart knows where the ids are: keep the two in step).
 */
final class CallSnapshot {


    private CallSnapshot() {
    }

    static String take(Connection c, long callId) throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.addAll(Jdbc.query(c, "SELECT * FROM traced_call WHERE id = ?", r -> line("call", r.getLong("id"),
                r.getString("traceback_id"), Jdbc.instant(r, "call_time_utc"), r.getString("caller_id"),
                r.getString("called_number"), Jdbc.nullableLong(r, "campaign_id"), r.getString("violation"),
                r.getString("response"), r.getString("customer_as_written"), r.getString("description"),
                Jdbc.nullableLong(r, "import_batch_id")), callId));
        if (lines.isEmpty()) {
            throw new IllegalStateException("no call " + callId);
        }
        lines.addAll(Jdbc.query(c, "SELECT * FROM traced_call_notification WHERE traced_call_id = ? ORDER BY position",
                r -> line("notification", r.getInt("position"), Jdbc.instant(r, "notified_at")), callId));
        lines.addAll(Jdbc.query(c, "SELECT * FROM traced_call_customer WHERE traced_call_id = ? ORDER BY position",
                r -> line("customer", r.getInt("position"), r.getLong("provider_id"), r.getString("name_as_written")), callId));
        lines.addAll(Jdbc.query(c, "SELECT * FROM hop WHERE traced_call_id = ? ORDER BY id", r -> line("hop", r.getLong("id"),
                r.getInt("hop_order"), r.getLong("provider_id"), r.getString("role"), Jdbc.instant(r, "notified_at"),
                Jdbc.instant(r, "responded_at"), r.getString("response"), r.getString("attestation"),
                r.getBoolean("illustrative"), r.getString("provider_as_written"), Jdbc.nullableLong(r, "import_batch_id"),
                r.getString("uid")), callId));
        lines.addAll(Jdbc.query(c, "SELECT * FROM traced_call_invalid_cell WHERE traced_call_id = ? ORDER BY column_name",
                r -> line("invalid", r.getString("column_name"), r.getString("raw_text"), r.getString("reason")), callId));
        return String.join("\n", lines);
    }

    /** Puts a call back as the snapshot holds it; the call row itself must still exist. */
    static void restore(Connection c, String snapshot) throws SQLException {
        List<String[]> rows = snapshot.lines().map(CallSnapshot::cells).toList();
        String[] call = rows.get(0);
        long id = Long.parseLong(call[1]);
        Jdbc.update(c, """
                UPDATE traced_call SET traceback_id = ?, call_time_utc = ?, caller_id = ?, called_number = ?, campaign_id = ?,
                    violation = ?, response = ?, customer_as_written = ?, description = ?, import_batch_id = ? WHERE id = ?""",
                call[2], instant(call[3]), call[4], call[5], number(call[6]), call[7], call[8], call[9], call[10],
                number(call[11]), id);
        for (String table : List.of("traced_call_notification", "traced_call_customer", "hop", "traced_call_invalid_cell")) {
            Jdbc.update(c, "DELETE FROM " + table + " WHERE traced_call_id = ?", id);
        }
        for (String[] row : rows.subList(1, rows.size())) {
            switch (row[0]) {
                case "notification" -> Jdbc.update(c,
                        "INSERT INTO traced_call_notification (traced_call_id, position, notified_at) VALUES (?, ?, ?)",
                        id, Integer.parseInt(row[1]), instant(row[2]));
                case "customer" -> Jdbc.update(c, """
                        INSERT INTO traced_call_customer (traced_call_id, position, provider_id, name_as_written)
                        VALUES (?, ?, ?, ?)""", id, Integer.parseInt(row[1]), number(row[2]), row[3]);
                // The hop's identity (V14) goes back with it, so a case file still knows the hop after the undo;
                // snapshots taken before V14 have none and the hop gets a new one. A snapshot copied from another
                // database (decision 0716) names a hop this one never had without an id: it gets a new id here.
                case "hop" -> Jdbc.update(c, "INSERT INTO hop (" + (row[1] == null ? "" : "id, ") + """
                        traced_call_id, hop_order, provider_id, role, notified_at, responded_at, response,
                            attestation, illustrative, provider_as_written, import_batch_id, uid)
                        VALUES (""" + (row[1] == null ? "" : "?, ") + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        hopValues(row, id));
                case "invalid" -> Jdbc.update(c, """
                        INSERT INTO traced_call_invalid_cell (traced_call_id, column_name, raw_text, reason) VALUES (?, ?, ?, ?)""",
                        id, row[1], row[2], row[3]);
                default -> throw new IllegalStateException("unknown line in a call snapshot: " + row[0]);
            }
        }
    }

    private static Object[] hopValues(String[] row, long callId) {
        List<Object> values = new ArrayList<>();
        if (row[1] != null) {
            values.add(number(row[1]));
        }
        values.addAll(java.util.Arrays.asList(callId, Integer.parseInt(row[2]), number(row[3]), row[4], instant(row[5]),
                instant(row[6]), row[7], row[8], Boolean.parseBoolean(row[9]), row[10], number(row[11]),
                row.length > 12 && row[12] != null ? row[12] : "r" + java.util.UUID.randomUUID()));
        return values.toArray();
    }

    private static String line(Object... values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(Folded.escape(values[i] == null ? null : values[i].toString()));
        }
        return out.toString();
    }

    private static String[] cells(String line) {
        String[] raw = line.split("\t", -1);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = Folded.unescape(raw[i]);
        }
        return raw;
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static Long number(String text) {
        return text == null ? null : Long.valueOf(text);
    }
}
