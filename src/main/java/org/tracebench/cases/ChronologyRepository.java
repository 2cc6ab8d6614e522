package org.tracebench.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracebench.model.CaseFact;
import org.tracebench.store.CaseFactRepository;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/** Edits of a case's fact chronology and the links from facts to traced calls. */
public final class ChronologyRepository {

    private final Database database;
    private final CaseFactRepository facts;

    public ChronologyRepository(Database database, CaseFactRepository facts) {
        this.database = database;
        this.facts = facts;
    }

    public List<ChronologyEntry> findByCase(long caseId) {
        return database.withConnection(c -> {
            Map<Long, List<Long>> links = new HashMap<>();
            Jdbc.query(c, """
                    SELECT l.fact_id, l.traced_call_id FROM case_fact_call l JOIN case_fact f ON f.id = l.fact_id
                    WHERE f.case_id = ? ORDER BY l.traced_call_id""", row -> {
                        links.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getLong(2));
                        return null;
                    }, caseId);
            List<ChronologyEntry> result = new ArrayList<>();
            for (CaseFact fact : facts.findByCase(caseId)) {
                result.add(new ChronologyEntry(fact, links.getOrDefault(fact.id(), List.of())));
            }
            return result;
        });
    }

    /** The fact with its links as stored now, the fact's row locked until the transaction ends. */
    public java.util.Optional<ChronologyEntry> findForUpdate(long factId) {
        return database.withConnection(c -> {
            java.util.Optional<CaseFact> fact = Jdbc.queryOne(c, "SELECT * FROM case_fact WHERE id = ? FOR UPDATE",
                    r -> new CaseFact(r.getLong("id"), r.getLong("case_id"), Jdbc.date(r, "fact_date"), r.getString("fact"),
                            r.getString("source"), r.getBoolean("disputed")), factId);
            if (fact.isEmpty()) {
                return java.util.Optional.<ChronologyEntry>empty();
            }
            return java.util.Optional.of(new ChronologyEntry(fact.get(), Jdbc.query(c,
                    "SELECT traced_call_id FROM case_fact_call WHERE fact_id = ? ORDER BY traced_call_id",
                    r -> r.getLong(1), factId)));
        });
    }

    public CaseFact insert(CaseFact fact, List<Long> callIds) {
        return database.inTransaction(() -> {
            CaseFact stored = facts.insert(fact);
            link(stored.id(), callIds);
            return stored;
        });
    }

    public void update(CaseFact fact, List<Long> callIds) {
        database.inTransaction(() -> database.withConnection(c -> {
            Jdbc.update(c, "UPDATE case_fact SET fact_date = ?, fact = ?, source = ?, disputed = ? WHERE id = ?",
                    fact.date(), fact.fact(), fact.source(), fact.disputed(), fact.id());
            Jdbc.update(c, "DELETE FROM case_fact_call WHERE fact_id = ?", fact.id());
            link(fact.id(), callIds);
            return null;
        }));
    }

    public void delete(long factId) {
        database.withConnection(c -> Jdbc.update(c, "DELETE FROM case_fact WHERE id = ?", factId));
    }

    private void link(long factId, List<Long> callIds) {
        database.withConnection(c -> {
            for (Long callId : callIds.stream().distinct().toList()) {
                Jdbc.update(c, "INSERT INTO case_fact_call (fact_id, traced_call_id) VALUES (?, ?)", factId, callId);
            }
            return null;
        });
    }
}
