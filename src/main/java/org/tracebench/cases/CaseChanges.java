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
     * of the cases whose audit lines appeared (a case's facts, responses, deadlines and letters log as the case),
     * of the single calls and providers whose lines appeared, and of the cases whose calls changed in bulk; and
     * whether a letter template or a citation was saved (they belong to no case: the Letters screen reads the
     * library again; decision 0720).
     */
    public record Poll(Cursor next, boolean anything, Set<Long> cases, Set<Long> calls, Set<Long> providers,
            Set<Long> callListsOf, boolean templates, boolean citations) {

        public Poll {
            cases = Set.copyOf(cases);
            calls = Set.copyOf(calls);
            providers = Set.copyOf(providers);
            callListsOf = Set.copyOf(callListsOf);
        }

        /** A poll that saw no template or citation saved. */
        public Poll(Cursor next, boolean anything, Set<Long> cases, Set<Long> calls, Set<Long> providers,
                Set<Long> callListsOf) {
            this(next, anything, cases, calls, providers, callListsOf, false, false);
        }

        /** Only the cases named (the Cases screen's view of a poll). */
        public Poll(Cursor next, boolean anything, Set<Long> cases) {
            this(next, anything, cases, Set.of(), Set.of(), Set.of());
        }

        /**
         * Whether the calls of {@code caseId} may have changed in ways the lines do not name row by row (an
         * import, an import undone, a case file brought in): a screen showing them reads them all again.
         */
        public boolean callListChanged(long caseId) {
            return callListsOf.contains(caseId);
        }
    }

    /**
     * The case actions that add or take away calls in bulk, logging the case and not each call. Edits of
     * single calls log the call ("traced_call"), so a screen can re-read just those rows.
     */
    private static final Set<String> BULK_CALL_ACTIONS = Set.of("import", "import-undone", "case-imported",
            "sample-loaded");

    private record Line(long id, String entity, Long entityId, String action) {
    }

    /** A cursor standing at what is in the log now: the first poll from it reports only later changes. */
    public Cursor start() {
        return poll(null).next();
    }

    /** The changes committed since {@code from} (null: none reported, the cursor is set). One indexed query. */
    public Poll poll(Cursor from) {
        long floor = from == null ? Long.MIN_VALUE : from.highest() - WINDOW;
        List<Line> lines = database.withConnection(c -> from == null
                ? Jdbc.query(c, "SELECT id, entity, entity_id, action FROM audit_log WHERE id > "
                        + "(SELECT COALESCE(MAX(id), 0) FROM audit_log) - " + WINDOW, CaseChanges::line)
                : Jdbc.query(c, "SELECT id, entity, entity_id, action FROM audit_log WHERE id > ?", CaseChanges::line, floor));
        Set<Long> seen = from == null ? Set.of() : from.recent();
        Set<Long> cases = new TreeSet<>();
        Set<Long> calls = new TreeSet<>();
        Set<Long> providers = new TreeSet<>();
        Set<Long> callLists = new TreeSet<>();
        boolean anything = false;
        boolean templates = false;
        boolean citations = false;
        long highest = from == null ? 0 : from.highest();
        for (Line line : lines) {
            highest = Math.max(highest, line.id());
            if (from != null && !seen.contains(line.id())) {
                anything = true;
                // The letter library's lines name no id: they are told apart by entity alone.
                templates |= "letter_template".equals(line.entity());
                citations |= "citation".equals(line.entity());
                if (line.entityId() == null) {
                    continue;
                }
                switch (line.entity()) {
                    case "case" -> {
                        cases.add(line.entityId());
                        if (BULK_CALL_ACTIONS.contains(line.action())) {
                            callLists.add(line.entityId());
                        }
                    }
                    case "traced_call" -> calls.add(line.entityId());
                    case "provider" -> providers.add(line.entityId());
                    default -> { }
                }
            }
        }
        Set<Long> recent = new HashSet<>();
        for (Line line : lines) {
            if (line.id() > highest - WINDOW) {
                recent.add(line.id());
            }
        }
        return new Poll(new Cursor(highest, recent), anything, cases, calls, providers, callLists, templates, citations);
    }

    private static Line line(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Line(r.getLong(1), r.getString(2), Jdbc.nullableLong(r, "entity_id"), r.getString(4));
    }
}
