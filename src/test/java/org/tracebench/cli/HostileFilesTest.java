package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files made to break the importer (issue 12): each is refused with exit 2, one line, nothing written. */
class HostileFilesTest {

    @TempDir
    Path dir;

    private BatchModeTest.Run importing(Path file, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "--db";
        args[1] = dir.resolve("db").toString();
        args[2] = "import";
        args[3] = file.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return BatchModeTest.run(args);
    }

    private void nothingWritten() {
        BatchModeTest.Run cases = BatchModeTest.run("--db", dir.resolve("db").toString(), "cases");
        assertThat(cases.out()).isEmpty();
    }

    @Test
    void aCellTooLongForItsColumnIsARowErrorEvenInADryRun() throws Exception {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, "Customer,Date of Call\n\"" + "n".repeat(501) + "\",2021-09-07T17:36:00Z\n");
        for (String[] more : new String[][] {{"--dry-run"}, {}}) {
            BatchModeTest.Run run = importing(file, more);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.out()).contains("long.csv, row 2, column Customer: \"" + "n".repeat(40)
                    + "…\": 501 characters; at most 500 fit");
            assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line).contains("rejected: 1 errors"));
        }
        nothingWritten();
    }
}
