package org.tracebench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracebench.model.CallSource;
import org.tracebench.model.Notice;

/** Letters and notices recorded as sent on a case, with the sources of the calls an exported letter relied on. */
public final class NoticeRepository {

    private final Database database;

    public NoticeRepository(Database database) {
        this.database = database;
    }

    public Notice insert(Notice notice) {
        return database.withConnection(c -> {
            long id = Jdbc.insert(c, """
                    INSERT INTO notice (case_id, sent_on, template, recipients, data_hash, file_number,
                        illustrative_allowed, illustrative_findings, illustrative_note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", notice.caseId(), notice.sentOn(), notice.template(),
                    Jdbc.joinLines(notice.recipients()), notice.dataHash(), notice.fileNumber(),
                    notice.illustrativeAllowed(), notice.illustrativeAllowed() == null ? null : notice.illustrativeFindings(),
                    notice.illustrativeNote());
            int position = 0;
            for (CallSource s : notice.sources()) {
                Jdbc.update(c, """
                        INSERT INTO notice_source (notice_id, position, kind, import_batch_id, imported_at, file_name,
                            file_size, sha256, format, rows_read, actor, calls) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        id, position++, s.kind(), s.batchId(), s.importedAt(), s.fileName(), s.fileSize(), s.sha256(),
                        s.format(), s.rowsRead(), s.actor(), s.calls());
            }
            return notice.withId(id);
        });
    }

    public List<Notice> findByCase(long caseId) {
        return database.withConnection(c -> {
            Map<Long, List<CallSource>> sources = sources(c, caseId);
            return Jdbc.query(c, "SELECT * FROM notice WHERE case_id = ? ORDER BY sent_on, id", r -> {
                long id = r.getLong("id");
                boolean allowed = r.getBoolean("illustrative_allowed");
                Boolean illustrativeAllowed = r.wasNull() ? null : allowed;
                return new Notice(id, r.getLong("case_id"), Jdbc.date(r, "sent_on"), r.getString("template"),
                        Jdbc.splitLines(r.getString("recipients")), r.getString("data_hash"), r.getString("file_number"),
                        sources.getOrDefault(id, List.of()), illustrativeAllowed, r.getInt("illustrative_findings"),
                        r.getString("illustrative_note"));
            }, caseId);
        });
    }

    private static Map<Long, List<CallSource>> sources(Connection c, long caseId) throws SQLException {
        Map<Long, List<CallSource>> byNotice = new HashMap<>();
        Jdbc.query(c, """
                SELECT s.* FROM notice_source s JOIN notice n ON n.id = s.notice_id
                WHERE n.case_id = ? ORDER BY s.notice_id, s.position""", r -> {
                    byNotice.computeIfAbsent(r.getLong("notice_id"), k -> new ArrayList<>()).add(source(r));
                    return null;
                }, caseId);
        return byNotice;
    }

    private static CallSource source(ResultSet r) throws SQLException {
        return new CallSource(Jdbc.enumOf(CallSource.Kind.class, r, "kind"), Jdbc.nullableLong(r, "import_batch_id"),
                Jdbc.instant(r, "imported_at"), r.getString("file_name"), Jdbc.nullableLong(r, "file_size"),
                r.getString("sha256"), r.getString("format"), Jdbc.nullableLong(r, "rows_read"), r.getString("actor"),
                r.getInt("calls"));
    }
}
