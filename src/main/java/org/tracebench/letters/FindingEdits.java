package org.tracebench.letters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracebench.store.AuditLog;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/**
 * The attorney's edits to a case's computed findings (table letter_finding_edit): dropped or reworded. Each save
 * or reset writes an audit line on the case in its transaction, so other users' screens see it (decision 0720).
 */
public final class FindingEdits {

    private record Edit(boolean included, String title, String body) {
    }

    private final Database database;
    private final AuditLog audit;

    public FindingEdits(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    /** The computed findings with the saved edits applied. */
    public List<Finding> apply(long caseId, List<Finding> computed) {
        Map<String, Edit> edits = new LinkedHashMap<>();
        database.withConnection(c -> Jdbc.query(c,
                "SELECT finding_key, included, title, body FROM letter_finding_edit WHERE case_id = ?",
                r -> edits.put(r.getString(1), new Edit(r.getBoolean(2), r.getString(3), r.getString(4))), caseId));
        List<Finding> result = new ArrayList<>();
        for (Finding finding : computed) {
            Edit edit = edits.get(finding.key());
            result.add(edit == null ? finding : finding.withEdit(edit.included(), edit.title(), edit.body()));
        }
        return result;
    }

    public void save(long caseId, Finding finding) {
        database.inTransaction(() -> database.withConnection(c -> {
            Jdbc.update(c, "DELETE FROM letter_finding_edit WHERE case_id = ? AND finding_key = ?", caseId, finding.key());
            Jdbc.update(c, "INSERT INTO letter_finding_edit (case_id, finding_key, included, title, body) VALUES (?, ?, ?, ?, ?)",
                    caseId, finding.key(), finding.included(), finding.title(), finding.text());
            audit.record("case", caseId, "finding-edited", finding.key());
            return null;
        }));
    }

    /** Forgets the edit so the computed finding applies again. */
    public void reset(long caseId, String findingKey) {
        database.inTransaction(() -> {
            database.withConnection(c -> Jdbc.update(c,
                    "DELETE FROM letter_finding_edit WHERE case_id = ? AND finding_key = ?", caseId, findingKey));
            audit.record("case", caseId, "finding-reset", findingKey);
        });
    }
}
