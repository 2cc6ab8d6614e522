package org.tracebench.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tracebench.model.AuditEntry;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/** Read-only queries over the audit log for its viewer. Writing stays with store.AuditLog (append only). */
public final class AuditQueries {

    private final Database database;
    private final Clock clock;

    public AuditQueries(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public List<AuditEntry> find(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" AND actor = ?");
            params.add(filter.actor().strip());
        }
        if (filter.entity() != null && !filter.entity().isBlank()) {
            sql.append(" AND entity = ?");
            params.add(filter.entity().strip());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" AND (LOWER(action) LIKE ? OR LOWER(detail) LIKE ?)");
            String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
            params.add(like);
            params.add(like);
        }
        if (filter.from() != null) {
            sql.append(" AND at >= ?");
            params.add(startOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND at < ?");
            params.add(startOf(filter.to().plusDays(1)));
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(Math.max(1, filter.limit())).append(" ROWS ONLY");
        return database.withConnection(c -> Jdbc.query(c, sql.toString(), r -> new AuditEntry(r.getLong("id"),
                Jdbc.instant(r, "at"), r.getString("actor"), r.getString("entity"), Jdbc.nullableLong(r, "entity_id"),
                r.getString("action"), r.getString("detail")), params.toArray()));
    }

    public List<String> actors() {
        return database.withConnection(c -> Jdbc.query(c, "SELECT DISTINCT actor FROM audit_log ORDER BY actor", r -> r.getString(1)));
    }

    public List<String> entities() {
        return database.withConnection(c -> Jdbc.query(c, "SELECT DISTINCT entity FROM audit_log ORDER BY entity", r -> r.getString(1)));
    }

    private java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
