package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracebench.app.Workbench;
import org.tracebench.store.DatabaseLocation;
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

    private void refusedWithOneLine(Path file, String line) {
        BatchModeTest.Run run = importing(file);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("tracebench: " + line);
    }

    @Test
    void anEmptyFileAFolderAndAnOldWorkbookAreNamedAndRefusedBeforeTheStoreIsOpened() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        refusedWithOneLine(empty, empty + " is empty");
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        refusedWithOneLine(folder, folder + " is a folder, not a file");
        refusedWithOneLine(dir.resolve("missing.csv"), dir.resolve("missing.csv") + " does not exist");
        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        refusedWithOneLine(xls, xls + " is an old Excel workbook (.xls) or a password-protected one; save it as .xlsx "
                + "without a password, or as CSV, and import that");
        assertThat(dir.resolve("db").resolve("tracebench.mv.db")).doesNotExist();
    }

    @Test
    void aCsvNamedXlsxIsReadAsText() throws Exception {
        Path file = dir.resolve("really-a.xlsx");
        Files.writeString(file, "Customer,Date of Call\nAcme,2021-09-07T17:36:00Z\n");
        BatchModeTest.Run run = importing(file, "--dry-run");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Import of really-a.xlsx (csv, UTF-8)").contains("Rows read: 1, accepted: 1");
    }

    @Test
    void aHeaderWithoutRowsIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("header.csv");
        Files.writeString(file, "Customer,Date of Call\n");
        BatchModeTest.Run run = importing(file);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).contains("header.csv, row 1: only a header; no rows of calls follow it");
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line).contains("rejected: 1 errors"));
        Path tracebacks = dir.resolve("tracebacks.csv");
        Files.writeString(tracebacks, "traceback_id,hop,provider,role,response\n");
        assertThat(importing(tracebacks).out()).contains("tracebacks.csv, row 1: only a header; no rows of hops follow it");
        nothingWritten();
    }

    /** The sizes that used to fail are refused within a small heap too: run as a user would, with -Xmx128m. */
    @Test
    void aSixtyMegabyteLineIsRefusedWithinA128MegabyteHeap() throws Exception {
        Path file = dir.resolve("huge.csv");
        try (java.io.BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("Customer,Date of Call\n\"");
            char[] chunk = "x".repeat(64 * 1024).toCharArray();
            for (int i = 0; i < 60 * 16; i++) {
                out.write(chunk);
            }
            out.write("\",2021-09-07T17:36:00Z\n");
        }
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaCommand, "-Xmx128m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), org.tracebench.Launcher.class.getName(),
                "--db", dir.resolve("db").toString(), "import", file.toString(), "--dry-run")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("huge.csv, row 2: a row of more than 1,000,000 characters");
        assertThat(Files.readString(dir.resolve("err.txt")).lines()).singleElement()
                .satisfies(line -> assertThat(line).contains("rejected: 1 errors"));
    }

    /** Row counts the batch commands could change: calls, parties, import batches and RMD snapshots. */
    static List<Integer> counts(Path db) {
        try (Workbench workbench = Workbench.open(DatabaseLocation.inDirectory(db))) {
            return List.of(workbench.calls().count(), workbench.providers().findAll().size(),
                    workbench.importBatches().list(null).size(), workbench.rmd().snapshots().snapshots().size());
        }
    }

    /** Issue 12: every hostile file, one line on stderr naming it, exit 2, and not one row more in the store. */
    @Test
    void everyHostileFileIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        Path good = Files.writeString(dir.resolve("good.csv"), "Customer,Date of Call\nAcme,2021-09-07T17:36:00Z\n");
        assertThat(importing(good).exitCode()).isZero();
        List<Integer> before = counts(dir.resolve("db"));
        for (HostileFile file : HostileFile.all(dir.resolve("hostile"), HostileFile.CALLS, false)) {
            BatchModeTest.Run run = importing(file.path());
            assertThat(run.exitCode()).as(file.label() + ": " + run.err()).isEqualTo(2);
            assertThat(run.err().lines()).as(file.label()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("tracebench: ").contains(file.path().getFileName().toString()));
            assertThat(run.out() + run.err()).as(file.label()).contains(file.expected());
            assertThat(counts(dir.resolve("db"))).as(file.label()).isEqualTo(before);
        }
    }
}
