package org.tracebench.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.tracebench.model.Office;
import org.tracebench.model.Signatory;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/** Issuing offices, their signatories and which office and signatory a case uses (tables of V13). */
public final class OfficeRepository {

    /** A case's chosen office and signatory; either may be null. */
    public record Assignment(Long officeId, Long signatoryId) {
    }

    private static final String OFFICE_COLUMNS =
            "id, office_key, name_lines, header_right, address, phone, email, web, logo_png, sample";
    private static final String SIGNATORY_COLUMNS =
            "id, office_id, person_name, title, office_lines, sample";

    private final Database database;

    public OfficeRepository(Database database) {
        this.database = database;
    }

    public List<Office> offices() {
        return database.withConnection(c -> Jdbc.query(c,
                "SELECT " + OFFICE_COLUMNS + " FROM issuing_office ORDER BY office_key", OfficeRepository::office));
    }

    public Optional<Office> office(long id) {
        return database.withConnection(c -> Jdbc.queryOne(c,
                "SELECT " + OFFICE_COLUMNS + " FROM issuing_office WHERE id = ?", OfficeRepository::office, id));
    }

    public Optional<Office> officeByKey(String key) {
        return database.withConnection(c -> Jdbc.queryOne(c,
                "SELECT " + OFFICE_COLUMNS + " FROM issuing_office WHERE office_key = ?", OfficeRepository::office, key));
    }

    public Office insert(Office office) {
        long id = database.withConnection(c -> Jdbc.insert(c, """
                INSERT INTO issuing_office (office_key, name_lines, header_right, address, phone, email, web, logo_png, sample)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", office.key(), Jdbc.joinLines(office.nameLines()),
                Jdbc.joinLines(office.headerRight()), Jdbc.joinLines(office.address()), office.phone(), office.email(),
                office.web(), encode(office.logoPng()), office.sample()));
        return office.withId(id);
    }

    public void update(Office office) {
        database.withConnection(c -> Jdbc.update(c, """
                UPDATE issuing_office SET office_key = ?, name_lines = ?, header_right = ?, address = ?, phone = ?,
                    email = ?, web = ?, logo_png = ? WHERE id = ?""", office.key(), Jdbc.joinLines(office.nameLines()),
                Jdbc.joinLines(office.headerRight()), Jdbc.joinLines(office.address()), office.phone(), office.email(),
                office.web(), encode(office.logoPng()), office.id()));
    }

    public void deleteOffice(long id) {
        database.withConnection(c -> Jdbc.update(c, "DELETE FROM issuing_office WHERE id = ?", id));
    }

    public List<Signatory> signatories(long officeId) {
        return database.withConnection(c -> Jdbc.query(c, "SELECT " + SIGNATORY_COLUMNS
                + " FROM signatory WHERE office_id = ? ORDER BY person_name, id", OfficeRepository::signatory, officeId));
    }

    public Optional<Signatory> signatory(long id) {
        return database.withConnection(c -> Jdbc.queryOne(c,
                "SELECT " + SIGNATORY_COLUMNS + " FROM signatory WHERE id = ?", OfficeRepository::signatory, id));
    }

    public Signatory insert(Signatory signatory) {
        long id = database.withConnection(c -> Jdbc.insert(c, """
                INSERT INTO signatory (office_id, person_name, title, office_lines, sample)
                VALUES (?, ?, ?, ?, ?)""", signatory.officeId(), signatory.name(), signatory.title(),
                Jdbc.joinLines(signatory.officeLines()), signatory.sample()));
        return signatory.withId(id);
    }

    public void update(Signatory signatory) {
        database.withConnection(c -> Jdbc.update(c, """
                UPDATE signatory SET office_id = ?, person_name = ?, title = ?, office_lines = ? WHERE id = ?""",
                signatory.officeId(), signatory.name(), signatory.title(), Jdbc.joinLines(signatory.officeLines()),
                signatory.id()));
    }

    public void deleteSignatory(long id) {
        database.withConnection(c -> Jdbc.update(c, "DELETE FROM signatory WHERE id = ?", id));
    }

    public Optional<Assignment> assignment(long caseId) {
        return database.withConnection(c -> Jdbc.queryOne(c,
                "SELECT office_id, signatory_id FROM case_office WHERE case_id = ?",
                r -> new Assignment(Jdbc.nullableLong(r, "office_id"), Jdbc.nullableLong(r, "signatory_id")), caseId));
    }

    public void assign(long caseId, Long officeId, Long signatoryId) {
        database.inTransaction(() -> database.withConnection(c -> {
            Jdbc.update(c, "DELETE FROM case_office WHERE case_id = ?", caseId);
            Jdbc.update(c, "INSERT INTO case_office (case_id, office_id, signatory_id) VALUES (?, ?, ?)",
                    caseId, officeId, signatoryId);
            return null;
        }));
    }

    private static Office office(ResultSet r) throws SQLException {
        return new Office(r.getLong("id"), r.getString("office_key"), Jdbc.splitLines(r.getString("name_lines")),
                Jdbc.splitLines(r.getString("header_right")), Jdbc.splitLines(r.getString("address")),
                r.getString("phone"), r.getString("email"), r.getString("web"), decode(r.getString("logo_png")),
                r.getBoolean("sample"));
    }

    private static Signatory signatory(ResultSet r) throws SQLException {
        return new Signatory(r.getLong("id"), r.getLong("office_id"), r.getString("person_name"), r.getString("title"),
                Jdbc.splitLines(r.getString("office_lines")), r.getBoolean("sample"));
    }

    // Images are kept as base64 text so one column type works on H2 and PostgreSQL alike (see V13).
    private static String encode(byte[] png) {
        return png == null ? null : Base64.getEncoder().encodeToString(png);
    }

    private static byte[] decode(String stored) {
        return stored == null || stored.isBlank() ? null : Base64.getDecoder().decode(stored);
    }
}
