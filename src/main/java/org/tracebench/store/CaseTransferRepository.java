package org.tracebench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracebench.model.NameKey;
import org.tracebench.model.PartRecord;

/**
 * Reads a case's records in the text form of a case file and writes such records into this database
 * (decision 0702). Every method runs on the caller's transaction when there is one, so a whole import is
 * written or rolled back together.
 */
public final class CaseTransferRepository {

    /** The local id of the record with this identity in this table, or null when the database has none. */
    @FunctionalInterface
    public interface References {
        Long id(String table, String uid);
    }

    private final Database database;

    public CaseTransferRepository(Database database) {
        this.database = database;
    }

    public Optional<Long> caseIdByUid(String uid) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT id FROM case_file WHERE uid = ?", r -> r.getLong(1), uid));
    }

    public boolean caseKeyTaken(String key) {
        return database.withConnection(c -> Jdbc.count(c, "SELECT COUNT(*) FROM case_file WHERE case_key = ?", key) > 0);
    }

    /** The local ids of the records of {@code table} that carry these identities. */
    public Map<String, Long> ids(String table, Collection<String> uids) {
        Map<String, Long> found = new HashMap<>();
        List<String> all = new ArrayList<>(uids);
        database.withConnection(c -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                Jdbc.query(c, "SELECT uid, id FROM " + table + " WHERE uid IN (" + marks(chunk.size()) + ")",
                        r -> found.put(r.getString(1), r.getLong(2)), chunk.toArray());
            }
            return null;
        });
        return found;
    }

    /** A provider whose name or any alias reads the same as {@code name} (how imports find a provider). */
    public Optional<Long> providerByName(String name) {
        return database.withConnection(c -> Jdbc.query(c,
                "SELECT provider_id FROM provider_alias WHERE normalized = ? ORDER BY provider_id",
                r -> r.getLong(1), NameKey.of(name))).stream().findFirst();
    }

    /** The campaign filed under exactly this name (how imports find a campaign). */
    public Optional<Long> campaignByName(String name) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT id FROM campaign WHERE name = ?", r -> r.getLong(1), name));
    }

    public String uidOf(String table, long id) {
        return database.withConnection(c -> uid(c, table, id, new HashMap<>()));
    }

    /** Every part of the case, in the file's form. */
    public Map<CasePart, List<PartRecord>> read(long caseId) {
        return database.withConnection(c -> {
            Map<String, String> uids = new HashMap<>();
            Map<CasePart, List<PartRecord>> parts = new EnumMap<>(CasePart.class);
            for (CasePart part : CasePart.values()) {
                parts.put(part, part.identityFromOwner()
                        ? CaseKeyedParts.read(c, part, caseId, (table, id) -> uid(c, table, id, uids))
                        : readPart(c, part, caseId, uids));
            }
            addNamedByUndo(c, parts, uids);
            return parts;
        });
    }

    /**
     * The providers and campaigns that only the calls as they were before an import name (decision 0716) come with
     * the case too, so undoing that import in another database can put those calls back whole.
     */
    private static void addNamedByUndo(Connection c, Map<CasePart, List<PartRecord>> parts, Map<String, String> uids)
            throws SQLException {
        for (CasePart part : List.of(CasePart.PROVIDERS, CasePart.CAMPAIGNS)) {
            java.util.Set<String> missing = ImportUndoPart.named(parts.get(CasePart.IMPORT_UNDO), part.table());
            parts.get(part).forEach(r -> missing.remove(r.uid()));
            if (missing.isEmpty()) {
                continue;
            }
            String marks = String.join(", ", java.util.Collections.nCopies(missing.size(), "?"));
            String sql = part == CasePart.PROVIDERS ? "SELECT * FROM provider WHERE uid IN (" + marks + ") ORDER BY id"
                    : "SELECT c.*, k.name AS counted_as FROM campaign c LEFT JOIN campaign k ON k.id = c.merged_into"
                    + " WHERE c.uid IN (" + marks + ") ORDER BY c.id";
            List<PartRecord> all = new ArrayList<>(parts.get(part));
            all.addAll(readRows(c, part, sql, missing.toArray(), -1, uids));
            parts.put(part, all);
        }
    }

    private static List<PartRecord> readPart(Connection c, CasePart part, long caseId, Map<String, String> uids)
            throws SQLException {
        String sql = switch (part) {
            case PROVIDERS -> """
                    SELECT * FROM provider WHERE id IN (
                        SELECT target_provider_id FROM case_file WHERE id = ?
                        UNION SELECT h.provider_id FROM hop h JOIN traced_call t ON t.id = h.traced_call_id WHERE t.case_id = ?
                        UNION SELECT u.provider_id FROM traced_call_customer u JOIN traced_call t ON t.id = u.traced_call_id
                              WHERE t.case_id = ?
                        UNION SELECT provider_id FROM enforcement_action WHERE case_id = ?) ORDER BY id""";
            case CAMPAIGNS -> """
                    SELECT c.*, k.name AS counted_as FROM campaign c LEFT JOIN campaign k ON k.id = c.merged_into
                    WHERE c.id IN (SELECT campaign_id FROM traced_call WHERE case_id = ?) ORDER BY c.id""";
            case CASE -> "SELECT * FROM case_file WHERE id = ?";
            case OFFICES -> """
                    SELECT * FROM issuing_office WHERE id IN (SELECT office_id FROM case_office WHERE case_id = ?
                        UNION SELECT s.office_id FROM signatory s JOIN case_office o ON o.signatory_id = s.id WHERE o.case_id = ?)
                    ORDER BY id""";
            case SIGNATORIES -> "SELECT * FROM signatory WHERE id IN (SELECT signatory_id FROM case_office WHERE case_id = ?) ORDER BY id";
            case CALLS -> "SELECT * FROM traced_call WHERE case_id = ? ORDER BY row_order, id";
            case HOPS -> """
                    SELECT h.* FROM hop h JOIN traced_call t ON t.id = h.traced_call_id WHERE t.case_id = ?
                    ORDER BY t.row_order, t.id, h.hop_order, h.id""";
            case AUDIT -> """
                    SELECT * FROM audit_log WHERE (entity = 'case' AND entity_id = ?)
                       OR (entity = 'traced_call' AND entity_id IN (SELECT id FROM traced_call WHERE case_id = ?)) ORDER BY id""";
            default -> "SELECT * FROM " + part.table() + " WHERE case_id = ? ORDER BY id";
        };
        int params = (int) sql.chars().filter(ch -> ch == '?').count();
        return readRows(c, part, sql, java.util.Collections.nCopies(params, (Object) caseId).toArray(), caseId, uids);
    }

    private static List<PartRecord> readRows(Connection c, CasePart part, String sql, Object[] args, long caseId,
                                             Map<String, String> uids) throws SQLException {
        Map<Long, Map<String, String>> byId = new LinkedHashMap<>();
        Map<Long, String> uidById = new HashMap<>();
        Jdbc.query(c, sql, row -> {
            long id = row.getLong("id");
            String uid = row.getString("uid");
            uids.put(part.table() + "#" + id, uid);
            uidById.put(id, uid);
            Map<String, String> fields = new LinkedHashMap<>();
            for (CasePart.Column column : part.columns()) {
                fields.put(column.name(), column.kind() == CasePart.Kind.FOLDED ? null : text(c, row, column, uids));
            }
            if (part == CasePart.CAMPAIGNS) {
                fields.put("counted_as", row.getString("counted_as"));
            }
            if (part == CasePart.AUDIT) {
                Long entityId = Jdbc.nullableLong(row, "entity_id");
                String table = "case".equals(row.getString("entity")) ? "case_file" : "traced_call";
                fields.put("entity_record", entityId == null ? null : uid(c, table, entityId, uids));
            }
            byId.put(id, fields);
            return null;
        }, args);
        fold(c, part, caseId, byId, uids);
        List<PartRecord> records = new ArrayList<>();
        byId.forEach((id, fields) -> records.add(new PartRecord(uidById.get(id), fields)));
        return records;
    }

    private static void fold(Connection c, CasePart part, long caseId, Map<Long, Map<String, String>> byId,
                             Map<String, String> uids) throws SQLException {
        switch (part) {
            case PROVIDERS -> {
                Map<Long, List<List<String>>> aliases = new HashMap<>();
                for (Long id : byId.keySet()) {
                    String name = byId.get(id).get("name");
                    for (String alias : Jdbc.query(c, "SELECT alias FROM provider_alias WHERE provider_id = ? ORDER BY id",
                            r -> r.getString(1), id)) {
                        if (!alias.equals(name)) {
                            aliases.computeIfAbsent(id, k -> new ArrayList<>()).add(List.of(alias));
                        }
                    }
                    byId.get(id).put("aliases", Folded.join(aliases.getOrDefault(id, List.of())));
                }
            }
            case CALLS -> {
                Map<Long, List<List<String>>> notified = new HashMap<>();
                Jdbc.query(c, """
                        SELECT n.traced_call_id, n.notified_at FROM traced_call_notification n
                        JOIN traced_call t ON t.id = n.traced_call_id WHERE t.case_id = ? ORDER BY n.traced_call_id, n.position""",
                        r -> notified.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                                .add(List.of(Jdbc.instant(r, "notified_at").toString())), caseId);
                Map<Long, List<List<String>>> customers = new HashMap<>();
                Jdbc.query(c, """
                        SELECT u.traced_call_id, u.provider_id, u.name_as_written FROM traced_call_customer u
                        JOIN traced_call t ON t.id = u.traced_call_id WHERE t.case_id = ? ORDER BY u.traced_call_id, u.position""",
                        r -> customers.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                                .add(java.util.Arrays.asList(uid(c, "provider", r.getLong(2), uids), r.getString(3))), caseId);
                Map<Long, List<List<String>>> invalid = new HashMap<>();
                Jdbc.query(c, """
                        SELECT i.traced_call_id, i.column_name, i.raw_text, i.reason FROM traced_call_invalid_cell i
                        JOIN traced_call t ON t.id = i.traced_call_id WHERE t.case_id = ? ORDER BY i.traced_call_id, i.column_name""",
                        r -> invalid.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                                .add(List.of(r.getString(2), r.getString(3), r.getString(4))), caseId);
                byId.forEach((id, fields) -> {
                    fields.put("notifications", Folded.join(notified.getOrDefault(id, List.of())));
                    fields.put("customers", Folded.join(customers.getOrDefault(id, List.of())));
                    fields.put("invalid_cells", Folded.join(invalid.getOrDefault(id, List.of())));
                });
            }
            case FACTS -> {
                Map<Long, List<List<String>>> calls = new HashMap<>();
                Jdbc.query(c, """
                        SELECT l.fact_id, t.uid FROM case_fact_call l JOIN case_fact f ON f.id = l.fact_id
                        JOIN traced_call t ON t.id = l.traced_call_id WHERE f.case_id = ? ORDER BY l.fact_id, t.uid""",
                        r -> calls.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(List.of(r.getString(2))), caseId);
                byId.forEach((id, fields) -> fields.put("calls", Folded.join(calls.getOrDefault(id, List.of()))));
            }
            case LETTERS -> {
                Map<Long, List<List<String>>> sources = new HashMap<>();
                Jdbc.query(c, """
                        SELECT s.* FROM notice_source s JOIN notice n ON n.id = s.notice_id WHERE n.case_id = ?
                        ORDER BY s.notice_id, s.position""", r -> {
                    Long batch = Jdbc.nullableLong(r, "import_batch_id");
                    Instant at = Jdbc.instant(r, "imported_at");
                    sources.computeIfAbsent(r.getLong("notice_id"), k -> new ArrayList<>()).add(java.util.Arrays.asList(
                            r.getString("kind"), batch == null ? null : uid(c, "import_batch", batch, uids),
                            at == null ? null : at.toString(), r.getString("file_name"), longText(r, "file_size"),
                            r.getString("sha256"), r.getString("format"), longText(r, "rows_read"), r.getString("actor"),
                            longText(r, "calls")));
                    return null;
                }, caseId);
                byId.forEach((id, fields) -> fields.put("sources", Folded.join(sources.getOrDefault(id, List.of()))));
            }
            default -> {
                // The other parts have no child rows.
            }
        }
    }

    private static String longText(ResultSet r, String column) throws SQLException {
        Long value = Jdbc.nullableLong(r, column);
        return value == null ? null : value.toString();
    }

    private static String text(Connection c, ResultSet row, CasePart.Column column, Map<String, String> uids)
            throws SQLException {
        String name = column.sqlColumn();
        return switch (column.kind()) {
            case TEXT -> row.getString(name);
            case NUMBER -> longText(row, name);
            case BOOLEAN -> {
                boolean value = row.getBoolean(name);
                yield row.wasNull() ? null : Boolean.toString(value);
            }
            case DATE -> {
                LocalDate value = Jdbc.date(row, name);
                yield value == null ? null : value.toString();
            }
            case INSTANT -> {
                Instant value = Jdbc.instant(row, name);
                yield value == null ? null : value.toString();
            }
            case REFERENCE -> {
                Long id = Jdbc.nullableLong(row, name);
                yield id == null ? null : uid(c, column.refersTo(), id, uids);
            }
            case FOLDED -> null;
        };
    }

    private static String uid(Connection c, String table, long id, Map<String, String> uids) throws SQLException {
        String key = table + "#" + id;
        String known = uids.get(key);
        if (known == null) {
            known = Jdbc.queryOne(c, "SELECT uid FROM " + table + " WHERE id = ?", r -> r.getString(1), id).orElse(null);
            uids.put(key, known);
        }
        return known;
    }

    /** Adds a record with its identity; returns its local id. */
    public long insert(CasePart part, PartRecord record, long caseId, References refs) {
        return database.withConnection(c -> {
            List<String> names = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            names.add("uid");
            values.add(record.uid());
            if (ownedByCase(part)) {
                names.add("case_id");
                values.add(caseId);
            }
            if (part == CasePart.AUDIT) {
                names.add("entity_id");
                values.add(entityId(record, refs));
            }
            collect(part, record, refs, names, values);
            String marks = String.join(", ", java.util.Collections.nCopies(names.size(), "?"));
            long id = Jdbc.insert(c, "INSERT INTO " + part.table() + " (" + String.join(", ", names) + ") VALUES (" + marks + ")",
                    values.toArray());
            writeChildren(c, part, id, record, refs);
            if (part == CasePart.CALLS) {
                CallCounts.added(c, caseId, 1);
            }
            return id;
        });
    }

    /** Rewrites a record's columns (and its child rows) with the given fields. */
    public void update(CasePart part, long id, PartRecord record, References refs) {
        database.withConnection(c -> {
            List<String> names = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            collect(part, record, refs, names, values);
            values.add(id);
            Jdbc.update(c, "UPDATE " + part.table() + " SET " + String.join(", ", names.stream().map(n -> n + " = ?").toList())
                    + " WHERE id = ?", values.toArray());
            writeChildren(c, part, id, record, refs);
            return null;
        });
    }

    /** Deletes a record the case file says was deleted in the other database (its child rows go with it). */
    public void delete(CasePart part, long id) {
        deleteAll(part, List.of(id));
    }

    /**
     * Deletes the records the case file says were deleted in the other database (their child rows go with them),
     * a chunk of ids per statement: a file that carries an undone import's 10,000 calls is applied in 20
     * statements, not 10,000. Calls go through {@link CallCounts}, so their cases' counts move with them.
     */
    public void deleteAll(CasePart part, List<Long> ids) {
        database.withConnection(c -> {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                String condition = "id IN (" + marks(chunk.size()) + ")";
                if (part == CasePart.CALLS) {
                    CallCounts.delete(c, condition, chunk.toArray());
                } else {
                    Jdbc.update(c, "DELETE FROM " + part.table() + " WHERE " + condition, chunk.toArray());
                }
            }
            return null;
        });
    }

    /** Identities or ids per IN (...) list: well under PostgreSQL's 32,767 parameters and H2's limits. */
    static final int CHUNK = 500;

    static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** Gives an existing record a key the case file's copy of it does not clash with (a case key taken here). */
    public void renameCaseKey(long caseId, String key) {
        database.withConnection(c -> Jdbc.update(c, "UPDATE case_file SET case_key = ? WHERE id = ?", key, caseId));
    }

    private static boolean ownedByCase(CasePart part) {
        return switch (part) {
            case SOURCES, CALLS, FACTS, LETTERS, DEADLINES, RESPONSES, ENFORCEMENT -> true;
            default -> false;
        };
    }

    private static Long entityId(PartRecord record, References refs) {
        String entity = record.get("entity");
        String target = record.get("entity_record");
        if (target == null) {
            return null;
        }
        return refs.id("case".equals(entity) ? "case_file" : "traced_call", target);
    }

    private static void collect(CasePart part, PartRecord record, References refs, List<String> names, List<Object> values) {
        for (CasePart.Column column : part.columns()) {
            if (column.kind() == CasePart.Kind.FOLDED) {
                continue;
            }
            names.add(column.sqlColumn());
            values.add(value(column, record.get(column.name()), refs));
        }
    }

    private static Object value(CasePart.Column column, String text, References refs) {
        if (text == null) {
            return null;
        }
        return switch (column.kind()) {
            case TEXT -> text;
            case NUMBER -> Long.valueOf(text);
            case BOOLEAN -> Boolean.valueOf(text);
            case DATE -> LocalDate.parse(text);
            case INSTANT -> Instant.parse(text);
            case REFERENCE -> refs.id(column.refersTo(), text);
            case FOLDED -> null;
        };
    }

    private static void writeChildren(Connection c, CasePart part, long id, PartRecord record, References refs)
            throws SQLException {
        switch (part) {
            case PROVIDERS -> {
                addAlias(c, id, record.get("name"));
                for (List<String> alias : Folded.split(record.get("aliases"))) {
                    addAlias(c, id, alias.get(0));
                }
            }
            case CALLS -> {
                Jdbc.update(c, "DELETE FROM traced_call_notification WHERE traced_call_id = ?", id);
                int position = 0;
                for (List<String> at : Folded.split(record.get("notifications"))) {
                    Jdbc.update(c, "INSERT INTO traced_call_notification (traced_call_id, position, notified_at) VALUES (?, ?, ?)",
                            id, position++, Instant.parse(at.get(0)));
                }
                Jdbc.update(c, "DELETE FROM traced_call_customer WHERE traced_call_id = ?", id);
                position = 0;
                for (List<String> customer : Folded.split(record.get("customers"))) {
                    Long provider = refs.id("provider", customer.get(0));
                    if (provider != null) {
                        Jdbc.update(c, "INSERT INTO traced_call_customer (traced_call_id, position, provider_id, name_as_written)"
                                + " VALUES (?, ?, ?, ?)", id, position++, provider, customer.size() > 1 ? customer.get(1) : null);
                    }
                }
                Jdbc.update(c, "DELETE FROM traced_call_invalid_cell WHERE traced_call_id = ?", id);
                for (List<String> cell : Folded.split(record.get("invalid_cells"))) {
                    Jdbc.update(c, "INSERT INTO traced_call_invalid_cell (traced_call_id, column_name, raw_text, reason)"
                            + " VALUES (?, ?, ?, ?)", id, cell.get(0), cell.get(1), cell.get(2));
                }
            }
            case FACTS -> {
                Jdbc.update(c, "DELETE FROM case_fact_call WHERE fact_id = ?", id);
                for (List<String> call : Folded.split(record.get("calls"))) {
                    Long callId = refs.id("traced_call", call.get(0));
                    if (callId != null) {
                        Jdbc.update(c, "INSERT INTO case_fact_call (fact_id, traced_call_id) VALUES (?, ?)", id, callId);
                    }
                }
            }
            case LETTERS -> {
                Jdbc.update(c, "DELETE FROM notice_source WHERE notice_id = ?", id);
                int position = 0;
                for (List<String> s : Folded.split(record.get("sources"))) {
                    Jdbc.update(c, """
                            INSERT INTO notice_source (notice_id, position, kind, import_batch_id, imported_at, file_name,
                                file_size, sha256, format, rows_read, actor, calls) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                            id, position++, s.get(0), s.get(1) == null ? null : refs.id("import_batch", s.get(1)),
                            s.get(2) == null ? null : Instant.parse(s.get(2)), s.get(3), s.get(4) == null ? null : Long.valueOf(s.get(4)),
                            s.get(5), s.get(6), s.get(7) == null ? null : Long.valueOf(s.get(7)), s.get(8),
                            s.get(9) == null ? 0 : Integer.parseInt(s.get(9)));
                }
            }
            default -> {
                // No child rows.
            }
        }
    }

    private static void addAlias(Connection c, long providerId, String alias) throws SQLException {
        if (alias == null || alias.isBlank()) {
            return;
        }
        String trimmed = alias.strip();
        if (Jdbc.count(c, "SELECT COUNT(*) FROM provider_alias WHERE provider_id = ? AND alias = ?", providerId, trimmed) == 0) {
            Jdbc.insert(c, "INSERT INTO provider_alias (provider_id, alias, normalized) VALUES (?, ?, ?)",
                    providerId, trimmed, NameKey.of(trimmed));
        }
    }

    /** What this database last exchanged of the case's records in one part, by record identity. */
    public Map<String, String> bases(String caseUid, CasePart part) {
        return database.withConnection(c -> {
            Map<String, String> bases = new HashMap<>();
            Jdbc.query(c, "SELECT record_uid, content FROM transfer_base WHERE case_uid = ? AND part = ?",
                    r -> bases.put(r.getString(1), r.getString(2)), caseUid, part.stem());
            return bases;
        });
    }

    /** Remembers records as now exchanged (written into a case file, or taken from one). */
    public void saveBases(String caseUid, CasePart part, Map<String, String> contents) {
        database.withConnection(c -> {
            for (Map.Entry<String, String> entry : contents.entrySet()) {
                Jdbc.update(c, "DELETE FROM transfer_base WHERE part = ? AND record_uid = ?", part.stem(), entry.getKey());
                Jdbc.update(c, "INSERT INTO transfer_base (part, record_uid, case_uid, content) VALUES (?, ?, ?, ?)",
                        part.stem(), entry.getKey(), caseUid, entry.getValue());
            }
            return null;
        });
    }
}
