package org.tracebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V7 links deadlines made before it to the notice their "set by" text names, when it names exactly one. */
class DeadlineLinkMigrationTest {

    @TempDir
    Path dir;

    @Test
    void existingDeadlinesAreLinkedWhereTheirTextNamesExactlyOneNotice() throws Exception {
        DatabaseLocation location = DatabaseLocation.inDirectory(dir);
        Flyway.configure().dataSource(location.jdbcUrl(), "sa", "").locations("classpath:db/migration")
                .target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO case_file (id, case_key, title, letter_kind, status, sample) VALUES "
                    + "(1, 'one', 'One letter', 'TASK_FORCE_NOTICE', 'RESPONSE_DUE', FALSE), "
                    + "(2, 'two', 'Two letters of one template', 'TASK_FORCE_NOTICE', 'RESPONSE_DUE', FALSE)");
            s.execute("INSERT INTO notice (id, case_id, sent_on, template) VALUES "
                    + "(1, 1, DATE '2025-08-07', 'task-force-notice'), "
                    + "(12, 2, DATE '2025-08-07', 'task-force-notice'), "
                    + "(13, 2, DATE '2025-09-04', 'task-force-notice')");
            s.execute("INSERT INTO deadline (id, case_id, due_at, description, set_by, done) VALUES "
                    + "(101, 1, TIMESTAMP WITH TIME ZONE '2025-08-28 23:59:00-04:00', 'exported', 'letter:task-force-notice', FALSE), "
                    + "(102, 1, TIMESTAMP WITH TIME ZONE '2025-08-28 23:59:00-04:00', 'recorded', 'Notice #1 of 2025-08-07', FALSE), "
                    + "(103, 1, TIMESTAMP WITH TIME ZONE '2025-08-28 23:59:00-04:00', 'other case', 'Notice #12 of 2025-08-07', FALSE), "
                    + "(104, 1, TIMESTAMP WITH TIME ZONE '2025-08-28 23:59:00-04:00', 'by hand', 'court order', FALSE), "
                    + "(105, 1, TIMESTAMP WITH TIME ZONE '2025-08-28 23:59:00-04:00', 'no text', NULL, FALSE), "
                    + "(201, 2, TIMESTAMP WITH TIME ZONE '2025-08-28 23:59:00-04:00', 'ambiguous', 'letter:task-force-notice', FALSE), "
                    + "(202, 2, TIMESTAMP WITH TIME ZONE '2025-09-25 23:59:00-04:00', 'second', 'Notice #13 of 2025-09-04', FALSE), "
                    + "(203, 2, TIMESTAMP WITH TIME ZONE '2025-08-28 23:59:00-04:00', 'other template', 'letter:warning-letter', FALSE)");
        }

        try (Database db = Database.open(location)) {
            DeadlineRepository deadlines = new DeadlineRepository(db);
            Map<Long, Long> links = new HashMap<>();
            for (long caseId : new long[] {1, 2}) {
                deadlines.openWithNotice(caseId).forEach(o -> links.put(o.deadline().id(), o.noticeId()));
            }
            assertThat(links).hasSize(8);
            assertThat(links.get(101L)).isEqualTo(1L);
            assertThat(links.get(102L)).isEqualTo(1L);
            assertThat(links.get(103L)).as("a notice of another case").isNull();
            assertThat(links.get(104L)).isNull();
            assertThat(links.get(105L)).isNull();
            assertThat(links.get(201L)).as("two notices of that template").isNull();
            assertThat(links.get(202L)).as("#13, not #1").isEqualTo(13L);
            assertThat(links.get(203L)).isNull();
        }
    }
}
