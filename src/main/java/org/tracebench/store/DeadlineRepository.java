package org.tracebench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.tracebench.model.Deadline;

/** Deadlines on cases, and the ones that fall due across all cases. */
public final class DeadlineRepository {

    private final Database database;

    public DeadlineRepository(Database database) {
        this.database = database;
    }

    public Deadline insert(Deadline deadline) {
        return database.withConnection(c -> {
            long id = Jdbc.insert(c, "INSERT INTO deadline (case_id, due_at, description, set_by, done) VALUES (?, ?, ?, ?, ?)",
                    deadline.caseId(), deadline.due(), deadline.description(), deadline.setBy(), deadline.done());
            return new Deadline(id, deadline.caseId(), deadline.due(), deadline.description(), deadline.setBy(),
                    deadline.done());
        });
    }

    /**
     * Inserts a deadline set by a notice (a letter sent), linked to it: a response to that notice closes it,
     * whatever its "set by" text says or later comes to say.
     */
    public Deadline insertSetBy(Deadline deadline, long noticeId) {
        return database.withConnection(c -> {
            long id = Jdbc.insert(c, """
                    INSERT INTO deadline (case_id, due_at, description, set_by, done, notice_id)
                    VALUES (?, ?, ?, ?, ?, ?)""", deadline.caseId(), deadline.due(), deadline.description(),
                    deadline.setBy(), deadline.done(), noticeId);
            return new Deadline(id, deadline.caseId(), deadline.due(), deadline.description(), deadline.setBy(),
                    deadline.done());
        });
    }

    /** An open deadline and the notice that set it ({@code null} when it is not linked to one). */
    public record OpenDeadline(Deadline deadline, Long noticeId) {
    }

    /** The open deadlines of a case, each with the notice it is linked to. */
    public List<OpenDeadline> openWithNotice(long caseId) {
        return database.withConnection(c -> Jdbc.query(c,
                "SELECT * FROM deadline WHERE case_id = ? AND done = FALSE ORDER BY due_at",
                r -> new OpenDeadline(map(r), Jdbc.nullableLong(r, "notice_id")), caseId));
    }

    public void markDone(long id, boolean done) {
        database.withConnection(c -> Jdbc.update(c, "UPDATE deadline SET done = ? WHERE id = ?", done, id));
    }

    public List<Deadline> findByCase(long caseId) {
        return database.withConnection(c -> Jdbc.query(c, "SELECT * FROM deadline WHERE case_id = ? ORDER BY due_at",
                DeadlineRepository::map, caseId));
    }

    /** Every open deadline across all cases, soonest (or most overdue) first. */
    public List<Deadline> open() {
        return database.withConnection(c -> Jdbc.query(c, "SELECT * FROM deadline WHERE done = FALSE ORDER BY due_at",
                DeadlineRepository::map));
    }

    private static Deadline map(ResultSet r) throws SQLException {
        return new Deadline(r.getLong("id"), r.getLong("case_id"), Jdbc.instant(r, "due_at"), r.getString("description"),
                r.getString("set_by"), r.getBoolean("done"));
    }
}
