package org.tracebench.store;

import java.util.List;
import org.tracebench.model.Notice;

/** Letters and notices recorded as sent on a case. */
public final class NoticeRepository {

    private final Database database;

    public NoticeRepository(Database database) {
        this.database = database;
    }

    public Notice insert(Notice notice) {
        return database.withConnection(c -> {
            long id = Jdbc.insert(c, """
                    INSERT INTO notice (case_id, sent_on, template, recipients, data_hash, file_number)
                    VALUES (?, ?, ?, ?, ?, ?)""", notice.caseId(), notice.sentOn(), notice.template(),
                    Jdbc.joinLines(notice.recipients()), notice.dataHash(), notice.fileNumber());
            return new Notice(id, notice.caseId(), notice.sentOn(), notice.template(), notice.recipients(),
                    notice.dataHash(), notice.fileNumber());
        });
    }

    public List<Notice> findByCase(long caseId) {
        return database.withConnection(c -> Jdbc.query(c, "SELECT * FROM notice WHERE case_id = ? ORDER BY sent_on, id",
                r -> new Notice(r.getLong("id"), r.getLong("case_id"), Jdbc.date(r, "sent_on"), r.getString("template"),
                        Jdbc.splitLines(r.getString("recipients")), r.getString("data_hash"), r.getString("file_number")),
                caseId));
    }
}
