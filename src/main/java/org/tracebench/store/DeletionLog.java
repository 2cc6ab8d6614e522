package org.tracebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What was deleted of a case's records that carry an identity (decision 0710): the identity, its part, its case,
 * when and by whom. Written on the caller's transaction just before the row goes, so a delete and its trace are
 * kept or rolled back together; a case file carries them so the other database can delete its copy too.
 */
public final class DeletionLog {

    /** One deleted record: its identity, part and case, when and by whom. */
    public record Deleted(String uid, CasePart part, String caseUid, Instant at, String by) {
    }

    private final Database database;
    private final String actor;
    private final Clock clock;

    public DeletionLog(Database database, String actor, Clock clock) {
        this.database = database;
        this.actor = actor;
        this.clock = clock;
    }

    /** Notes the record {@code id} of {@code part} as deleted now by this actor; call before deleting the row. */
    public void remember(CasePart part, long id) {
        rememberWhere(part, "t.id = ?", id);
    }

    /**
     * Notes the calls an import batch wrote, and the hops it wrote on calls it did not write, as deleted now
     * (an undone import); call before deleting the rows. Hops of a deleted call go with their call.
     */
    public void rememberBatch(long batchId) {
        rememberWhere(CasePart.CALLS, "t.import_batch_id = ?", batchId);
        rememberWhere(CasePart.HOPS, "t.import_batch_id = ? AND (k.import_batch_id IS NULL OR k.import_batch_id <> ?)",
                batchId, batchId);
    }

    /**
     * Notes the hops of call {@code callId} as deleted by import batch {@code batchId}, at its time and by its actor,
     * on the import's own connection: an "update" import is about to replace them with the file's hops, and the
     * other databases the case travels to must drop the old ones too. Call before deleting the rows.
     */
    public static void hopsReplaced(Connection c, long callId, long batchId) throws SQLException {
        String from = "hop t JOIN traced_call k ON k.id = t.traced_call_id JOIN case_file c ON c.id = k.case_id";
        Jdbc.update(c, "DELETE FROM deleted_record WHERE part = ? AND uid IN (SELECT t.uid FROM " + from
                + " WHERE t.traced_call_id = ?)", CasePart.HOPS.stem(), callId);
        Jdbc.update(c, "INSERT INTO deleted_record (uid, part, case_uid, deleted_at, deleted_by) SELECT t.uid, ?, c.uid,"
                + " b.imported_at, b.actor FROM " + from + " JOIN import_batch b ON b.id = ? WHERE t.traced_call_id = ?",
                CasePart.HOPS.stem(), batchId, callId);
    }

    private void rememberWhere(CasePart part, String where, Object... args) {
        String from = switch (part) {
            case HOPS -> "hop t JOIN traced_call k ON k.id = t.traced_call_id JOIN case_file c ON c.id = k.case_id";
            case CASE, PROVIDERS, CAMPAIGNS, AUDIT -> throw new IllegalArgumentException(
                    "deletions of " + part.stem() + " are not carried between databases");
            default -> part.table() + " t JOIN case_file c ON c.id = t.case_id";
        };
        Object[] params = new Object[args.length + 3];
        params[0] = part.stem();
        params[1] = Instant.now(clock);
        params[2] = actor;
        System.arraycopy(args, 0, params, 3, args.length);
        database.withConnection(c -> {
            // A record deleted, brought back under the same identity and deleted again keeps one line, the latest.
            Jdbc.update(c, "DELETE FROM deleted_record WHERE part = ? AND uid IN (SELECT t.uid FROM " + from + " WHERE "
                    + where + ")", prepend(part.stem(), args));
            return Jdbc.update(c, "INSERT INTO deleted_record (uid, part, case_uid, deleted_at, deleted_by) SELECT t.uid, ?, c.uid,"
                    + " ?, ? FROM " + from + " WHERE " + where, params);
        });
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** Notes a deletion another database made, as its case file says (an import that deleted the copy here). */
    public void rememberFromFile(Deleted deleted) {
        rememberFromFile(List.of(deleted));
    }

    /**
     * Notes deletions another database made, as its case file says: a chunk of identities per statement and one
     * JDBC batch of inserts, so thousands of deletions cost a few round trips (an undone import's calls).
     */
    public void rememberFromFile(List<Deleted> deleted) {
        database.withConnection(c -> {
            Map<CasePart, List<String>> byPart = new EnumMap<>(CasePart.class);
            deleted.forEach(d -> byPart.computeIfAbsent(d.part(), p -> new ArrayList<>()).add(d.uid()));
            for (Map.Entry<CasePart, List<String>> part : byPart.entrySet()) {
                List<String> uids = part.getValue();
                for (int from = 0; from < uids.size(); from += CaseTransferRepository.CHUNK) {
                    List<String> chunk = uids.subList(from, Math.min(uids.size(), from + CaseTransferRepository.CHUNK));
                    Jdbc.update(c, "DELETE FROM deleted_record WHERE part = ? AND uid IN ("
                            + CaseTransferRepository.marks(chunk.size()) + ")", prepend(part.getKey().stem(), chunk.toArray()));
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO deleted_record (uid, part, case_uid, deleted_at, deleted_by) VALUES (?, ?, ?, ?, ?)")) {
                for (Deleted d : deleted) {
                    Jdbc.bind(insert, d.uid(), d.part().stem(), d.caseUid(), d.at(), d.by());
                    insert.addBatch();
                }
                Jdbc.executeBatch(insert);
            }
            return null;
        });
    }

    /** A record added again under its identity (an import took it back): it is no longer deleted. */
    public void forget(CasePart part, String uid) {
        database.withConnection(c -> Jdbc.update(c, "DELETE FROM deleted_record WHERE part = ? AND uid = ?", part.stem(), uid));
    }

    /** The case's deleted records, oldest first. */
    public List<Deleted> ofCase(String caseUid) {
        return database.withConnection(c -> {
            List<Deleted> found = new ArrayList<>();
            Jdbc.query(c, "SELECT uid, part, deleted_at, deleted_by FROM deleted_record WHERE case_uid = ? ORDER BY deleted_at, part, uid",
                    r -> {
                        java.util.Optional<CasePart> part = CasePart.byFileName(r.getString(2) + ".csv");
                        if (part.isPresent()) {
                            found.add(new Deleted(r.getString(1), part.get(), caseUid, Jdbc.instant(r, "deleted_at"), r.getString(4)));
                        }
                        return null;
                    }, caseUid);
            return found;
        });
    }

    /** Whether this database deleted the record with this identity. */
    public boolean isDeleted(CasePart part, String uid) {
        return database.withConnection(c -> Jdbc.count(c, "SELECT COUNT(*) FROM deleted_record WHERE part = ? AND uid = ?",
                part.stem(), uid) > 0);
    }
}
