package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracebench.app.Workbench;
import org.tracebench.model.TracedCall;
import org.tracebench.store.DatabaseLocation;

class ImportCommandTest {

    @TempDir
    Path dir;

    private Path fixture(String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/org/tracebench/ingest/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void importsIntoACaseAfterADryRun() throws Exception {
        String db = dir.resolve("db").toString();
        assertThat(BatchModeTest.run("--db", db, "samples").exitCode()).isZero();
        Path xlsx = fixture("attachment-a-libreoffice.xlsx");

        BatchModeTest.Run dry = BatchModeTest.run("--db", db, "import", xlsx.toString(), "--case", "hk-kwaifong-2025", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Outcome: dry run, nothing written (78 calls, 78 hops would be written)")
                .contains("Rows read: 78, accepted: 78").contains("Date of Call -> Date of Call")
                .contains("11 x a response status, not a party name");
        assertThat(BatchModeTest.run("--db", db, "cases").out()).contains("\tHK KwaiFong Group Limited\tsent\t14");

        BatchModeTest.Run real = BatchModeTest.run("--db", db, "import", xlsx.toString(), "--case", "hk-kwaifong-2025");
        assertThat(real.exitCode()).isZero();
        assertThat(real.out()).contains("Outcome: written (78 calls, 78 hops)");
        assertThat(BatchModeTest.run("--db", db, "cases").out()).contains("\tHK KwaiFong Group Limited\tsent\t92");
    }

    @Test
    void rejectedFileExitsWithTwoAndWritesNothing() throws Exception {
        String db = dir.resolve("db").toString();
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "Customer\tDate of Call\nAcme\tyesterday\n");
        BatchModeTest.Run run = BatchModeTest.run("--db", db, "import", bad.toString(), "--format", "text");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("bad.tsv, row 2, column Date of Call: \"yesterday\": not a date and time");
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line).startsWith("tracebench: ")
                .contains("rejected: 1 errors"));
        assertThat(BatchModeTest.run("--db", db, "cases").out()).isEmpty();

