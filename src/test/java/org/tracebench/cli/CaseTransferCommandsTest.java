package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.RecordFields;
import org.tracebench.store.DatabaseLocation;

class CaseTransferCommandsTest {

    private static final Map<String, String> SECRET = Map.of("TRACEBENCH_CASE_PASSPHRASE", "correct horse battery");

    @TempDir
    Path dir;

    private void setNotes(Path db, String notes) {
        try (Workbench workbench = Workbench.open(DatabaseLocation.inDirectory(db))) {
            CaseFile read = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
            workbench.casework().editor().save(read, RecordFields.with(read, "notes", notes));
        }
    }

    @Test
    void anEncryptedCaseTravelsAndABothSidesChangeExitsTwoUntilTakeDecidesIt() {
        Path laptop = dir.resolve("laptop");
        Path other = dir.resolve("other");
        Path file = dir.resolve("pz.tbcase");
        assertThat(BatchModeTest.run("--db", laptop.toString(), "samples").exitCode()).isZero();

        BatchModeTest.Run exported = EncryptCommandTest.runWith(SECRET, "--db", laptop.toString(), "case-export",
                "--case", "pz-illum-2021", "--out", file.toString(), "--encrypt");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Exported case pz-illum-2021 to", "78 calls", "encrypted");

        BatchModeTest.Run noSecret = EncryptCommandTest.runWith(Map.of(), "--db", other.toString(), "case-import", file.toString());
        assertThat(noSecret.exitCode()).isEqualTo(2);
        assertThat(noSecret.err().strip()).isEqualTo("tracebench: pz.tbcase is encrypted: set TRACEBENCH_CASE_PASSPHRASE or run "
                + "in a terminal to be asked for its passphrase");

        BatchModeTest.Run imported = EncryptCommandTest.runWith(SECRET, "--db", other.toString(), "case-import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Added case pz-illum-2021", "calls: 78 added");

        setNotes(other, "Theirs");
        Path back = dir.resolve("back.tbcase");
        assertThat(BatchModeTest.run("--db", other.toString(), "case-export", "--case", "pz-illum-2021", "--out", back.toString())
                .exitCode()).isZero();
        setNotes(laptop, "Mine");

        BatchModeTest.Run conflict = BatchModeTest.run("--db", laptop.toString(), "case-import", back.toString());
        assertThat(conflict.exitCode()).isEqualTo(2);
        assertThat(conflict.out()).contains("conflict: case pz-illum-2021 (PZ/Illum cease-and-desist (2021)), notes (changed on "
                + "both sides): here \"Mine\", in the file \"Theirs\"");
        assertThat(conflict.err().lines()).hasSize(1);
        assertThat(conflict.err()).contains("back.tbcase: 1 record was changed both here and in the file; nothing was imported",
                "--take mine or --take theirs");

        BatchModeTest.Run taken = BatchModeTest.run("--db", laptop.toString(), "case-import", back.toString(), "--take", "theirs");
        assertThat(taken.exitCode()).as(taken.err()).isZero();
        assertThat(taken.out()).contains("Updated case pz-illum-2021", "case: 1 decided");
        try (Workbench workbench = Workbench.open(DatabaseLocation.inDirectory(laptop))) {
            assertThat(workbench.cases().findByKey("pz-illum-2021").orElseThrow().notes()).isEqualTo("Theirs");
        }
    }
}
