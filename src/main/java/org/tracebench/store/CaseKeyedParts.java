package org.tracebench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracebench.model.PartRecord;

/**
 * The parts of a case file whose rows have no id or stored identity of their own, only an owner (the case, or one
 * of its import batches) and a name: the case's chosen office, its letter fields, its finding edits and the undo
 * data of its import batches (decisions 0715, 0716). Their identity is the owner's identity and the name, the same
 * in every database; they are read and written by that key.
 */
final class CaseKeyedParts {

    /** The identity of a record of this database, by table and local id (null when there is no such record). */
    @FunctionalInterface
    interface Uids {
        String of(String table, long id) throws SQLException;
    }

    private CaseKeyedParts() {
    }

    /** A record's identity: its owner's identity, the part and the record's name within the owner. */
    static String identity(String ownerUid, CasePart part, String name) {
        return ownerUid + "/" + part.stem() + (name == null ? "" : "/" + name);
    }

    static List<PartRecord> read(Connection c, CasePart part, long caseId, Uids uids) throws SQLException {
        String caseUid = uids.of("case_file", caseId);
        List<PartRecord> records = new ArrayList<>();
        switch (part) {
            case CASE_OFFICE -> Jdbc.query(c, "SELECT office_id, signatory_id FROM case_office WHERE case_id = ?", r -> {
                Long office = Jdbc.nullableLong(r, "office_id");
                Long signatory = Jdbc.nullableLong(r, "signatory_id");
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("office", office == null ? null : uids.of("issuing_office", office));
                fields.put("signatory", signatory == null ? null : uids.of("signatory", signatory));
                return records.add(new PartRecord(identity(caseUid, part, null), fields));
            }, caseId);
            case LETTER_FIELDS -> Jdbc.query(c,
                    "SELECT field_name, field_value FROM case_letter_field WHERE case_id = ? ORDER BY field_name", r -> {
                        Map<String, String> fields = new LinkedHashMap<>();
                        fields.put("field_name", r.getString(1));
                        fields.put("field_value", r.getString(2));
                        return records.add(new PartRecord(identity(caseUid, part, r.getString(1)), fields));
                    }, caseId);
            case FINDING_EDITS -> Jdbc.query(c,
                    "SELECT finding_key, included, title, body FROM letter_finding_edit WHERE case_id = ? ORDER BY finding_key", r -> {
                        Map<String, String> fields = new LinkedHashMap<>();
                        fields.put("finding_key", r.getString(1));
                        fields.put("included", Boolean.toString(r.getBoolean(2)));
                        fields.put("title", r.getString(3));
                        fields.put("body", r.getString(4));
                        return records.add(new PartRecord(identity(caseUid, part, r.getString(1)), fields));
                    }, caseId);
            case IMPORT_UNDO -> records.addAll(ImportUndoPart.read(c, caseId, uids));
            case IMPORT_CREATED -> records.addAll(ImportUndoPart.readCreated(c, caseId, uids));
            default -> throw new IllegalArgumentException(part + " has identities of its own");
        }
        return records;
    }

    /** Writes the record over whatever this database holds under its key (an import decided it should). */
    static void write(Connection c, CasePart part, PartRecord record, long caseId, CaseTransferRepository.References refs)
            throws SQLException {
        switch (part) {
            case CASE_OFFICE -> {
                Jdbc.update(c, "DELETE FROM case_office WHERE case_id = ?", caseId);
                Jdbc.update(c, "INSERT INTO case_office (case_id, office_id, signatory_id) VALUES (?, ?, ?)", caseId,
                        refs.id("issuing_office", record.get("office")), refs.id("signatory", record.get("signatory")));
            }
            case LETTER_FIELDS -> {
                String name = record.get("field_name");
                Jdbc.update(c, "DELETE FROM case_letter_field WHERE case_id = ? AND field_name = ?", caseId, name);
                // The letters store no empty field (clearing one removes its row), so neither does an import.
                if (record.get("field_value") != null && !record.get("field_value").isBlank()) {
                    Jdbc.update(c, "INSERT INTO case_letter_field (case_id, field_name, field_value) VALUES (?, ?, ?)",
                            caseId, name, record.get("field_value"));
                }
            }
            case FINDING_EDITS -> {
                String key = record.get("finding_key");
                Jdbc.update(c, "DELETE FROM letter_finding_edit WHERE case_id = ? AND finding_key = ?", caseId, key);
                Jdbc.update(c, "INSERT INTO letter_finding_edit (case_id, finding_key, included, title, body) VALUES (?, ?, ?, ?, ?)",
                        caseId, key, Boolean.parseBoolean(record.get("included")), record.get("title"), record.get("body"));
            }
            case IMPORT_UNDO -> ImportUndoPart.write(c, record, refs);
            case IMPORT_CREATED -> ImportUndoPart.writeCreated(c, record, refs);
            default -> throw new IllegalArgumentException(part + " has identities of its own");
        }
    }
}
