package org.tracebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.RealComponents;
import org.tracebench.Store;
import org.tracebench.app.Workbench;
import org.tracebench.model.AuditEntry;

/**
 * docs/server-roles.sql, run as docs/server.md says, gives an office what it promises: staff write cases and
 * are named in the audit log, no one rewrites the log, reviewers read and change nothing.
 */
class ServerRolesTest {

    @TempDir
    Path dir;

    @Test
    void theDocumentedRolesWriteReadAndNeverRewriteTheAuditLog() throws Exception {
        DatabaseLocation owner = Store.POSTGRESQL.freshLocation(dir);
        String schema = owner.jdbcUrl().replaceAll(".*currentSchema=([^&]*).*", "$1");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> names = Map.of("schema", schema, "staff", "tb_staff_" + suffix, "reviewer", "tb_reviewer_" + suffix);
        String clerk = "tb_clerk_" + suffix;
        String reviewer = "tb_reader_" + suffix;
        try (Connection admin = DriverManager.getConnection(owner.jdbcUrl()); Statement s = admin.createStatement()) {
            ResultSet rights = s.executeQuery("SELECT rolcreaterole FROM pg_roles WHERE rolname = CURRENT_USER");
            rights.next();
            RealComponents.require(rights.getBoolean(1), "the test server's role lacks CREATEROLE (.ci/run grants it)");
            try {
                Workbench.open(owner).close();
                for (String statement : psqlScript(Files.readString(Path.of("docs/server-roles.sql")), names)) {
                    if (statement.startsWith("GEXEC ")) {
                        List<String> generated = new ArrayList<>();
                        try (ResultSet rs = s.executeQuery(statement.substring(6))) {
                            while (rs.next()) {
                                generated.add(rs.getString(1));
                            }
                        }
                        for (String sql : generated) {
                            s.execute(sql);
                        }
                    } else {
                        s.execute(statement);
                    }
                }
                s.execute("CREATE ROLE " + clerk + " LOGIN PASSWORD 'clerk-pw' IN ROLE " + names.get("staff"));
                s.execute("CREATE ROLE " + reviewer + " LOGIN PASSWORD 'reader-pw' IN ROLE " + names.get("reviewer"));

                String clerkUrl = signedInAs(owner, clerk, "clerk-pw");
                try (Workbench workbench = Workbench.open(DatabaseLocation.of(clerkUrl))) {
                    workbench.samples().load();
                    long pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow().id();
                    workbench.audit().record("case_file", pz, "reviewed", "read the findings");
                    assertThat(workbench.audit().latest(1)).extracting(AuditEntry::actor).containsExactly(clerk);
                }
                try (Connection c = DriverManager.getConnection(clerkUrl); Statement cs = c.createStatement()) {
                    assertThatThrownBy(() -> cs.executeUpdate("UPDATE audit_log SET detail = 'rewritten'"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                    assertThatThrownBy(() -> cs.executeUpdate("DELETE FROM audit_log"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                }

                String readerUrl = signedInAs(owner, reviewer, "reader-pw");
                try (Workbench workbench = Workbench.open(DatabaseLocation.of(readerUrl))) {
                    assertThat(workbench.cases().summaries()).hasSize(6);
                    assertThat(workbench.actor().name()).isEqualTo(reviewer);
                }
                try (Connection c = DriverManager.getConnection(readerUrl); Statement rs = c.createStatement()) {
                    assertThatThrownBy(() -> rs.executeUpdate("UPDATE case_file SET title = 'changed'"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                }
            } finally {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                for (String role : List.of(clerk, reviewer, names.get("staff"), names.get("reviewer"))) {
                    s.execute("DROP ROLE IF EXISTS " + role);
                }
            }
        }
    }

    private static String signedInAs(DatabaseLocation owner, String user, String password) {
        return owner.jdbcUrl().replaceAll("user=[^&]*", "user=" + user).replaceAll("password=[^&]*", "password=" + password);
    }

    /**
     * The script as psql runs it: {@code :'name'} and {@code :"name"} take the -v values, and a query ended by
     * {@code \gexec} runs each statement it returns (marked here "GEXEC ").
     */
    static List<String> psqlScript(String script, Map<String, String> variables) {
        StringBuilder sql = new StringBuilder();
        for (String line : script.lines().toList()) {
            if (!line.strip().startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        String text = sql.toString();
        for (Map.Entry<String, String> v : variables.entrySet()) {
            text = text.replace(":'" + v.getKey() + "'", "'" + v.getValue() + "'")
                    .replace(":\"" + v.getKey() + "\"", "\"" + v.getValue() + "\"");
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.endsWith("\\gexec")) {
                current.append(trimmed, 0, trimmed.length() - "\\gexec".length());
                statements.add("GEXEC " + current.toString().strip());
                current.setLength(0);
            } else if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else if (!trimmed.isEmpty()) {
                current.append(trimmed).append(' ');
            }
        }
        assertThat(current.toString().strip()).as("the script ends with a complete statement").isEmpty();
        return statements;
    }
}
