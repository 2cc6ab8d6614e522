package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Logging;
import picocli.CommandLine;

class BatchModeTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        TracebenchCommand top = new TracebenchCommand();
        CommandLine commandLine = TracebenchCommand.commandLine(top);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        try {
            int code = commandLine.execute(args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            // Closes the log file so it can be read, and so the temporary directory can be deleted.
            Logging.stop();
        }
    }

    @Test
    void samplesThenCasesListsTheReferenceCases() {
        Run samples = run("--db", dir.toString(), "samples");
        assertThat(samples.exitCode()).isZero();
        assertThat(samples.out()).contains("PZ/Illum cease-and-desist (2021) (78 traced calls)");
        Run cases = run("--db", dir.toString(), "cases");
        assertThat(cases.exitCode()).isZero();
        assertThat(cases.out().lines()).hasSize(6);
        assertThat(cases.out().lines().findFirst().orElseThrow())
                .isEqualTo("1\tPZ/Illum cease-and-desist (2021)\tPZ/Illum Telecommunication Telecommunication LLC\tsent\t78");
        assertThat(cases.out()).contains("\tHK KwaiFong Group Limited\tsent\t14")
                .contains("Warning letter: KWK Communications, Inc. (2024)");
        assertThat(run("--db", dir.toString(), "samples").out()).contains("already loaded");
    }

    @Test
    void dbOptionMayFollowTheSubcommand() {
        assertThat(run("cases", "--db", dir.toString()).exitCode()).isZero();
    }

    @Test
    void usageErrorsExitWithTwoAndOneLineOnStderr() {
        Run unknown = run("--db", dir.toString(), "no-such-command");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().lines()).hasSize(1);
        assertThat(unknown.err()).startsWith("tracebench: ");
    }

    @Test
    void unusableDatabaseExitsWithOne() throws Exception {
        Path file = dir.resolve("not-a-directory");
        Files.writeString(file, "x");
        Run run = run("--db", file.toString(), "cases");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("tracebench: Database location " + file + " is a file, not a directory (details in ");
    }

    @Test
    void aFailureLeavesItsStackTraceInTheLogBesideTheDatabaseAndOneLineOnStderr() throws Exception {
        Files.write(dir.resolve("tracebench.mv.db"), new byte[] {'n', 'o', 't', ' ', 'H', '2', 0, 1, 2, 3});
        Run run = run("--db", dir.toString(), "cases");
        Path log = dir.resolve(Logging.FILE_NAME);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("tracebench: Database file ").contains("is damaged or is not a Tracebench database")
                .endsWith(" (details in " + log + ")");
        assertThat(Files.readString(log))
                .contains("ERROR", "Command cases failed", "org.tracebench.store.StoreException")
                .containsPattern("\\tat org\\.tracebench\\.store\\.Database\\.");
    }

    @Test
    void badInputIsLoggedAsAWarningAndKeepsItsMessage() throws Exception {
        Run run = run("--db", dir.toString(), "export-xlsx", "--case", "nope", "--out", dir.resolve("x.xlsx").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("tracebench: no case \"nope\" (see `tracebench cases`)" + System.lineSeparator());
        assertThat(Files.readString(dir.resolve(Logging.FILE_NAME))).contains("WARN", "BadInputException");
    }

    @Test
    void aFailureOnAnotherThreadIsLoggedAndReportedInOneLine() throws Exception {
        Path log = Logging.startIn(dir);
        StringWriter err = new StringWriter();
        try {
            Thread worker = new Thread(() -> {
                throw new IllegalStateException("worker gave up");
            }, "tracebench-test-worker");
            worker.setUncaughtExceptionHandler(TracebenchCommand.uncaughtHandler(new PrintWriter(err)));
            worker.start();
            worker.join();
        } finally {
            Logging.stop();
        }
        assertThat(err.toString()).isEqualTo("tracebench: unexpected error: worker gave up (details in " + log + ")"
                + System.lineSeparator());
        assertThat(Files.readString(log)).contains("Uncaught on thread tracebench-test-worker",
                "java.lang.IllegalStateException: worker gave up", "\tat org.tracebench.cli.BatchModeTest");
    }

    @Test
    void helpWritesNoLog() {
        run("--db", dir.toString(), "--help");
        assertThat(dir.resolve(Logging.FILE_NAME)).doesNotExist();
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help").out()).contains("samples").contains("cases").contains("--db");
        assertThat(run("--version").out()).startsWith("Tracebench ");
    }

    @Test
    void noSubcommandAsksForTheWindow() {
        TracebenchCommand top = new TracebenchCommand();
        try {
            assertThat(TracebenchCommand.commandLine(top).execute("--db", dir.toString())).isZero();
        } finally {
            Logging.stop();
        }
        assertThat(top.guiRequested()).isTrue();
        assertThat(top.databaseArgument()).isEqualTo(dir.toString());
    }
}
