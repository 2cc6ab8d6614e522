package org.tracebench.cases;

import java.util.ArrayList;
import java.util.List;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/** The cases each provider appears in, and how. */
public final class ProviderCases {

    private final Database database;
    private final CaseRepository cases;

    public ProviderCases(Database database, CaseRepository cases) {
        this.database = database;
        this.cases = cases;
    }

    public List<ProviderCase> casesOf(long providerId) {
        record Row(long caseId, boolean target, int inPaths, int asCustomer) {
        }
        List<Row> rows = database.withConnection(c -> Jdbc.query(c, """
                SELECT c.id, c.target_provider_id,
                  (SELECT COUNT(DISTINCT h.traced_call_id) FROM hop h JOIN traced_call t ON t.id = h.traced_call_id
                     WHERE t.case_id = c.id AND h.provider_id = ?) AS in_paths,
                  (SELECT COUNT(DISTINCT k.traced_call_id) FROM traced_call_customer k JOIN traced_call t ON t.id = k.traced_call_id
                     WHERE t.case_id = c.id AND k.provider_id = ?) AS as_customer
                FROM case_file c ORDER BY c.id""",
                r -> new Row(r.getLong(1), Long.valueOf(providerId).equals(Jdbc.nullableLong(r, "target_provider_id")),
                        r.getInt("in_paths"), r.getInt("as_customer")), providerId, providerId));
        List<ProviderCase> result = new ArrayList<>();
        for (Row row : rows) {
            if (row.target() || row.inPaths() > 0 || row.asCustomer() > 0) {
                cases.find(row.caseId()).ifPresent(f -> result.add(new ProviderCase(f, row.target(), row.inPaths(), row.asCustomer())));
            }
        }
        return result;
    }
}
