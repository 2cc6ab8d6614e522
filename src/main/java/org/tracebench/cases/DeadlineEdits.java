package org.tracebench.cases;

import org.tracebench.model.Deadline;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/** The deadline changes the foundation's DeadlineRepository does not offer: editing and removing one. */
final class DeadlineEdits {

    private final Database database;

    DeadlineEdits(Database database) {
        this.database = database;
    }

    void update(Deadline d) {
        database.withConnection(c -> Jdbc.update(c,
                "UPDATE deadline SET due_at = ?, description = ?, set_by = ?, done = ? WHERE id = ?",
                d.due(), d.description(), d.setBy(), d.done(), d.id()));
    }

    void delete(long id) {
        database.withConnection(c -> Jdbc.update(c, "DELETE FROM deadline WHERE id = ?", id));
    }

    java.util.Optional<Deadline> find(long id) {
        return find(id, "");
    }

    /** As stored now, the row locked until the transaction ends, so a check-then-write cannot interleave. */
    java.util.Optional<Deadline> findForUpdate(long id) {
        return find(id, " FOR UPDATE");
    }

    private java.util.Optional<Deadline> find(long id, String lock) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT * FROM deadline WHERE id = ?" + lock,
                r -> new Deadline(r.getLong("id"), r.getLong("case_id"), Jdbc.instant(r, "due_at"), r.getString("description"),
                        r.getString("set_by"), r.getBoolean("done")), id));
    }
}
