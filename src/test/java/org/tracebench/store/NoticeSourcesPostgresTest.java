package org.tracebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.RealComponents;
import org.tracebench.app.Workbench;
import org.tracebench.letters.LetterService;
import org.tracebench.model.CallSource;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Notice;
import org.tracebench.sheets.ColumnLayout;
import org.tracebench.work.Progress;

/**
 * V10 and the source queries on a real PostgreSQL server: a letter's notice keeps its sources and the
 * marked-findings choice, and the XLSX export reads a case's sources. Runs in a schema of its own, so it does
 * not disturb other tests using the same server.
 */
class NoticeSourcesPostgresTest {

    @TempDir
    Path dir;

    @Test
    void noticeSourcesAndCaseSourcesOnPostgres() throws Exception {
        String url = System.getenv("TRACEBENCH_PG_URL");
        RealComponents.require(url != null && !url.isBlank(), "TRACEBENCH_PG_URL not set: no PostgreSQL server to test against");
        String schema = "provenance_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        try {
            try (Workbench workbench = Workbench.open(DatabaseLocation.of(url + "&currentSchema=" + schema))) {
                workbench.samples().load();
                LetterService letters = workbench.letters();
                CaseFile pz = letters.caseFile("pz-illum-2021");
                LetterService.Export export = letters.export(letters.draft(pz, "fcc-cease-and-desist", null),
                        dir.resolve("pz.pdf"), false);
                Notice stored = workbench.notices().findByCase(pz.id()).stream()
                        .filter(n -> n.id() == export.notice().id()).findFirst().orElseThrow();
                assertThat(stored.sources()).containsExactly(CallSource.of(CallSource.Kind.SAMPLE, 78));
                assertThat(stored.illustrativeAllowed()).isFalse();
                assertThat(workbench.attachmentExporter().export(pz.id(), ColumnLayout.attachmentA(),
                        dir.resolve("pz.xlsx"), Progress.NONE).rows()).isEqualTo(78);
            }
            try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
                 java.sql.ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                         + " WHERE table_schema = '" + schema + "' AND table_name IN ('notice_source', 'import_batch')")) {
                tables.next();
                assertThat(tables.getInt(1)).as("V10 ran in the test's own schema").isEqualTo(2);
            }
        } finally {
            try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
