package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.letters.TemplateLibrary;
import org.tracebench.model.CaseFile;
import org.tracebench.store.DatabaseLocation;

class LetterCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheLetterAndRecordsTheNotice() throws Exception {
        Path db = dir.resolve("db");
        assertThat(BatchModeTest.run("--db", db.toString(), "samples").exitCode()).isZero();
        Path out = dir.resolve("pz.pdf");
        BatchModeTest.Run run = BatchModeTest.run("--db", db.toString(), "letter", "--case", "pz-illum-2021",
                "--template", "fcc-cease-and-desist", "--out", out.toString(), "--date", "2021-10-21");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith("%PDF".getBytes());
        assertThat(run.out()).contains("deadline measures: November 5, 2021", "deadline mitigate: October 23, 2021");
        try (Workbench workbench = Workbench.open(DatabaseLocation.inDirectory(db))) {
            CaseFile pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
            assertThat(workbench.notices().findByCase(pz.id())).singleElement()
                    .satisfies(n -> assertThat(n.template()).isEqualTo("fcc-cease-and-desist"));
        }
    }

    @Test
    void severalCasesGiveOneFileEach() {
        Path db = dir.resolve("db");
        BatchModeTest.run("--db", db.toString(), "samples");
        BatchModeTest.Run run = BatchModeTest.run("--db", db.toString(), "letter", "--case",
                "warning-kwk-2024,warning-callvox-2024", "--template", "warning-letter", "--out",
                dir.resolve("warning.docx").toString(), "--allow-illustrative");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("warning-warning-kwk-2024.docx")).exists();
        assertThat(dir.resolve("warning-warning-callvox-2024.docx")).exists();
    }

    @Test
    void badInputExitsWithTwoAndOneLine() {
        Path db = dir.resolve("db");
        BatchModeTest.run("--db", db.toString(), "samples");
        String out = dir.resolve("x.pdf").toString();
        for (String[] args : new String[][] {
            {"--case", "pz-illum-2021", "--template", "no-such", "--out", out},
            {"--case", "nope", "--template", "warning-letter", "--out", out},
            {"--case", "pz-illum-2021", "--template", "warning-letter", "--out", dir.resolve("x.txt").toString()},
            {"--case", "pz-illum-2021", "--template", "warning-letter", "--out", out, "--date", "21/10/2021"}}) {
            String[] full = new String[args.length + 3];
            full[0] = "--db";
            full[1] = db.toString();
            full[2] = "letter";
            System.arraycopy(args, 0, full, 3, args.length);
            BatchModeTest.Run run = BatchModeTest.run(full);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().lines()).hasSize(1);
        }
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aBrokenSavedTemplateIsReportedWithItsLine() {
        Path db = dir.resolve("db");
        BatchModeTest.run("--db", db.toString(), "samples");
        try (Workbench workbench = Workbench.open(DatabaseLocation.inDirectory(db))) {
            String source = TemplateLibrary.builtInSource("warning-letter").orElseThrow()
                    .replace("{{letter.date}}", "{{letter.dat}}");
            workbench.letters().templates().save("warning-letter", source);
        }
        BatchModeTest.Run run = BatchModeTest.run("--db", db.toString(), "letter", "--case", "warning-kwk-2024",
                "--template", "warning-letter", "--out", dir.resolve("w.pdf").toString(), "--allow-illustrative");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).matches("(?s)tracebench: template warning-letter, line \\d+: unknown field 'letter.dat'.*");
        assertThat(dir.resolve("w.pdf")).doesNotExist();
    }

    @Test
    void aWarningLetterOnIllustrativeRecordsIsRefusedWithoutTheFlag() {
        Path db = dir.resolve("db");
        BatchModeTest.run("--db", db.toString(), "samples");
        Path out = dir.resolve("kwk.pdf");
        BatchModeTest.Run run = BatchModeTest.run("--db", db.toString(), "letter", "--case", "warning-kwk-2024",
                "--template", "warning-letter", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("tracebench: letter refused: ")
                .contains("findings rest on records marked illustrative",
                        "Downstream providers accepted and carried traffic directly from KWK",
                        "Sample Wholesale Routes", "use --allow-illustrative");
        assertThat(out).doesNotExist();
        try (Workbench workbench = Workbench.open(DatabaseLocation.inDirectory(db))) {
            CaseFile kwk = workbench.cases().findByKey("warning-kwk-2024").orElseThrow();
            assertThat(workbench.notices().findByCase(kwk.id())).isEmpty();
        }
    }

    @Test
    void withTheFlagTheLetterIsWrittenAndTheChoiceAudited() throws Exception {
        Path db = dir.resolve("db");
        BatchModeTest.run("--db", db.toString(), "samples");
        Path out = dir.resolve("kwk.pdf");
        BatchModeTest.Run run = BatchModeTest.run("--db", db.toString(), "letter", "--case", "warning-kwk-2024",
                "--template", "warning-letter", "--out", out.toString(), "--allow-illustrative");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith("%PDF".getBytes());
        try (Workbench workbench = Workbench.open(DatabaseLocation.inDirectory(db))) {
            CaseFile kwk = workbench.cases().findByKey("warning-kwk-2024").orElseThrow();
            assertThat(workbench.notices().findByCase(kwk.id())).hasSize(1);
            assertThat(workbench.audit().forEntity("case", kwk.id())).anySatisfy(e -> assertThat(e.detail())
                    .contains("warning-letter -> kwk.pdf").contains("; exported with 3 illustrative findings allowed"));
        }
    }
}
