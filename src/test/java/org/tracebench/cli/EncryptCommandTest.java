package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Logging;
import picocli.CommandLine;

/** The batch face of encryption at rest: `encrypt`, `encrypt --change`, and every command on an encrypted database. */
class EncryptCommandTest {

    private static final String PASSPHRASE = "correct horse battery staple";
    /** Case data of the samples: a case title, provider names, phone numbers of traced calls. */
    private static final List<String> CASE_DATA = List.of("PZ/Illum", "HK KwaiFong", "Belle Telecom", "2025550182");

    @TempDir
    Path dir;

    /** Runs a command as batch mode would, with these environment variables and no terminal. */
    static BatchModeTest.Run runWith(Map<String, String> environment, String... args) {
        TracebenchCommand top = new TracebenchCommand();
        top.passphrases = new PassphraseSource(environment::get, null);
        CommandLine commandLine = TracebenchCommand.commandLine(top);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        try {
            return new BatchModeTest.Run(commandLine.execute(args), out.toString(), err.toString());
        } finally {
            Logging.stop();
        }
    }

    private BatchModeTest.Run run(String passphrase, String... args) {
        Map<String, String> environment = new HashMap<>();
        if (passphrase != null) {
            environment.put("TRACEBENCH_PASSPHRASE", passphrase);
        }
        String[] all = Stream.concat(Stream.of("--db", db().toString()), Stream.of(args)).toArray(String[]::new);
        return runWith(environment, all);
    }

    private Path db() {
        return dir.resolve("data");
    }

