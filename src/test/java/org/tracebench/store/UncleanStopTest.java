package org.tracebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.work.Progress;

/** A real kill (SIGKILL of a child JVM in the middle of a transaction) is seen at the next open, and only then. */
class UncleanStopTest {

    @TempDir
    Path dir;

    @Test
    void aKilledProcessIsNoticedAtTheNextOpenAndTheCheckFindsTheStoreWhole() throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), DatabaseKilledMidImport.class.getName(), dir.toString(), "leftovers")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("written"));
            assertThat(line).isEqualTo("written");
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        DatabaseLocation location = DatabaseLocation.inDirectory(dir);
        try (Database db = Database.open(location)) {
            assertThat(db.openedAfterUncleanStop()).isTrue();
            IntegrityCheck.Report report = new IntegrityCheck(db).run(Progress.NONE);
            assertThat(report.summary()).endsWith("; no orphan rows");
            assertThat(report.rows("provider")).isEqualTo(1);
        }
        try (Database db = Database.open(location)) {
            assertThat(db.openedAfterUncleanStop()).isFalse();
        }
    }
}
