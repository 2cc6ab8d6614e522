package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile files of issue 12 given to {@code rmd-import}: each refused in one line naming it, exit 2, nothing written. */
class RmdHostileFilesTest {

    @TempDir
    Path dir;

    private BatchModeTest.Run rmdImport(Path file) {
        return BatchModeTest.run("--db", dir.resolve("db").toString(), "rmd-import", file.toString(), "--as-of", "2025-09-01");
    }

    @Test
    void everyHostileFileIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        Path good = Files.writeString(dir.resolve("good.csv"), "number,business_name\nRMD0001,Acme Voice\n");
        assertThat(rmdImport(good).exitCode()).isZero();
        List<Integer> before = HostileFilesTest.counts(dir.resolve("db"));
        for (HostileFile file : HostileFile.all(dir.resolve("hostile"), HostileFile.RMD, true)) {
            BatchModeTest.Run run = rmdImport(file.path());
            assertThat(run.exitCode()).as(file.label() + ": " + run.err()).isEqualTo(2);
            assertThat(run.err().lines()).as(file.label()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("tracebench: ").contains(file.path().getFileName().toString()).contains(file.expected()));
            assertThat(HostileFilesTest.counts(dir.resolve("db"))).as(file.label()).isEqualTo(before);
        }
    }

    /** Not UTF-8 from the start: read as Windows-1252, and the summary says so. */
    @Test
    void aWindows1252ExportIsReadAndTheSummaryNamesTheEncoding() throws Exception {
        Path file = Files.write(dir.resolve("ansi.csv"), "number,business_name\nRMD0001,Caf\u00e9 T\u00e9l\u00e9com\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        BatchModeTest.Run run = rmdImport(file);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 rows").contains("read as Windows-1252");
        assertThat(BatchModeTest.run("--db", dir.resolve("db").toString(), "cases").exitCode()).isZero();
    }

    /** A value longer than its column is refused by row and column, not by the database. */
    @Test
    void aNameLongerThanItsColumnIsARowAndColumnError() throws Exception {
        Path file = Files.writeString(dir.resolve("long.csv"), "number,business_name\nRMD0001," + "n".repeat(600) + "\n");
        BatchModeTest.Run run = rmdImport(file);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("tracebench: long.csv: row 2, column business_name: \"" + "n".repeat(40)
                + "…\": 600 characters; at most 500 fit\n");
    }
}
