package org.tracebench.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/**
 * What other people have written lately, read from the audit log: every committed change to a case writes its
 * audit line in the same transaction, so a new line is a change someone made. A screen asks every few seconds
 * with the cursor of its last question and reloads only what moved.
 *
 * <p>Audit ids come from a sequence and are handed out when a line is written, not when its transaction
 * commits: on a server a long transaction may commit a line numbered below one already seen. So the cursor
 * keeps the ids of the last {@link #WINDOW} numbers and each question reads that window again; a line that
 * commits late but within the window is still reported once.
 */
public final class CaseChanges {

    /** How far below the highest id seen a late commit is still caught. */
    static final int WINDOW = 200;

    private final Database database;

    public CaseChanges(Database database) {
        this.database = database;
    }

    /** Where a reader stands: the highest audit id seen and the ids seen within the window below it. */
    public record Cursor(long highest, Set<Long> recent) {

        public Cursor {
            recent = Set.copyOf(recent);
        }
    }

    /**
     * What one question found: the cursor for the next one, whether anything was written at all, and the ids
     * of the cases whose audit lines appeared (a case's facts, responses, deadlines and letters log as the case).
     */
    public record Poll(Cursor next, boolean anything, Set<Long> cases) {
    }

    private record Line(long id, String entity, Long entityId) {
    }

    /** A cursor standing at what is in the log now: the first poll from it reports only later changes. */
    public Cursor start() {
        return poll(null).next();
    }

    /** The changes committed since {@code from} (null: none reported, the cursor is set). One indexed query. */
    public Poll poll(Cursor from) {
        long floor = from == null ? Long.MIN_VALUE : from.highest() - WINDOW;
        List<Line> lines = database.withConnection(c -> from == null
                ? Jdbc.query(c, "SELECT id, entity, entity_id FROM audit_log WHERE id > "
                        + "(SELECT COALESCE(MAX(id), 0) FROM audit_log) - " + WINDOW, CaseChanges::line)
                : Jdbc.query(c, "SELECT id, entity, entity_id FROM audit_log WHERE id > ?", CaseChanges::line, floor));
        Set<Long> seen = from == null ? Set.of() : from.recent();
        Set<Long> cases = new TreeSet<>();
        boolean anything = false;
        long highest = from == null ? 0 : from.highest();
        for (Line line : lines) {
            highest = Math.max(highest, line.id());
            if (from != null && !seen.contains(line.id())) {
                anything = true;
                if ("case".equals(line.entity()) && line.entityId() != null) {
                    cases.add(line.entityId());
                }
            }
        }
        Set<Long> recent = new HashSet<>();
        for (Line line : lines) {
            if (line.id() > highest - WINDOW) {
                recent.add(line.id());
            }
        }
        return new Poll(new Cursor(highest, recent), anything, cases);
    }

    private static Line line(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Line(r.getLong(1), r.getString(2), Jdbc.nullableLong(r, "entity_id"));
    }
}
