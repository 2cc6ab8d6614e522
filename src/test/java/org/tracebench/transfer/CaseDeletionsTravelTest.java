package org.tracebench.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.app.Workbench;
import org.tracebench.cases.ChronologyEntry;
import org.tracebench.model.CaseFact;
import org.tracebench.model.RecordFields;
import org.tracebench.model.TracedCall;
import org.tracebench.store.CasePart;
import org.tracebench.work.Progress;

/**
 * Deletions travel in case files (decision 0710), between a laptop's H2 file and the other store (H2 or
 * PostgreSQL): deleted there and unchanged here is deleted here; deleted on one side and changed on the other is
 * a conflict; deleted here stays deleted unless the file changed it and the user takes it back.
 */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CaseDeletionsTravelTest extends BetweenTwoDatabases {

    long laptopCase;
    long serverCase;

    @BeforeEach
    void open() throws Exception {
        laptop.samples().load();
        laptopCase = laptop.cases().findByKey("pz-illum-2021").orElseThrow().id();
        laptop.casework().editor().addFact(new CaseFact(0, laptopCase, LocalDate.of(2021, 9, 7), "PZ/Illum named its customer",
                "ITG portal", false), List.of(laptop.calls().findByCase(laptopCase).get(1).id()));
        serverCase = move(laptop, laptopCase, server).caseId();
    }

    private ImportSummary move(Workbench from, long caseId, Workbench into) {
        return move(from, caseId, into, Decisions.NONE);
    }

    private ImportSummary move(Workbench from, long caseId, Workbench into, Decisions decisions) {
        return two.move(from, caseId, into, decisions);
    }

    private Path export(Workbench from, long caseId) {
        return two.export(from, caseId);
    }

    private static java.util.Optional<ChronologyEntry> fact(Workbench workbench, long caseId) {
        return workbench.casework().chronology().findByCase(caseId).stream()
                .filter(e -> e.fact().fact().startsWith("PZ/Illum named")).findFirst();
    }

    @Test
    void aFactDeletedThereAndUnchangedHereIsDeletedHereAndNeverComesBack() throws Exception {
        server.casework().editor().deleteFact(fact(server, serverCase).orElseThrow());
        Path back = export(server, serverCase);
        CaseBundle read = CaseTransfer.read(back, () -> null);
        assertThat(read.manifest().version()).isEqualTo(2);
        assertThat(read.deletions()).singleElement().satisfies(d -> {
            assertThat(d.part()).isEqualTo(CasePart.FACTS);
            assertThat(d.deletedBy()).isEqualTo("server.user");
            assertThat(d.base().get("fact")).isEqualTo("PZ/Illum named its customer");
        });
        int facts = laptop.casework().chronology().findByCase(laptopCase).size();

        ImportSummary summary = laptop.caseTransfer().importCase(back, () -> null, Decisions.NONE, Progress.NONE);
        assertThat(summary.of(CasePart.FACTS).deleted()).isEqualTo(1);
        assertThat(summary.lines()).anyMatch(line -> line.contains("facts:") && line.contains("1 deleted"));
        assertThat(fact(laptop, laptopCase)).isEmpty();
        assertThat(laptop.casework().chronology().findByCase(laptopCase)).hasSize(facts - 1);
        // The laptop now knows it deleted the fact too, so it passes the deletion on.
        assertThat(laptop.deletions().ofCase(read.manifest().caseUid())).extracting(d -> d.by()).containsExactly("server.user");

        ImportSummary again = move(laptop, laptopCase, server);
        assertThat(again.of(CasePart.FACTS).added()).isZero();
        assertThat(fact(server, serverCase)).isEmpty();
    }

    @Test
    void aFactDeletedThereButChangedHereIsAConflictKeepMineKeepsItTakeTheirsDeletesIt() {
        ChronologyEntry mine = fact(laptop, laptopCase).orElseThrow();
        laptop.casework().editor().updateFact(mine, new ChronologyEntry(RecordFields.with(mine.fact(), "source",
                "ITG portal, traceback 4417"), mine.tracedCallIds()));
        server.casework().editor().deleteFact(fact(server, serverCase).orElseThrow());
        Path back = export(server, serverCase);

        assertThatThrownBy(() -> laptop.caseTransfer().importCase(back, () -> null, Decisions.NONE, Progress.NONE))
                .isInstanceOfSatisfying(ConflictsException.class, e -> assertThat(e.conflicts()).singleElement().satisfies(c -> {
                    assertThat(c.part()).isEqualTo(CasePart.FACTS);
                    assertThat(c.label()).isEqualTo("fact of 2021-09-07 \"PZ/Illum named its customer\"");
                    assertThat(c.fieldsToDecide()).containsExactly("deleted there / changed here");
                    assertThat(c.describe()).singleElement().asString()
                            .startsWith("fact of 2021-09-07 \"PZ/Illum named its customer\", deleted there / changed here: here \"keep it")
                            .contains("source \"ITG portal, traceback 4417\"")
                            .contains("in the file \"delete it, as in the file (deleted on 2026-11-30 by server.user)\"");
                }));
        assertThat(fact(laptop, laptopCase)).isPresent();

        laptop.caseTransfer().importCase(back, () -> null, Decisions.all(Side.MINE), Progress.NONE);
        assertThat(fact(laptop, laptopCase)).hasValueSatisfying(e -> assertThat(e.fact().source()).isEqualTo("ITG portal, traceback 4417"));

        ImportSummary taken = laptop.caseTransfer().importCase(back, () -> null, Decisions.all(Side.THEIRS), Progress.NONE);
        assertThat(taken.of(CasePart.FACTS).deleted()).isEqualTo(1);
        assertThat(fact(laptop, laptopCase)).isEmpty();
    }

    @Test
    void aFactDeletedHereStaysDeletedUnlessTheFileChangedItThenItIsAConflict() {
        laptop.casework().editor().deleteFact(fact(laptop, laptopCase).orElseThrow());
        ImportSummary unchanged = move(server, serverCase, laptop);
        assertThat(unchanged.of(CasePart.FACTS).added()).isZero();
        assertThat(fact(laptop, laptopCase)).isEmpty();

        ChronologyEntry theirs = fact(server, serverCase).orElseThrow();
        server.casework().editor().updateFact(theirs, new ChronologyEntry(RecordFields.with(theirs.fact(), "disputed", true),
                theirs.tracedCallIds()));
        Path changed = export(server, serverCase);
        assertThatThrownBy(() -> laptop.caseTransfer().importCase(changed, () -> null, Decisions.NONE, Progress.NONE))
                .isInstanceOfSatisfying(ConflictsException.class, e -> assertThat(e.conflicts()).singleElement()
                        .satisfies(c -> assertThat(c.fieldsToDecide()).containsExactly("deleted here / changed there")));

        laptop.caseTransfer().importCase(changed, () -> null, Decisions.all(Side.MINE), Progress.NONE);
        assertThat(fact(laptop, laptopCase)).isEmpty();
        // Decided for that version: the same file again does not ask again.
        laptop.caseTransfer().importCase(changed, () -> null, Decisions.NONE, Progress.NONE);
        assertThat(fact(laptop, laptopCase)).isEmpty();

        ChronologyEntry later = fact(server, serverCase).orElseThrow();
        server.casework().editor().updateFact(later, new ChronologyEntry(RecordFields.with(later.fact(), "source",
                "ITG portal, second look"), later.tracedCallIds()));
        Path changedAgain = export(server, serverCase);
        assertThatThrownBy(() -> laptop.caseTransfer().importCase(changedAgain, () -> null, Decisions.NONE, Progress.NONE))
                .isInstanceOf(ConflictsException.class);
        laptop.caseTransfer().importCase(changedAgain, () -> null, Decisions.all(Side.THEIRS), Progress.NONE);
        assertThat(fact(laptop, laptopCase)).hasValueSatisfying(e -> {
            assertThat(e.fact().disputed()).isTrue();
            assertThat(e.fact().source()).isEqualTo("ITG portal, second look");
            assertThat(e.tracedCallIds()).hasSize(1);
        });
        // Taken back: no longer deleted here, so the next file does not call it deleted.
        assertThat(CaseTransfer.read(export(laptop, laptopCase), () -> null).deletions()).isEmpty();
    }

    @Test
    void aCallDeletedThereIsDeletedHereWithItsHops() {
        List<TracedCall> serverCalls = server.calls().findByCase(serverCase);
        TracedCall gone = serverCalls.get(4);
        server.callEditing().delete(server.callEditing().row(gone.id()));
        int laptopCalls = laptop.calls().findByCase(laptopCase).size();
        TracedCall laptopCopy = laptop.calls().findByCase(laptopCase).get(4);
        assertThat(laptop.calls().hopsOf(laptopCopy.id())).isNotEmpty();

        ImportSummary summary = move(server, serverCase, laptop);
        assertThat(summary.of(CasePart.CALLS).deleted()).isEqualTo(1);
        assertThat(laptop.calls().findByCase(laptopCase)).hasSize(laptopCalls - 1);
        assertThat(laptop.calls().find(laptopCopy.id())).isEmpty();
        assertThat(laptop.calls().hopsOf(laptopCopy.id())).isEmpty();
        assertThat(laptop.recountCalls()).as("the case list's kept call count follows the deletion").isEmpty();
        assertThat(server.recountCalls()).isEmpty();
    }

    @Test
    void manyCallsDeletedThereAreDeletedHereTogetherEachNotedAndCounted() {
        List<TracedCall> serverCalls = server.calls().findByCase(serverCase);
        serverCalls.subList(10, 50).forEach(call -> server.callEditing().delete(server.callEditing().row(call.id())));
        List<String> gone = serverCalls.subList(10, 50).stream().map(call -> call.callTimeUtc() + " " + call.callerId()).toList();
        int laptopCalls = laptop.calls().findByCase(laptopCase).size();

        Path back = export(server, serverCase);
        ImportSummary summary = TwoDatabases.importInto(laptop, back, Decisions.NONE);
        String caseUid = CaseTransfer.read(back, () -> null).manifest().caseUid();
        assertThat(summary.of(CasePart.CALLS).deleted()).isEqualTo(40);
        assertThat(laptop.calls().findByCase(laptopCase)).hasSize(laptopCalls - 40)
                .extracting(call -> call.callTimeUtc() + " " + call.callerId()).doesNotContainAnyElementsOf(gone);
        assertThat(laptop.deletions().ofCase(caseUid)).hasSize(40).allSatisfy(d -> {
            assertThat(d.part()).isEqualTo(CasePart.CALLS);
            assertThat(d.by()).isEqualTo("server.user");
        });
        assertThat(laptop.recountCalls()).as("the kept call count moved by all 40").isEmpty();
        // Passed on: the laptop's next file carries the same 40 deletions.
        assertThat(CaseTransfer.read(export(laptop, laptopCase), () -> null).deletions()).hasSize(40);
    }

    @Test
    void theExportSummarySaysHowManyDeletionsTheFileCarriesPartByPart() {
        ExportSummary none = server.caseTransfer().export(serverCase, dir.resolve("none.tbcase"), null, Progress.NONE);
        assertThat(none.deletionsCarried()).isZero();
        assertThat(none.describe()).endsWith("; deletions carried: none");

        server.casework().editor().deleteFact(fact(server, serverCase).orElseThrow());
        List<TracedCall> serverCalls = server.calls().findByCase(serverCase);
        server.callEditing().delete(server.callEditing().row(serverCalls.get(5).id()));
        server.callEditing().delete(server.callEditing().row(serverCalls.get(6).id()));
        ExportSummary some = server.caseTransfer().export(serverCase, dir.resolve("some.tbcase"), null, Progress.NONE);
        assertThat(some.deletions()).containsOnly(java.util.Map.entry(CasePart.CALLS, 2), java.util.Map.entry(CasePart.FACTS, 1));
        assertThat(some.describe()).endsWith("; deletions carried: 3 (calls: 2, facts: 1)");
    }

    @Test
    void anImportWithDeletionsStoppedHalfWayLeavesEverythingHere() {
        server.casework().editor().deleteFact(fact(server, serverCase).orElseThrow());
        Path back = export(server, serverCase);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        Progress stopping = TwoDatabases.cancelledAt(3, asked);
        assertThatThrownBy(() -> laptop.caseTransfer().importCase(back, () -> null, Decisions.NONE, stopping))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(fact(laptop, laptopCase)).isPresent();
        assertThat(laptop.deletions().ofCase(CaseTransfer.read(back, () -> null).manifest().caseUid())).isEmpty();
    }
}
