package org.tracebench.store;

import java.util.List;
import org.tracebench.model.CaseFact;

/** The fact chronology of cases. */
public final class CaseFactRepository {

    private final Database database;

    public CaseFactRepository(Database database) {
        this.database = database;
    }

    public CaseFact insert(CaseFact fact) {
        return database.withConnection(c -> {
            long id = Jdbc.insert(c, "INSERT INTO case_fact (case_id, fact_date, fact, source, disputed) VALUES (?, ?, ?, ?, ?)",
                    fact.caseId(), fact.date(), fact.fact(), fact.source(), fact.disputed());
            return new CaseFact(id, fact.caseId(), fact.date(), fact.fact(), fact.source(), fact.disputed());
        });
    }

    public List<CaseFact> findByCase(long caseId) {
        return database.withConnection(c -> Jdbc.query(c,
                "SELECT * FROM case_fact WHERE case_id = ? ORDER BY fact_date, id",
                r -> new CaseFact(r.getLong("id"), r.getLong("case_id"), Jdbc.date(r, "fact_date"), r.getString("fact"),
                        r.getString("source"), r.getBoolean("disputed")), caseId));
    }
}
