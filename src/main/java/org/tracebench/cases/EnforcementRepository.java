package org.tracebench.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.tracebench.model.EnforcementAction;
import org.tracebench.model.EnforcementKind;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/** The enforcement history of providers: notices, cease-and-desist letters, K4 notices, removal orders. */
public final class EnforcementRepository {

    private final Database database;

    public EnforcementRepository(Database database) {
        this.database = database;
    }

    public EnforcementAction insert(EnforcementAction a) {
        return database.withConnection(c -> {
            long id = Jdbc.insert(c, """
                    INSERT INTO enforcement_action (provider_id, kind, action_date, file_number, issued_by, summary, case_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", a.providerId(), a.kind(), a.date(), a.fileNumber(), a.issuedBy(),
                    a.summary(), a.caseId());
            return new EnforcementAction(id, a.providerId(), a.kind(), a.date(), a.fileNumber(), a.issuedBy(), a.summary(),
                    a.caseId());
        });
    }

    public void delete(long id) {
        database.withConnection(c -> Jdbc.update(c, "DELETE FROM enforcement_action WHERE id = ?", id));
    }

    /** The action as stored now, its row locked until the transaction ends (a checked delete, decision 0709). */
    public java.util.Optional<EnforcementAction> findForUpdate(long id) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT * FROM enforcement_action WHERE id = ? FOR UPDATE",
                EnforcementRepository::map, id));
    }

    /**
     * The provider's whole history, oldest first: the actions recorded for it (K4 notices, removal orders,
     * letters sent outside Tracebench) and the notices sent on cases that target it. A notice appears with
     * id 0 and its case id: it is changed on its case, not here.
     */
    public List<EnforcementAction> historyOf(long providerId) {
        List<EnforcementAction> all = new java.util.ArrayList<>(findByProvider(providerId));
        all.addAll(database.withConnection(c -> Jdbc.query(c, """
                SELECT n.sent_on, n.file_number, n.template, c.id AS case_id, c.title, c.letter_kind, c.issuing_office
                FROM notice n JOIN case_file c ON c.id = n.case_id WHERE c.target_provider_id = ?""",
                r -> new EnforcementAction(0, providerId,
                        CaseEditor.kindOf(Jdbc.enumOf(org.tracebench.model.LetterKind.class, r, "letter_kind")),
                        Jdbc.date(r, "sent_on"), r.getString("file_number"), firstLine(r.getString("issuing_office")),
                        r.getString("title") + " · " + r.getString("template"), r.getLong("case_id")), providerId)));
        all.sort(java.util.Comparator.comparing(EnforcementAction::date));
        return all;
    }

    private static String firstLine(String text) {
        return text == null ? null : text.lines().findFirst().orElse(null);
    }

    public List<EnforcementAction> findByProvider(long providerId) {
        return database.withConnection(c -> Jdbc.query(c,
                "SELECT * FROM enforcement_action WHERE provider_id = ? ORDER BY action_date, id",
                EnforcementRepository::map, providerId));
    }

    private static EnforcementAction map(ResultSet r) throws SQLException {
        return new EnforcementAction(r.getLong("id"), r.getLong("provider_id"), Jdbc.enumOf(EnforcementKind.class, r, "kind"),
                Jdbc.date(r, "action_date"), r.getString("file_number"), r.getString("issued_by"), r.getString("summary"),
                Jdbc.nullableLong(r, "case_id"));
    }
}
