package org.tracebench.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.tracebench.model.CaseResponse;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/** Responses received on cases. */
public final class ResponseRepository {

    private final Database database;

    public ResponseRepository(Database database) {
        this.database = database;
    }

    public CaseResponse insert(CaseResponse r) {
        return database.withConnection(c -> {
            long id = Jdbc.insert(c, """
                    INSERT INTO case_response (case_id, received_on, summary, attachment_path, notice_id)
                    VALUES (?, ?, ?, ?, ?)""", r.caseId(), r.receivedOn(), r.summary(), r.attachmentPath(), r.noticeId());
            return new CaseResponse(id, r.caseId(), r.receivedOn(), r.summary(), r.attachmentPath(), r.noticeId());
        });
    }

    public void update(CaseResponse r) {
        database.withConnection(c -> Jdbc.update(c, """
                UPDATE case_response SET received_on = ?, summary = ?, attachment_path = ?, notice_id = ? WHERE id = ?""",
                r.receivedOn(), r.summary(), r.attachmentPath(), r.noticeId(), r.id()));
    }

    public void delete(long id) {
        database.withConnection(c -> Jdbc.update(c, "DELETE FROM case_response WHERE id = ?", id));
    }

    /** The response as stored now, its row locked until the transaction ends. */
    public java.util.Optional<CaseResponse> findForUpdate(long id) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT * FROM case_response WHERE id = ? FOR UPDATE",
                ResponseRepository::map, id));
    }

    public List<CaseResponse> findByCase(long caseId) {
        return database.withConnection(c -> Jdbc.query(c,
                "SELECT * FROM case_response WHERE case_id = ? ORDER BY received_on, id", ResponseRepository::map, caseId));
    }

    public List<CaseResponse> findAll() {
        return database.withConnection(c -> Jdbc.query(c, "SELECT * FROM case_response ORDER BY received_on, id",
                ResponseRepository::map));
    }

    private static CaseResponse map(ResultSet r) throws SQLException {
        return new CaseResponse(r.getLong("id"), r.getLong("case_id"), Jdbc.date(r, "received_on"), r.getString("summary"),
                r.getString("attachment_path"), Jdbc.nullableLong(r, "notice_id"));
    }
}
