package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.cases.ChronologyEntry;
import org.tracebench.model.CaseFile;
import org.tracebench.model.RecordFields;
import org.tracebench.store.DatabaseLocation;

/** Batch mode: a fact deleted in the other database travels back; deleted there and changed here exits 2 until --take. */
class CaseDeletionCommandsTest {

    @TempDir
    Path dir;

    private static void with(Path db, Consumer<Workbench> work) {
        try (Workbench workbench = Workbench.open(DatabaseLocation.inDirectory(db))) {
            work.accept(workbench);
        }
    }

    private static List<ChronologyEntry> facts(Workbench workbench) {
        CaseFile pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        return workbench.casework().chronology().findByCase(pz.id());
    }

    @Test
    void aFactDeletedThereIsDeletedHereAndOneChangedHereWaitsForTake() {
        Path laptop = dir.resolve("laptop");
        Path other = dir.resolve("other");
        assertThat(BatchModeTest.run("--db", laptop.toString(), "samples").exitCode()).isZero();
        Path out = dir.resolve("pz.tbcase");
        assertThat(BatchModeTest.run("--db", laptop.toString(), "case-export", "--case", "pz-illum-2021", "--out", out.toString())
                .exitCode()).isZero();
        assertThat(BatchModeTest.run("--db", other.toString(), "case-import", out.toString()).exitCode()).isZero();

        String[] deleted = new String[2];
        with(other, w -> {
            List<ChronologyEntry> facts = facts(w);
            deleted[0] = facts.get(0).fact().fact();
            deleted[1] = facts.get(1).fact().fact();
            w.casework().editor().deleteFact(facts.get(0));
            w.casework().editor().deleteFact(facts.get(1));
        });
        // Here, the second fact was changed meanwhile.
        with(laptop, w -> {
            ChronologyEntry read = facts(w).stream().filter(e -> e.fact().fact().equals(deleted[1])).findFirst().orElseThrow();
            w.casework().editor().updateFact(read, new ChronologyEntry(RecordFields.with(read.fact(), "disputed", true),
                    read.tracedCallIds()));
        });
        Path back = dir.resolve("back.tbcase");
        BatchModeTest.Run exported = BatchModeTest.run("--db", other.toString(), "case-export", "--case", "pz-illum-2021",
                "--out", back.toString());
        assertThat(exported.exitCode()).isZero();
        assertThat(exported.out()).contains("; deletions carried: 2 (facts: 2)");

        BatchModeTest.Run conflict = BatchModeTest.run("--db", laptop.toString(), "case-import", back.toString());
        assertThat(conflict.exitCode()).isEqualTo(2);
        assertThat(conflict.out().lines().filter(line -> line.startsWith("conflict: "))).singleElement().asString()
                .contains("deleted there / changed here: here \"keep it as changed here: disputed \"true\"\"",
                        "in the file \"delete it, as in the file (deleted on ");
        with(laptop, w -> assertThat(facts(w)).extracting(e -> e.fact().fact()).contains(deleted[0], deleted[1]));

        BatchModeTest.Run taken = BatchModeTest.run("--db", laptop.toString(), "case-import", back.toString(), "--take", "theirs");
        assertThat(taken.exitCode()).as(taken.err()).isZero();
        assertThat(taken.out()).contains("facts: ", "2 deleted");
        with(laptop, w -> assertThat(facts(w)).extracting(e -> e.fact().fact()).doesNotContain(deleted[0], deleted[1]));
    }
}