    private String sha256() throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(db().resolve("tracebench.mv.db"))));
    }

    @Test
    void anExistingDatabaseIsEncryptedAndThenEveryCommandNeedsThePassphrase() throws Exception {
        assertThat(run(null, "samples").exitCode()).isZero();

        BatchModeTest.Run encrypt = run(PASSPHRASE, "encrypt");
        assertThat(encrypt.exitCode()).as(encrypt.err()).isZero();
        assertThat(encrypt.out()).startsWith("Encrypted " + db().resolve("tracebench.mv.db"));

        BatchModeTest.Run cases = run(PASSPHRASE, "cases");
        assertThat(cases.exitCode()).as(cases.err()).isZero();
        assertThat(cases.out().lines()).hasSize(6);

        BatchModeTest.Run without = run(null, "cases");
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err().lines()).singleElement().asString()
                .isEqualTo("tracebench: Database " + db().resolve("tracebench.mv.db")
                        + " is encrypted: set TRACEBENCH_PASSPHRASE or run in a terminal to be asked for its passphrase");
    }

    @Test
    void aWrongPassphraseExitsWithTwoInOneLineAndLeavesTheFileAsItWas() throws Exception {
        assertThat(run(null, "samples").exitCode()).isZero();
        assertThat(run(PASSPHRASE, "encrypt").exitCode()).isZero();
        String before = sha256();

        BatchModeTest.Run wrong = run("not the passphrase", "cases");

        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err().lines()).singleElement().asString()
                .isEqualTo("tracebench: Wrong passphrase for database " + db().resolve("tracebench.mv.db") + "; the file was not changed");
        assertThat(wrong.out()).isEmpty();
        assertThat(sha256()).isEqualTo(before);
        assertThat(Files.readString(db().resolve(Logging.FILE_NAME))).doesNotContain("not the passphrase").doesNotContain(PASSPHRASE);
    }

    @Test
    void thePassphraseIsChangedFromTheEnvironment() {
        assertThat(run(null, "samples").exitCode()).isZero();
        assertThat(run(PASSPHRASE, "encrypt").exitCode()).isZero();

        BatchModeTest.Run change = runWith(Map.of("TRACEBENCH_PASSPHRASE", PASSPHRASE, "TRACEBENCH_NEW_PASSPHRASE", "another long passphrase"),
                "--db", db().toString(), "encrypt", "--change");
        assertThat(change.exitCode()).as(change.err()).isZero();
        assertThat(change.out()).isEqualTo("Changed the passphrase of " + db().resolve("tracebench.mv.db") + "." + System.lineSeparator());

        assertThat(run(PASSPHRASE, "cases").exitCode()).isEqualTo(2);
        assertThat(run("another long passphrase", "cases").out().lines()).hasSize(6);
    }

    @Test
    void refusalsExitWithTwo() {
        assertThat(run(null, "samples").exitCode()).isZero();
        BatchModeTest.Run noPassphrase = run(null, "encrypt");
        assertThat(noPassphrase.exitCode()).isEqualTo(2);
        assertThat(noPassphrase.err()).isEqualTo("tracebench: No passphrase: set TRACEBENCH_PASSPHRASE or run in a terminal"
                + " to be asked for one" + System.lineSeparator());
        BatchModeTest.Run tooShort = run("short", "encrypt");
        assertThat(tooShort.exitCode()).isEqualTo(2);
        assertThat(tooShort.err()).contains("at least 8 characters");
        assertThat(run(null, "encrypt", "--change").err()).contains("is not encrypted; encrypt it first");

        assertThat(run(PASSPHRASE, "encrypt").exitCode()).isZero();
        BatchModeTest.Run twice = run(PASSPHRASE, "encrypt");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("is already encrypted; to change its passphrase: tracebench encrypt --change");
    }

    @Test
    void noCaseDataIsLeftInPlainTextInTheDataDirectoryOfAnEncryptedDatabase() throws Exception {
        BatchModeTest.Run create = run(PASSPHRASE, "encrypt");
        assertThat(create.exitCode()).as(create.err()).isZero();
        assertThat(run(PASSPHRASE, "samples").exitCode()).isZero();
        BatchModeTest.Run export = run(PASSPHRASE, "export-xlsx", "--case", "pz-illum-2021", "--out", dir.resolve("pz.xlsx").toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(run(PASSPHRASE, "cases").exitCode()).isZero();
        quoteCaseDataInARefusal(PASSPHRASE);

        assertThat(filesOf(db())).extracting(p -> db().relativize(p).toString()).contains("tracebench.mv.db", "tracebench.log");
        assertThat(plainTextHits(db())).isEmpty();
    }

    @Test
    void theSameScanFindsCaseDataInAPlainDatabase() throws Exception {
        assertThat(run(null, "samples").exitCode()).isZero();
        quoteCaseDataInARefusal(null);
        assertThat(plainTextHits(db())).contains("PZ/Illum in tracebench.mv.db", "2025550182 in tracebench.mv.db",
                "PZ/Illum in tracebench.log", "Belle Telecom in tracebench.log");
    }

    @Test
    void encryptingAPlainDatabaseRemovesTheLogWrittenWhileItWasPlain() throws Exception {
        assertThat(run(null, "samples").exitCode()).isZero();
        quoteCaseDataInARefusal(null);
        assertThat(plainTextHits(db())).contains("PZ/Illum in tracebench.log");

        assertThat(run(PASSPHRASE, "encrypt").exitCode()).isZero();
        quoteCaseDataInARefusal(PASSPHRASE);

        assertThat(plainTextHits(db())).isEmpty();
        assertThat(Files.readString(db().resolve("tracebench.log"))).contains("Refused: <withheld: encrypted database>");
    }

    /** Refusals whose messages name what the user typed (a case) and what the data holds (a provider). */
    private void quoteCaseDataInARefusal(String passphrase) {
        assertThat(run(passphrase, "export-xlsx", "--case", "PZ/Illum 2020", "--out", dir.resolve("x.xlsx").toString()).exitCode())
                .isEqualTo(2);
        assertThat(run(passphrase, "analyze", "--provider", "Belle Telecom 2025550182").exitCode()).isEqualTo(2);
    }

    private static List<String> plainTextHits(Path directory) throws Exception {
        List<String> hits = new ArrayList<>();
        for (Path file : filesOf(directory)) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            String utf16 = new String(Files.readAllBytes(file), StandardCharsets.UTF_16BE);
            for (String text : CASE_DATA) {
                if (bytes.contains(text) || utf16.contains(text)) {
                    hits.add(text + " in " + directory.relativize(file));
                }
            }
        }
        return hits;
    }

    private static List<Path> filesOf(Path directory) throws Exception {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
