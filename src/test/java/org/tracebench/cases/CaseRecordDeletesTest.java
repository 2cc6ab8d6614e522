package org.tracebench.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import org.tracebench.app.Workbench;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.CallRow;
import org.tracebench.model.AlreadyDeletedException;
import org.tracebench.model.CaseFact;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseResponse;
import org.tracebench.model.Deadline;
import org.tracebench.model.DeleteConflictException;
import org.tracebench.model.EditConflictException;
import org.tracebench.model.EnforcementAction;
import org.tracebench.model.EnforcementKind;
import org.tracebench.model.RecordFields;
import org.tracebench.store.CasePart;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.DeletionLog;

/**
 * Deletes carry what the user saw (decision 0709): a delete over a version someone else saved since is refused
 * with that version and deletes nothing; deleting anyway over it works; a record already gone is said so. A
 * delete that happens leaves its trace for case files (decision 0710). On H2 and on PostgreSQL.
 */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CaseRecordDeletesTest {

    @Parameter
    Store store;
    @TempDir
    Path dir;
    Database database;
    Workbench workbench;
    CaseEditor editor;
    CaseFile pz;

    @BeforeEach
    void open() {
        database = Database.open(store.freshLocation(dir));
        workbench = new Workbench(database);
        workbench.samples().load();
        editor = workbench.casework().editor();
        pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private ChronologyEntry entry(long factId) {
        return workbench.casework().chronology().findByCase(pz.id()).stream().filter(e -> e.fact().id() == factId)
                .findFirst().orElseThrow();
    }

    private boolean factExists(long factId) {
        return workbench.casework().chronology().findByCase(pz.id()).stream().anyMatch(e -> e.fact().id() == factId);
    }

    @Test
    void aFactChangedSinceItWasReadIsNotDeletedAndDeletingAnywayOverTheNewVersionWorks() {
        CaseFact added = editor.addFact(new CaseFact(0, pz.id(), LocalDate.of(2021, 9, 7), "PZ/Illum named its customer",
                "ITG portal", false), List.of());
        ChronologyEntry seen = entry(added.id());
        ChronologyEntry theirs = new ChronologyEntry(RecordFields.with(seen.fact(), "source", "ITG portal, traceback 4417"),
                seen.tracedCallIds());
        editor.updateFact(seen, theirs);
        int auditLines = workbench.audit().latest(10_000).size();

        assertThatThrownBy(() -> editor.deleteFact(seen)).isInstanceOfSatisfying(DeleteConflictException.class, e -> {
            assertThat(e.conflict().base()).isEqualTo(seen);
            assertThat(e.conflict().theirs()).isEqualTo(theirs);
            assertThat(e.conflict().fieldsToDecide()).containsExactly("fact.source");
            assertThat(e.getMessage()).contains("nothing was deleted");
        });
        assertThat(entry(added.id())).isEqualTo(theirs);
        assertThat(workbench.audit().latest(10_000)).hasSize(auditLines);
        assertThat(tombstones(CasePart.FACTS)).isEmpty();

        editor.deleteFact(theirs);
        assertThat(factExists(added.id())).isFalse();
        assertThat(tombstones(CasePart.FACTS)).singleElement().satisfies(d -> {
            assertThat(d.by()).isEqualTo(workbench.audit().actor());
            assertThat(d.caseUid()).isEqualTo(uidOfCase());
        });
        assertThat(workbench.audit().latest(1).get(0).action()).isEqualTo("fact-deleted");
    }

    @Test
    void aFactSomeoneElseDeletedIsSaidToBeGoneForADeleteAndForASave() {
        CaseFact added = editor.addFact(new CaseFact(0, pz.id(), LocalDate.of(2021, 9, 8), "Second call traced", null, false),
                List.of());
        ChronologyEntry seen = entry(added.id());
        editor.deleteFact(seen);

        assertThatThrownBy(() -> editor.deleteFact(seen)).isInstanceOf(AlreadyDeletedException.class)
                .hasMessage("The fact \"Second call traced\" was already deleted by someone else");
        assertThatThrownBy(() -> editor.updateFact(seen, new ChronologyEntry(RecordFields.with(seen.fact(), "disputed", true),
                List.of()))).isInstanceOf(AlreadyDeletedException.class);
        assertThat(tombstones(CasePart.FACTS)).hasSize(1);
    }

    @Test
    void responsesDeadlinesAndEnforcementActionsAreCheckedTheSameWay() {
        CaseResponse response = editor.addResponse(new CaseResponse(0, pz.id(), LocalDate.of(2021, 10, 1),
                "Provider answered", null, null));
        CaseResponse changedResponse = RecordFields.with(response, "summary", "Provider answered and cut the customer off");
        editor.updateResponse(response, changedResponse);
        assertThatThrownBy(() -> editor.deleteResponse(response)).isInstanceOfSatisfying(DeleteConflictException.class,
                e -> assertThat(e.conflict().theirs()).isEqualTo(changedResponse));
        editor.deleteResponse(changedResponse);
        assertThatThrownBy(() -> editor.deleteResponse(changedResponse)).isInstanceOf(AlreadyDeletedException.class);

        Deadline deadline = editor.addDeadline(new Deadline(0, pz.id(), Instant.parse("2026-12-24T23:59:00Z"),
                "Ask for the customer's records", null, false));
        Deadline moved = RecordFields.with(deadline, "due", Instant.parse("2027-01-07T23:59:00Z"));
        editor.updateDeadline(deadline, moved);
        assertThatThrownBy(() -> editor.deleteDeadline(deadline)).isInstanceOfSatisfying(DeleteConflictException.class,
                e -> assertThat(e.conflict().fieldsToDecide()).containsExactly("due"));
        editor.deleteDeadline(moved);

        EnforcementAction action = editor.addEnforcementAction(new EnforcementAction(0, pz.targetProviderId(),
                EnforcementKind.NOTICE, LocalDate.of(2021, 8, 2), "EB-21-1", "Task Force", "K4 notice", pz.id()));
        editor.deleteEnforcementAction(action);
        assertThatThrownBy(() -> editor.deleteEnforcementAction(action)).isInstanceOf(AlreadyDeletedException.class);

        assertThat(tombstones(CasePart.RESPONSES)).hasSize(1);
        assertThat(tombstones(CasePart.DEADLINES)).hasSize(1);
        assertThat(tombstones(CasePart.ENFORCEMENT)).hasSize(1);
    }

    @Test
    void aTracedCallChangedSinceTheTableWasReadIsNotDeleted() {
        CallRow seen = workbench.callEditing().load(pz.id()).get(3);
        workbench.callEditing().edit(seen.id(), AttachmentColumn.CALLER_ID, "+1 202 555 0177");
        int calls = workbench.calls().findByCase(pz.id()).size();

        assertThatThrownBy(() -> workbench.callEditing().delete(List.of(workbench.callEditing().load(pz.id()).get(2), seen)))
                .isInstanceOfSatisfying(DeleteConflictException.class, e -> assertThat(((CallRow) e.conflict().theirs())
                        .call().callerId()).isEqualTo("+12025550177"));
        // All or none: the unchanged row selected with it is still there.
        assertThat(workbench.calls().findByCase(pz.id())).hasSize(calls);

        workbench.callEditing().delete(List.of(workbench.callEditing().row(seen.id())));
        assertThat(workbench.calls().findByCase(pz.id())).hasSize(calls - 1);
        assertThat(tombstones(CasePart.CALLS)).hasSize(1);
        assertThatThrownBy(() -> workbench.callEditing().delete(seen)).isInstanceOf(AlreadyDeletedException.class);
    }

    /**
     * Two sessions (two clients on a server, two threads on the embedded file) at each of 40 facts at once, from
     * the same reading: one edits, the other deletes. Exactly one wins each time; the loser is told why; the
     * edit is never deleted unseen.
     */
    @Test
    void anEditAndADeleteAtOnceNeverLoseTheEditUnseen() throws Exception {
        DatabaseLocation location = database.location();
        Workbench other = store == Store.POSTGRESQL ? Workbench.open(location) : workbench;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int edited = 0;
            int deleted = 0;
            for (int i = 0; i < 40; i++) {
                CaseFact fact = editor.addFact(new CaseFact(0, pz.id(), LocalDate.of(2021, 9, 1).plusDays(i), "Fact " + i,
                        null, false), List.of());
                ChronologyEntry seen = entry(fact.id());
                ChronologyEntry changed = new ChronologyEntry(RecordFields.with(seen.fact(), "disputed", true), List.of());
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Throwable> edit = pool.submit(() -> attempt(together, () -> editor.updateFact(seen, changed)));
                Future<Throwable> delete = pool.submit(() -> attempt(together,
                        () -> other.casework().editor().deleteFact(seen)));
                Throwable editFailed = edit.get();
                Throwable deleteFailed = delete.get();
                if (editFailed == null) {
                    assertThat(deleteFailed).isInstanceOfSatisfying(DeleteConflictException.class,
                            e -> assertThat(e.conflict().theirs()).isEqualTo(changed));
                    assertThat(entry(fact.id())).isEqualTo(changed);
                    edited++;
                } else {
                    assertThat(editFailed).isInstanceOfAny(AlreadyDeletedException.class, EditConflictException.class);
                    assertThat(deleteFailed).isNull();
                    assertThat(factExists(fact.id())).isFalse();
                    deleted++;
                }
            }
            assertThat(edited + deleted).isEqualTo(40);
            assertThat(tombstones(CasePart.FACTS)).hasSize(deleted);
        } finally {
            pool.shutdown();
            if (other != workbench) {
                other.close();
            }
        }
    }

    private static Throwable attempt(CyclicBarrier together, Runnable work) throws Exception {
        together.await();
        try {
            work.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private String uidOfCase() {
        return database.withConnection(c -> org.tracebench.store.Jdbc.queryOne(c,
                "SELECT uid FROM case_file WHERE id = ?", r -> r.getString(1), pz.id())).orElseThrow();
    }

    private List<DeletionLog.Deleted> tombstones(CasePart part) {
        List<DeletionLog.Deleted> all = new ArrayList<>(workbench.deletions().ofCase(uidOfCase()));
        all.removeIf(d -> d.part() != part);
        return all;
    }
}
