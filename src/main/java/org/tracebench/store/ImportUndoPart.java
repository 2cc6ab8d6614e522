package org.tracebench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracebench.model.PartRecord;

/**
 * The undo data of a case's import batches as a case file carries it (decision 0716): per batch, the audit entry
 * of the import (later entries on its calls are edits made after it) and each call it rewrote as it was before.
 * Those call snapshots name calls, campaigns, providers, batches and hops by local id (ingest's CallSnapshot, one
 * tab-separated line per row); here they are written with identities instead, and read back into this database's
 * ids, so undoing a copied batch puts back what it overwrote as it would in the database it was made in.
 */
final class ImportUndoPart {

    /** Where CallSnapshot keeps the references of each kind of line: column index and table. */
    private static final Map<String, Map<Integer, String>> REFERENCES = Map.of(
            "call", Map.of(1, "traced_call", 6, "campaign", 11, "import_batch"),
            "customer", Map.of(2, "provider"),
            "hop", Map.of(3, "provider", 11, "import_batch"));
    /** A hop line's own id (column 1) and identity (column 12): the id is local, the identity travels. */
    private static final int HOP_ID = 1;
    private static final int HOP_UID = 12;

    private ImportUndoPart() {
    }

    static List<PartRecord> read(Connection c, long caseId, CaseKeyedParts.Uids uids) throws SQLException {
        List<PartRecord> records = new ArrayList<>();
        List<long[]> batches = Jdbc.query(c, "SELECT id, audit_log_id FROM import_batch WHERE case_id = ? ORDER BY id",
                r -> new long[] {r.getLong(1), r.getLong(2)}, caseId);
        for (long[] batch : batches) {
            String batchUid = uids.of("import_batch", batch[0]);
            List<List<String>> prior = new ArrayList<>();
            for (String[] row : Jdbc.query(c, """
                    SELECT traced_call_id, snapshot FROM import_batch_prior_call WHERE batch_id = ? ORDER BY traced_call_id""",
                    r -> new String[] {uids.of("traced_call", r.getLong(1)), r.getString(2)}, batch[0])) {
                prior.add(Arrays.asList(row[0], portable(row[1], uids)));
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("batch", batchUid);
            fields.put("audit_entry", batch[1] == 0 ? null : uids.of("audit_log", batch[1]));
            fields.put("prior_calls", Folded.join(prior));
            records.add(new PartRecord(CaseKeyedParts.identity(batchUid, CasePart.IMPORT_UNDO, null), fields));
        }
        return records;
    }

    /**
     * Replaces the batch's undo data here with the record's. A call the batch rewrote that is not in this database
     * has nothing to put back and is left out; the audit entry is linked by {@link #linkAudit} once it is here.
     */
    static void write(Connection c, PartRecord record, CaseTransferRepository.References refs) throws SQLException {
        Long batch = refs.id("import_batch", record.get("batch"));
        if (batch == null) {
            return;
        }
        Jdbc.update(c, "DELETE FROM import_batch_prior_call WHERE batch_id = ?", batch);
        for (List<String> prior : Folded.split(record.get("prior_calls"))) {
            Long call = refs.id("traced_call", prior.get(0));
            if (call != null) {
                Jdbc.update(c, "INSERT INTO import_batch_prior_call (batch_id, traced_call_id, snapshot) VALUES (?, ?, ?)",
                        batch, call, local(prior.get(1), call, refs));
            }
        }
    }

    /**
     * The providers and campaigns the case's batches created that are still here. (Spellings and merges an import
     * added belong to the database and do not travel.)
     */
    static List<PartRecord> readCreated(Connection c, long caseId, CaseKeyedParts.Uids uids) throws SQLException {
        List<PartRecord> records = new ArrayList<>();
        for (String[] row : Jdbc.query(c, """
                SELECT b.id, k.kind, k.entity_id FROM import_batch_created k JOIN import_batch b ON b.id = k.batch_id
                WHERE b.case_id = ? AND k.kind IN ('provider', 'campaign') ORDER BY b.id, k.kind, k.entity_id""",
                r -> new String[] {uids.of("import_batch", r.getLong(1)), r.getString(2), uids.of(r.getString(2), r.getLong(3))},
                caseId)) {
            if (row[2] == null) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("batch", row[0]);
            fields.put("kind", row[1]);
            fields.put("record", row[2]);
            records.add(new PartRecord(CaseKeyedParts.identity(row[0], CasePart.IMPORT_CREATED, row[1] + "/" + row[2]), fields));
        }
        return records;
    }

    /** Records that the batch created the provider or campaign, unless this database already knows it did. */
    static boolean writeCreated(Connection c, PartRecord record, CaseTransferRepository.References refs) throws SQLException {
        String kind = record.get("kind");
        Long batch = refs.id("import_batch", record.get("batch"));
        Long entity = "provider".equals(kind) || "campaign".equals(kind) ? refs.id(kind, record.get("record")) : null;
        if (batch == null || entity == null || Jdbc.count(c,
                "SELECT COUNT(*) FROM import_batch_created WHERE batch_id = ? AND kind = ? AND entity_id = ?", batch, kind, entity) > 0) {
            return false;
        }
        Jdbc.update(c, "INSERT INTO import_batch_created (batch_id, kind, entity_id) VALUES (?, ?, ?)", batch, kind, entity);
        return true;
    }

    /** Points a copied batch at its import's audit entry here, when it has none yet and the entry is here. */
    static void linkAudit(Connection c, String batchUid, String auditUid) throws SQLException {
        if (batchUid == null || auditUid == null) {
            return;
        }
        Jdbc.update(c, """
                UPDATE import_batch SET audit_log_id = (SELECT id FROM audit_log WHERE uid = ?)
                WHERE uid = ? AND audit_log_id IS NULL AND EXISTS (SELECT 1 FROM audit_log WHERE uid = ?)""",
                auditUid, batchUid, auditUid);
    }

    /** The identities of the records of {@code table} that the carried snapshots name. */
    static Set<String> named(List<PartRecord> undo, String table) {
        Set<String> found = new LinkedHashSet<>();
        for (PartRecord record : undo) {
            for (List<String> prior : Folded.split(record.get("prior_calls"))) {
                for (String line : prior.get(1).split("\n", -1)) {
                    String[] cells = cells(line);
                    REFERENCES.getOrDefault(cells[0], Map.of()).forEach((column, refersTo) -> {
                        if (refersTo.equals(table) && column < cells.length && cells[column] != null) {
                            found.add(cells[column]);
                        }
                    });
                }
            }
        }
        return found;
    }

    private static String portable(String snapshot, CaseKeyedParts.Uids uids) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (String line : snapshot.split("\n", -1)) {
            String[] cells = cells(line);
            for (Map.Entry<Integer, String> ref : REFERENCES.getOrDefault(cells[0], Map.of()).entrySet()) {
                int column = ref.getKey();
                if (column < cells.length && cells[column] != null) {
                    cells[column] = uids.of(ref.getValue(), Long.parseLong(cells[column]));
                }
            }
            if (cells[0].equals("hop")) {
                cells[HOP_ID] = null;
            }
            lines.add(line(cells));
        }
        return String.join("\n", lines);
    }

    private static String local(String portable, long callId, CaseTransferRepository.References refs) {
        List<String> lines = new ArrayList<>();
        for (String line : portable.split("\n", -1)) {
            String[] cells = cells(line);
            for (Map.Entry<Integer, String> ref : REFERENCES.getOrDefault(cells[0], Map.of()).entrySet()) {
                int column = ref.getKey();
                if (column < cells.length && cells[column] != null) {
                    Long id = refs.id(ref.getValue(), cells[column]);
                    cells[column] = id == null ? null : id.toString();
                }
            }
            if (cells[0].equals("call")) {
                cells[1] = Long.toString(callId);
            }
            if (cells[0].equals("hop") && cells.length > HOP_UID && cells[HOP_UID] != null) {
                // The hop keeps its id here if this database has it; otherwise the undo gives it a new one.
                Long id = refs.id("hop", cells[HOP_UID]);
                cells[HOP_ID] = id == null ? null : id.toString();
            }
            lines.add(line(cells));
        }
        return String.join("\n", lines);
    }

    private static String[] cells(String line) {
        String[] cells = line.split("\t", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = Folded.unescape(cells[i]);
        }
        return cells;
    }

    private static String line(String[] cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(Folded.escape(cells[i]));
        }
        return out.toString();
    }
}
