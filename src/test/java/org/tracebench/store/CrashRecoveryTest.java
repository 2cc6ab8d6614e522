package org.tracebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.model.Provider;

/** What a dead battery or a forced shutdown (SIGKILL) leaves behind must open again, whole, without help. */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void processKilledInTheMiddleOfAnImportLeavesADatabaseThatOpensWithOnlyCommittedWork() throws Exception {
        killMidImport();
        List<String> notices = new ArrayList<>();
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir), notices::add)) {
            assertThat(new ProviderRepository(db).findAll()).extracting(Provider::name)
                    .containsExactly("Committed Before The Crash LLC");
        }
        assertThat(notices).containsExactly("recovering " + dir.resolve("tracebench.mv.db")
                + " after an unclean stop (undoing the work that was cut off, then checking the tables)");
        assertThat(dir.resolve("tracebench.lock.db")).doesNotExist();
        assertThat(dir.resolve(".tracebench-before-recovery")).as("the safety copy goes once the file opened").doesNotExist();

        notices.clear();
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir), notices::add)) {
            assertThat(db.openedAfterUncleanStop()).isFalse();
        }
        assertThat(notices).as("a cleanly closed file needs no recovery").isEmpty();
    }

    @Test
    void aRecoveryCutOffByAnotherKillStartsOverFromTheSafetyCopy() throws Exception {
        killMidImport();
        // What a kill during the recovering open leaves: the copy taken before it, and the file in whatever
        // state the recovery had reached (here: garbage, the worst case).
        Path copy = dir.resolve(".tracebench-before-recovery/tracebench.mv.db");
        Files.createDirectories(copy.getParent());
        Files.copy(dir.resolve("tracebench.mv.db"), copy);
        Files.writeString(dir.resolve("tracebench.mv.db"), "half recovered");

        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            assertThat(new ProviderRepository(db).findAll()).extracting(Provider::name)
                    .containsExactly("Committed Before The Crash LLC");
        }
        assertThat(copy.getParent()).doesNotExist();
    }

    @Test
    void aRecoveryRunningInAnotherProcessIsNotDisturbed() throws Exception {
        killMidImport();
        Path folder = dir.resolve(".tracebench-before-recovery");
        Files.createDirectories(folder);
        Files.copy(dir.resolve("tracebench.mv.db"), folder.resolve("tracebench.mv.db"));
        byte[] before = Files.readAllBytes(dir.resolve("tracebench.mv.db"));
        try (java.nio.channels.FileChannel held = java.nio.channels.FileChannel.open(folder.resolve(".lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock ignored = held.lock()) {
            assertThatThrownBy(() -> Database.open(DatabaseLocation.inDirectory(dir)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is in use by another running Tracebench");
        }
        assertThat(Files.readAllBytes(dir.resolve("tracebench.mv.db"))).isEqualTo(before);
        assertThat(folder.resolve("tracebench.mv.db")).exists();
    }

    private void killMidImport() throws Exception {
        Process child = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                DatabaseKilledMidImport.class.getName(), dir.toString(), "leftovers").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("written"));
            assertThat(line).as("the child wrote its uncommitted rows").isEqualTo("written");
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            child.waitFor();
        }
    }

    @Test
    void lockFileLeftByAnOlderVersionDoesNotLockTheUserOut() throws Exception {
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            new ProviderRepository(db).insert(Provider.named("Belle Telecom LLC"), false);
        }
        // What H2's FILE lock method (used before) left behind a killed process.
        Files.writeString(dir.resolve("tracebench.lock.db"), "#FileLock\nid=18c0a1b2c3d4e5f6\nmethod=file\n");
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            assertThat(new ProviderRepository(db).findAll()).extracting(Provider::name).containsExactly("Belle Telecom LLC");
        }
    }

    @Test
    void creationThatDiesHalfWayLeavesNoDatabaseUnderTheRealName() {
        assertThatThrownBy(() -> CrashSafeFiles.createWhole(DatabaseLocation.inDirectory(dir), staged -> {
            try {
                Files.createDirectories(staged.directory());
                Files.writeString(staged.databaseFile(), "half a schema");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("the process died here");
        })).hasMessageContaining("died here");
        assertThat(dir.resolve(".tracebench-new/tracebench.mv.db")).exists();
        assertThat(dir.resolve("tracebench.mv.db")).doesNotExist();

        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            assertThat(db.schemaVersion()).isNotEqualTo("none");
        }
        assertThat(dir.resolve(".tracebench-new")).doesNotExist();
    }

    @Test
    void aDamagedFileIsStillRefusedAfterTheRecoveryCheckAndLeftUntouched() throws Exception {
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            new ProviderRepository(db).insert(Provider.named("Belle Telecom LLC"), false);
        }
        Path file = dir.resolve("tracebench.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i += 7) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> Database.open(DatabaseLocation.inDirectory(dir)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("it was left untouched");
        assertThat(Files.readAllBytes(file)).as("the safety copy was put back").isEqualTo(bytes);
        assertThat(dir.resolve(".tracebench-before-recovery")).doesNotExist();
    }

    @Test
    void aFileTooShortToBeADatabaseIsCalledDamagedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("tracebench.mv.db");
        Files.writeString(file, "garbage\n");
        assertThatThrownBy(() -> Database.open(DatabaseLocation.inDirectory(dir)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is damaged or is not a Tracebench database");
        assertThat(Files.readString(file)).isEqualTo("garbage\n");
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
