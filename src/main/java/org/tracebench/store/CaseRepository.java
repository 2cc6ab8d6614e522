package org.tracebench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseStatus;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.Contact;
import org.tracebench.model.LetterKind;

/** Enforcement cases. Deleting a case removes its traced calls, notices and deadlines with it. */
public final class CaseRepository {

    private static final String SUMMARY_SELECT = """
            SELECT c.*, p.name AS target_name
            FROM case_file c LEFT JOIN provider p ON p.id = c.target_provider_id""";

    private final Database database;

    public CaseRepository(Database database) {
        this.database = database;
    }

    public CaseFile insert(CaseFile caseFile) {
        return database.withConnection(c -> {
            Contact r = caseFile.recipient();
            long id = Jdbc.insert(c, """
                    INSERT INTO case_file (case_key, title, target_provider_id, issuing_office, letter_kind, status,
                        opened_on, letter_date, signatory, recipient_person, recipient_title, recipient_address,
                        recipient_emails, recipient_phone, notes, sample)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    caseFile.key(), caseFile.title(), caseFile.targetProviderId(), caseFile.issuingOffice(),
                    caseFile.letterKind(), caseFile.status(), caseFile.openedOn(), caseFile.letterDate(),
                    caseFile.signatory(), r.person(), r.title(), r.address(), Jdbc.joinLines(r.emails()), r.phone(),
                    caseFile.notes(), caseFile.sample());
            return caseFile.withId(id);
        });
    }

    public void update(CaseFile caseFile) {
        database.withConnection(c -> {
            Contact r = caseFile.recipient();
            return Jdbc.update(c, """
                    UPDATE case_file SET case_key = ?, title = ?, target_provider_id = ?, issuing_office = ?,
                        letter_kind = ?, status = ?, opened_on = ?, letter_date = ?, signatory = ?, recipient_person = ?,
                        recipient_title = ?, recipient_address = ?, recipient_emails = ?, recipient_phone = ?, notes = ?
                    WHERE id = ?""",
                    caseFile.key(), caseFile.title(), caseFile.targetProviderId(), caseFile.issuingOffice(),
                    caseFile.letterKind(), caseFile.status(), caseFile.openedOn(), caseFile.letterDate(),
                    caseFile.signatory(), r.person(), r.title(), r.address(), Jdbc.joinLines(r.emails()), r.phone(),
                    caseFile.notes(), caseFile.id());
        });
    }

    public void delete(long id) {
        database.withConnection(c -> Jdbc.update(c, "DELETE FROM case_file WHERE id = ?", id));
    }

    public Optional<CaseFile> find(long id) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT * FROM case_file WHERE id = ?", CaseRepository::map, id));
    }

    /**
     * The case as committed now, its row locked until the caller's transaction ends: a concurrent save of the
     * same case waits, then sees this one's result (the check-then-write of an edit cannot interleave).
     */
    public Optional<CaseFile> findForUpdate(long id) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT * FROM case_file WHERE id = ? FOR UPDATE",
                CaseRepository::map, id));
    }

    public Optional<CaseFile> findByKey(String key) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT * FROM case_file WHERE case_key = ?",
                CaseRepository::map, key));
    }

    /** A case by numeric id or by key, as typed on the command line. */
    public Optional<CaseFile> findByIdOrKey(String idOrKey) {
        if (idOrKey != null && idOrKey.matches("\\d+")) {
            Optional<CaseFile> byId = find(Long.parseLong(idOrKey));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return findByKey(idOrKey);
    }

    public List<CaseFile> findAll() {
        return database.withConnection(c -> Jdbc.query(c, "SELECT * FROM case_file ORDER BY id", CaseRepository::map));
    }

    public List<CaseSummary> summaries() {
        return database.withConnection(c -> Jdbc.query(c, SUMMARY_SELECT + " ORDER BY c.id", row ->
                new CaseSummary(map(row), row.getString("target_name"), row.getInt("call_count"))));
    }

    public int count() {
        return database.withConnection(c -> (int) Jdbc.count(c, "SELECT COUNT(*) FROM case_file"));
    }

    static CaseFile map(ResultSet row) throws SQLException {
        Contact recipient = new Contact(row.getString("recipient_person"), row.getString("recipient_title"),
                row.getString("recipient_address"), Jdbc.splitLines(row.getString("recipient_emails")),
                row.getString("recipient_phone"));
        return new CaseFile(row.getLong("id"), row.getString("case_key"), row.getString("title"),
                Jdbc.nullableLong(row, "target_provider_id"), row.getString("issuing_office"),
                Jdbc.enumOf(LetterKind.class, row, "letter_kind"), Jdbc.enumOf(CaseStatus.class, row, "status"),
                Jdbc.date(row, "opened_on"), Jdbc.date(row, "letter_date"), row.getString("signatory"), recipient,
                row.getString("notes"), row.getBoolean("sample"));
    }
}
