package org.tracebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.model.CaseFile;
import org.tracebench.model.LetterKind;
import org.tracebench.model.Provider;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aServerLocationPrintsWithoutItsPassword() {
        DatabaseLocation server = DatabaseLocation.of("jdbc:postgresql://db.example:5432/tb?user=ann&password=s3cret&ssl=true");
        assertThat(server.toString()).isEqualTo("jdbc:postgresql://db.example:5432/tb?user=ann&password=***&ssl=true");
        assertThat(server.jdbcUrl()).contains("password=s3cret");
    }

    @Test
    void createsSchemaOnFirstOpenAndReopens() {
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            assertThat(db.schemaVersion()).isNotEqualTo("none");
            new ProviderRepository(db).insert(Provider.named("Belle Telecom LLC"), false);
        }
        assertThat(dir.resolve("tracebench.mv.db")).exists();
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            assertThat(new ProviderRepository(db).findAll()).extracting(Provider::name).containsExactly("Belle Telecom LLC");
        }
    }

    @Test
    void databaseHeldByAnotherProcessIsRefusedClearly() throws Exception {
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            assertThat(db.schemaVersion()).isNotEqualTo("none");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DatabaseHolder.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("holding"));
            assertThat(line).isEqualTo("holding");
            assertThatThrownBy(() -> Database.open(DatabaseLocation.inDirectory(dir)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use by another running Tracebench");
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    @Test
    void garbageFileIsReportedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("tracebench.mv.db");
        byte[] garbage = "this is not an H2 database, just some text\n".repeat(200).getBytes();
        Files.write(file, garbage);
        assertThatThrownBy(() -> Database.open(DatabaseLocation.inDirectory(dir)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void newerSchemaIsRefusedAndNotModified() throws Exception {
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            db.withConnection(c -> Jdbc.update(c, """
                    INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                      "checksum", "installed_by", "execution_time", "success")
                    VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'sa', 0, TRUE)"""));
        }
        Path file = dir.resolve("tracebench.mv.db");
        byte[] before = Files.readAllBytes(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        assertThatThrownBy(() -> Database.open(DatabaseLocation.inDirectory(dir)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("newer Tracebench")
                .hasMessageContaining("999");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
    }

    @Test
    void transactionRollsBackEverythingOnFailure() {
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            ProviderRepository providers = new ProviderRepository(db);
            assertThatThrownBy(() -> db.inTransaction(() -> {
                providers.insert(Provider.named("Written then undone"), false);
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(providers.count()).isZero();
        }
    }

    @Test
    void caseRoundTrip() {
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            ProviderRepository providers = new ProviderRepository(db);
            Provider target = providers.insert(Provider.named("HK KwaiFong Group Limited").withAliases(List.of("HK KwaiFong")), false);
            CaseRepository cases = new CaseRepository(db);
            CaseFile saved = cases.insert(new CaseFile(0, "k1", "Notice", target.id(), "Task Force",
                    LetterKind.TASK_FORCE_NOTICE, null, null, null, null, null, null, false));
            assertThat(cases.findByIdOrKey("k1")).contains(saved);
            assertThat(cases.findByIdOrKey(String.valueOf(saved.id()))).contains(saved);
            assertThat(providers.findByName("hk kwaifong")).get().extracting(Provider::id).isEqualTo(target.id());
            assertThat(cases.summaries()).singleElement().satisfies(s -> {
                assertThat(s.targetProviderName()).isEqualTo("HK KwaiFong Group Limited");
                assertThat(s.tracedCalls()).isZero();
            });
        }
    }
}
