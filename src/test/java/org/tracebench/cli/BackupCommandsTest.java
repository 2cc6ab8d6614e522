package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.cli.BatchModeTest.Run;

/** `backup`, `restore` and `check` as a user runs them. */
class BackupCommandsTest {

    @TempDir
    Path dir;

    private Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return BatchModeTest.run(all);
    }

    @Test
    void backupThenRemoveTheSamplesThenRestoreBringsThemBack() throws Exception {
        assertThat(run("samples").exitCode()).isZero();
        Path zip = dir.resolve("mine/before.zip");
        Run backup = run("backup", zip.toString());
        assertThat(backup.exitCode()).isZero();
        assertThat(backup.out()).isEqualTo("Backed up " + dir.resolve("data/tracebench.mv.db") + " to " + zip + System.lineSeparator());
        assertThat(run("samples", "--remove").exitCode()).isZero();
        assertThat(run("cases").out()).isEmpty();

        Run restore = run("restore", zip.toString());
        assertThat(restore.err()).isEmpty();
        assertThat(restore.exitCode()).isZero();
        assertThat(restore.out().lines().toList()).hasSize(2);
        assertThat(restore.out()).startsWith("Restored " + dir.resolve("data/tracebench.mv.db") + " from " + zip + " (schema ")
                .contains("no orphan rows)")
                .contains("The database it replaced is kept as " + dir.resolve("data/backups/tracebench-"));
        assertThat(run("cases").out().lines()).hasSize(6);
    }

    @Test
    void commandsThatChangeDataLeaveAnAutomaticBackupAndKeepSetsHowMany() throws Exception {
        assertThat(run("samples").exitCode()).isZero();
        Path backups = dir.resolve("data/backups");
        // The daily one at open and the one on close after the change.
        try (var files = Files.list(backups)) {
            assertThat(files.filter(f -> f.toString().endsWith(".zip")).count()).isEqualTo(2);
        }
        Run keep = run("backup", "--keep", "1");
        assertThat(keep.exitCode()).isZero();
        assertThat(keep.out()).isEqualTo("Keeping the newest 1 automatic backups in " + backups + System.lineSeparator());
        try (var files = Files.list(backups)) {
            assertThat(files.filter(f -> f.toString().endsWith(".zip")).count()).isEqualTo(1);
        }
        assertThat(Files.readString(dir.resolve("data/backups.properties"))).contains("keep=1");
    }

    @Test
    void aBadBackupIsOneLineExitTwoAndChangesNothing() throws Exception {
        assertThat(run("samples").exitCode()).isZero();
        Path db = dir.resolve("data/tracebench.mv.db");
        byte[] before = Files.readAllBytes(db);
        Path bad = Files.writeString(dir.resolve("bad.zip"), "not a backup");
        Run restore = run("restore", bad.toString());
        assertThat(restore.exitCode()).isEqualTo(2);
        assertThat(restore.out()).isEmpty();
        assertThat(restore.err()).isEqualTo("tracebench: " + bad
                + ": not a Tracebench backup (neither a zip file nor a database file)" + System.lineSeparator());
        assertThat(Files.readAllBytes(db)).isEqualTo(before);

        Run missing = run("restore", dir.resolve("nope.zip").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("tracebench: " + dir.resolve("nope.zip") + ": no such file" + System.lineSeparator());
    }

    @Test
    void checkSaysAllIsWellOrNamesTheOrphans() throws Exception {
        assertThat(run("samples").exitCode()).isZero();
        Run clean = run("check");
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.out()).matches("\\Q" + dir.resolve("data/tracebench.mv.db")
                + "\\E: all \\d+ tables read \\(\\d+ rows\\); no orphan rows\\R");

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/tracebench"), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            s.execute("INSERT INTO hop (traced_call_id, hop_order, provider_id, role, response, illustrative)"
                    + " SELECT 999999, 1, provider_id, role, response, illustrative FROM hop FETCH FIRST ROW ONLY");
        }
        Run orphan = run("check");
        assertThat(orphan.exitCode()).isEqualTo(1);
        assertThat(orphan.out()).contains("; 1 hop refers to calls that do not exist (traced_call_id 999999)");
    }

    @Test
    void afterAnUncleanStopTheNextCommandChecksAndSaysWhatItFound() throws Exception {
        assertThat(run("samples").exitCode()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/tracebench"), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            s.execute("DELETE FROM traced_call WHERE id = (SELECT MIN(traced_call_id) FROM hop)");
        }
        // The marker a killed run leaves behind.
        Files.writeString(dir.resolve("data/tracebench.open"), "opened by process 1\n");
        Run cases = run("cases");
        assertThat(cases.exitCode()).isZero();
        assertThat(cases.err().lines().toList()).hasSize(2);
        assertThat(cases.err().lines().findFirst().orElseThrow())
                .isEqualTo("tracebench: recovering " + dir.resolve("data/tracebench.mv.db")
                        + " after an unclean stop (undoing the work that was cut off, then checking the tables)...");
        assertThat(cases.err().lines().skip(1).findFirst().orElseThrow())
                .startsWith("tracebench: the previous run did not close the database; the check found: all ")
                .contains("hops refer to calls that do not exist (traced_call_id ");
        assertThat(run("cases").err()).isEmpty();
    }

    @Test
    void aDatabaseKilledInTheMiddleOfAWriteSaysItIsRecoveringBeforeTheWaitAndThenOpens() throws Exception {
        Path data = dir.resolve("data");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), org.tracebench.store.DatabaseKilledMidImport.class.getName(),
                data.toString()).redirectErrorStream(true).start();
        try (java.io.BufferedReader out = child.inputReader()) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("written"));
            assertThat(line).isEqualTo("written");
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        Run cases = run("cases");
        assertThat(cases.exitCode()).as(cases.err()).isZero();
        // One line before the wait, and nothing more: the check after the recovery found the store clean.
        assertThat(cases.err().lines().toList()).containsExactly("tracebench: recovering " + data.resolve("tracebench.mv.db")
                + " after an unclean stop (undoing the work that was cut off, then checking the tables)...");
        assertThat(data.resolve(".tracebench-before-recovery")).doesNotExist();
        assertThat(run("cases").err()).isEmpty();
    }

    @Test
    void aServerDatabaseIsLeftToPgDump() {
        Run backup = BatchModeTest.run("--db", "jdbc:postgresql://localhost:1/none", "backup", dir.resolve("x.zip").toString());
        assertThat(backup.exitCode()).isEqualTo(2);
        assertThat(backup.err()).contains("pg_dump");
    }
}
