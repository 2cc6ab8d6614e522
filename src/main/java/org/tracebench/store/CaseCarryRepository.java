package org.tracebench.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracebench.model.PartRecord;

/**
 * Writes what a moved case needs beside its own records (decisions 0715, 0716): the parts keyed by their owner and
 * a name (the case's office and signatory, letter fields, finding edits, import-batch undo data), what a copied
 * import batch created, and the lookups that find an office by key and a signatory by name so a case never doubles
 * them. {@link CaseTransferRepository} reads and writes the records that carry their own identity. Every method runs
 * on the caller's transaction when there is one.
 */
public final class CaseCarryRepository {

    private final Database database;

    public CaseCarryRepository(Database database) {
        this.database = database;
    }

    /** Writes a record of a part keyed by its owner and a name over what this database keeps under that key. */
    public void put(CasePart part, PartRecord record, long caseId, CaseTransferRepository.References refs) {
        database.withConnection(c -> {
            CaseKeyedParts.write(c, part, record, caseId, refs);
            return null;
        });
    }

    /** Records that an import batch created a provider or campaign; false when this database already knew it. */
    public boolean addCreated(PartRecord record, CaseTransferRepository.References refs) {
        return database.withConnection(c -> ImportUndoPart.writeCreated(c, record, refs));
    }

    /** Links a copied import batch to its import's audit entry once that entry is here (decision 0716). */
    public void linkImportAudit(String batchUid, String auditUid) {
        database.withConnection(c -> {
            ImportUndoPart.linkAudit(c, batchUid, auditUid);
            return null;
        });
    }

    /** The office filed under this key (how an import finds an office: decision 0715). */
    public Optional<Long> officeByKey(String key) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT id FROM issuing_office WHERE office_key = ?",
                r -> r.getLong(1), key));
    }

    /** The office's signatory of this name (how an import finds a signatory). */
    public Optional<Long> signatoryByName(long officeId, String name) {
        return database.withConnection(c -> Jdbc.query(c,
                "SELECT id FROM signatory WHERE office_id = ? AND person_name = ? ORDER BY id", r -> r.getLong(1), officeId, name))
                .stream().findFirst();
    }

    /** The columns of an office that make its letterhead, named as in a case file's offices part. */
    public static final List<String> LETTERHEAD = List.of("name_lines", "header_right", "address", "phone", "email", "web",
            "logo_png");

    /** The office's letterhead here, in a case file's text form, under {@code uid}. */
    public PartRecord letterhead(long officeId, String uid) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT " + String.join(", ", LETTERHEAD)
                + " FROM issuing_office WHERE id = ?", r -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (String column : LETTERHEAD) {
                        fields.put(column, r.getString(column));
                    }
                    return new PartRecord(uid, fields);
                }, officeId).orElseThrow());
    }

    /** Writes the letterhead fields of {@code letterhead} over the office's (a conflict decided for the file's side). */
    public void writeLetterhead(long officeId, PartRecord letterhead) {
        List<String> sets = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (String column : LETTERHEAD) {
            sets.add(column + " = ?");
            values.add(letterhead.get(column));
        }
        values.add(officeId);
        database.withConnection(c -> Jdbc.update(c, "UPDATE issuing_office SET " + String.join(", ", sets) + " WHERE id = ?",
                values.toArray()));
    }
}