        assertThat(BatchModeTest.run("--db", db, "import", bad.toString(), "--format", "pdf").exitCode()).isEqualTo(2);
        assertThat(BatchModeTest.run("--db", db, "import", bad.toString(), "--case", "nope").exitCode()).isEqualTo(2);
        assertThat(BatchModeTest.run("--db", db, "import", dir.resolve("missing.csv").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void mergesAreListedAndCanBeUndone() throws Exception {
        String db = dir.resolve("db").toString();
        Path file = dir.resolve("calls.tsv");
        Files.writeString(file, "Customer\tDate of Call\nSpinning Mantra Communications Pvt. Ltd.\t2021-09-07 21:11\n"
                + "Spinning Mantra Communications Pvt. Ltd\t2021-09-07 17:27\n");
        assertThat(BatchModeTest.run("--db", db, "import", file.toString()).exitCode()).isZero();
        BatchModeTest.Run list = BatchModeTest.run("--db", db, "merges");
        assertThat(list.out().lines()).singleElement().satisfies(line -> assertThat(line.split("\t"))
                .contains("1", "Spinning Mantra Communications Pvt. Ltd", "Spinning Mantra Communications Pvt. Ltd."));
        BatchModeTest.Run undone = BatchModeTest.run("--db", db, "merges", "--undo", "1");
        assertThat(undone.out()).startsWith("Merge 1 undone: \"Spinning Mantra Communications Pvt. Ltd\" is party");
        assertThat(BatchModeTest.run("--db", db, "merges").out()).contains("undone ");
        BatchModeTest.Run again = BatchModeTest.run("--db", db, "merges", "--undo", "1");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already undone");
    }

    @Test
    void importingTwiceSkipsTheCallsAlreadyThereAndAnImportCanBeUndone() throws Exception {
        String db = dir.resolve("db").toString();
        assertThat(BatchModeTest.run("--db", db, "samples").exitCode()).isZero();
        Path text = fixture("attachment-a-pasted.txt");

        BatchModeTest.Run first = BatchModeTest.run("--db", db, "import", text.toString(), "--case", "hk-kwaifong-2025");
        assertThat(first.out()).contains("Outcome: written (78 calls, 78 hops)").contains("Against the case: 78 new")
                .contains("Import batch: 1");
        BatchModeTest.Run again = BatchModeTest.run("--db", db, "import", text.toString(), "--case", "hk-kwaifong-2025");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Outcome: written (0 calls, 0 hops)")
                .contains("Against the case: 78 identical (on duplicate: skip; 78 not written)");
        assertThat(BatchModeTest.run("--db", db, "cases").out()).contains("\tHK KwaiFong Group Limited\tsent\t92");

        BatchModeTest.Run keep = BatchModeTest.run("--db", db, "import", text.toString(), "--case", "hk-kwaifong-2025",
                "--on-duplicate", "keep");
        assertThat(keep.out()).contains("Outcome: written (78 calls, 78 hops)").contains("78 identical (on duplicate: keep");
        assertThat(BatchModeTest.run("--db", db, "cases").out()).contains("\tHK KwaiFong Group Limited\tsent\t170");
        assertThat(BatchModeTest.run("--db", db, "import", text.toString(), "--on-duplicate", "twice").exitCode()).isEqualTo(2);

        BatchModeTest.Run list = BatchModeTest.run("--db", db, "imports", "--case", "hk-kwaifong-2025");
        assertThat(list.out().lines()).hasSize(3).satisfies(lines -> {
            assertThat(lines.get(0)).startsWith("3\t").contains("attachment-a-pasted.txt", "keep", "78 read, 78 written");
            assertThat(lines.get(1)).startsWith("2\t").contains("78 read, 0 written, 78 skipped");
            assertThat(lines.get(2)).startsWith("1\t");
        });
        BatchModeTest.Run undo = BatchModeTest.run("--db", db, "imports", "--undo", "3");
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(undo.out()).startsWith("Import 3 (attachment-a-pasted.txt) undone: 78 calls and 78 hops deleted");
        assertThat(BatchModeTest.run("--db", db, "cases").out()).contains("\tHK KwaiFong Group Limited\tsent\t92");
        assertThat(BatchModeTest.run("--db", db, "imports").out().lines().findFirst().orElseThrow()).contains("undone ");
        BatchModeTest.Run twice = BatchModeTest.run("--db", db, "imports", "--undo", "3");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("already undone");
        assertThat(BatchModeTest.run("--db", db, "imports", "--undo", "99").exitCode()).isEqualTo(2);
    }

    @Test
    void undoOverCallsEditedSinceNeedsForce() throws Exception {
        String db = dir.resolve("db").toString();
        assertThat(BatchModeTest.run("--db", db, "samples").exitCode()).isZero();
        Path text = fixture("attachment-a-pasted.txt");
        assertThat(BatchModeTest.run("--db", db, "import", text.toString(), "--case", "hk-kwaifong-2025").exitCode()).isZero();
        long edited;
        try (org.tracebench.app.Workbench workbench = org.tracebench.app.Workbench.open(
                org.tracebench.store.DatabaseLocation.of(db))) {
            long caseId = workbench.cases().findByIdOrKey("hk-kwaifong-2025").orElseThrow().id();
            edited = workbench.calls().findByCase(caseId).get(20).id();
            workbench.callEditing().edit(edited, org.tracebench.calltable.AttachmentColumn.VIOLATION, "47 USC 227(e)");
        }
        BatchModeTest.Run refused = BatchModeTest.run("--db", db, "imports", "--undo", "1");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).startsWith("  call " + edited + ": edited by ");
        assertThat(refused.err()).contains("1 calls of import 1 were edited after it").contains("--force");
        assertThat(BatchModeTest.run("--db", db, "cases").out()).contains("\tHK KwaiFong Group Limited\tsent\t92");

        BatchModeTest.Run forced = BatchModeTest.run("--db", db, "imports", "--undo", "1", "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(BatchModeTest.run("--db", db, "cases").out()).contains("\tHK KwaiFong Group Limited\tsent\t14");
    }

    /** Issue 11: the Attachment A with its headers written as people write them imports without --map. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Customer:\tITG Notice Date(s)\tDate of Call [EST]\tCaller ID (ANI)\tCalled Number(s)\tDescription:\tViolation(s)",
        "CUSTOMERS\tDate_of_ITG_Notification (UTC)\tDate of Call (UTC)\tcaller-id\tCALLED  NUMBERS\tCampaign(s)\tVIOLATIONS:",
        "customer(s)\tDates of ITG Notification:\tDATE OF CALL\tCaller I.D.\tCalled Number [DNIS]\tDescriptions\tAlleged Violation(s)",
    })
    void headersWrittenAnyWayImportWithoutAMapping(String header) throws Exception {
        Path original = fixture("attachment-a-pasted.txt");
        String text = Files.readString(original);
        String printed = "Customer\tDate of ITG Notification\tDate of Call\tCaller ID\tCalled Number\tDescription\tViolation";
        assertThat(text).contains(printed);
        Path reworded = dir.resolve("attachment-a-reworded-headers.txt");
        Files.writeString(reworded, text.replace(printed, header));

        List<String> expected = importedCalls("plain", original);
        List<String> actual = importedCalls("reworded", reworded);
        assertThat(actual).hasSize(78).isEqualTo(expected);
    }

    @Test
    void aHeaderReadOnlyWithoutItsBracketGivesWayToOneNamingTheColumn() throws Exception {
        String db = dir.resolve("db").toString();
        Path file = dir.resolve("two-times.tsv");
        Files.writeString(file, "Customer\tDate of Call (Local)\tDate of Call (UTC)\n"
                + "Spinning Mantra Communications Pvt. Ltd.\t2021-09-07 17:11\t2021-09-07 21:11\n");
        BatchModeTest.Run run = BatchModeTest.run("--db", db, "import", file.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Date of Call (Local)").contains("only without its bracketed part");

        Path both = dir.resolve("two-weak.tsv");
        Files.writeString(both, "Customer\tDate of Call (UTC)\tDate of Call [UTC]\nX\t2021-09-07 21:11\t2021-09-07 21:11\n");
        assertThat(BatchModeTest.run("--db", db, "import", both.toString()).exitCode()).isEqualTo(2);
    }

    private List<String> importedCalls(String name, Path file) {
        String db = dir.resolve(name).toString();
        assertThat(BatchModeTest.run("--db", db, "samples").exitCode()).isZero();
        BatchModeTest.Run run = BatchModeTest.run("--db", db, "import", file.toString(), "--case", "hk-kwaifong-2025");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).doesNotContain("not recognised");
        try (Workbench workbench = Workbench.open(DatabaseLocation.of(db))) {
            long caseId = workbench.cases().findByIdOrKey("hk-kwaifong-2025").orElseThrow().id();
            List<TracedCall> calls = workbench.calls().findByCase(caseId);
            // The 14 sample calls the case already holds come first; the 78 imported follow.
            return calls.subList(calls.size() - 78, calls.size()).stream()
                    .map(c -> new TracedCall(0, 0, c.tracebackId(), c.callTimeUtc(), c.callerId(), c.calledNumber(),
                            c.campaign(), c.violation(), c.notifications(), c.response(), c.customers(),
                            c.customerAsWritten(), c.description()).toString())
                    .toList();
        }
    }

    @Test
    void aMappingGivenOnceIsUsedAgainForTheSameHeadersAndTheReportSaysSo() throws Exception {
        String db = dir.resolve("db").toString();
        Path first = dir.resolve("first.csv");
        Files.writeString(first, "Originator,Date of Call,Notes\nAcme Dialers,2021-09-01 10:00,x\n");
        BatchModeTest.Run mapped = BatchModeTest.run("--db", db, "import", first.toString(), "--map", "Originator=customer");
        assertThat(mapped.exitCode()).as(mapped.err()).isZero();
        assertThat(mapped.out()).doesNotContain("remembered").contains("Originator -> Customer");

        Path second = dir.resolve("second.csv");
        Files.writeString(second, "NOTES,originator,Date of Call\ny,Beta Dialers,2021-09-02 10:00\n");
        BatchModeTest.Run again = BatchModeTest.run("--db", db, "import", second.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("Column mapping: the one remembered for these headers (saved ")
                .contains("  originator -> Customer\n").contains("Outcome: written (1 calls");
        try (Workbench workbench = Workbench.open(DatabaseLocation.inDirectory(Path.of(db)))) {
            assertThat(workbench.calls().findAll()).extracting(TracedCall::customerAsWritten)
                    .containsExactlyInAnyOrder("Acme Dialers", "Beta Dialers");
        }

        // Other headers: nothing remembered, the unknown column is ignored as before.
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "Originator,Date of Call\nGamma,2021-09-03 10:00\n");
        BatchModeTest.Run unmapped = BatchModeTest.run("--db", db, "import", other.toString());
        assertThat(unmapped.out()).doesNotContain("remembered");
        assertThat(unmapped.exitCode()).isEqualTo(2);
    }
}
