package org.tracebench.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.tracebench.model.AuditEntry;

/**
 * The append-only audit log. There is deliberately no update or delete: entries are written in the
 * same transaction as the change they describe and are never rewritten.
 */
public final class AuditLog {

    private final Database database;
    private final String actor;
    private final Clock clock;

    public AuditLog(Database database, String actor, Clock clock) {
        this.database = database;
        this.actor = actor;
        this.clock = clock;
    }

    /** Who the entries written through this log are attributed to. */
    public String actor() {
        return actor;
    }

    public void record(String entity, Long entityId, String action, String detail) {
        database.withConnection(c -> Jdbc.insert(c,
                "INSERT INTO audit_log (at, actor, entity, entity_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)",
                Instant.now(clock), actor, entity, entityId, action, detail));
    }

    public List<AuditEntry> latest(int limit) {
        return database.withConnection(c -> Jdbc.query(c,
                "SELECT * FROM audit_log ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                AuditLog::map));
    }

    public List<AuditEntry> forEntity(String entity, long entityId) {
        return database.withConnection(c -> Jdbc.query(c,
                "SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id",
                AuditLog::map, entity, entityId));
    }

    private static AuditEntry map(java.sql.ResultSet row) throws java.sql.SQLException {
        return new AuditEntry(row.getLong("id"), Jdbc.instant(row, "at"), row.getString("actor"),
                row.getString("entity"), Jdbc.nullableLong(row, "entity_id"), row.getString("action"),
                row.getString("detail"));
    }
}
