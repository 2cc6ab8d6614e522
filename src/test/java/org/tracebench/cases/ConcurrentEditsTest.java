package org.tracebench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracebench.Store;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.EditConflictException;
import org.tracebench.store.DatabaseLocation;

/**
 * Writers that all edit the same case at once, the lost-update test: each reads the case, counts one up in
 * its notes and saves. A save over a newer version must be refused (and the writer reads again), so the
 * final count is exactly the number of saves that succeeded: 1,000, none lost.
 */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class ConcurrentEditsTest {

    private static final int EDITS = 1000;

    @Parameter
    Store store;
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {2, 8})
    void conflictingEditsAreRefusedNeverLost(int writers) throws Exception {
        DatabaseLocation location = store.freshLocation(dir.resolve("w" + writers));
        List<Workbench> clients = new ArrayList<>();
        // On a server every writer is a client of its own; the embedded file has one process, many threads.
        int workbenches = store == Store.POSTGRESQL ? writers : 1;
        for (int i = 0; i < workbenches; i++) {
            clients.add(Workbench.open(location));
        }
        try {
            long id = clients.get(0).casework().editor().openDraft("Contested case", clients.get(0).providers()
                    .insert(org.tracebench.model.Provider.named("Contested Carrier LLC"), false).id(), "test").id();
            AtomicInteger saved = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            AtomicInteger remaining = new AtomicInteger(EDITS);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Workbench client = clients.get(w % workbenches);
                done.add(pool.submit(() -> {
                    while (remaining.getAndDecrement() > 0) {
                        while (true) {
                            CaseFile base = client.cases().find(id).orElseThrow();
                            int count = base.notes() == null ? 0 : Integer.parseInt(base.notes());
                            CaseFile edited = new CaseFile(base.id(), base.key(), base.title(), base.targetProviderId(),
                                    base.issuingOffice(), base.letterKind(), base.status(), base.openedOn(),
                                    base.letterDate(), base.signatory(), base.recipient(), String.valueOf(count + 1),
                                    base.sample());
                            try {
                                client.casework().editor().save(base, edited);
                                saved.incrementAndGet();
                                break;
                            } catch (EditConflictException e) {
                                // Refused because the stored case moved on since it was read: the conflict says how.
                                assertThat(org.tracebench.model.RecordFields.differences(e.conflict().base(),
                                        e.conflict().theirs())).containsExactly("notes");
                                refused.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            pool.shutdown();
            String notes = clients.get(0).cases().find(id).orElseThrow().notes();
            System.out.printf("ConcurrentEditsTest: %s, %d writers: %d saved, %d refused and read again, final count %s%n",
                    store, writers, saved.get(), refused.get(), notes);
            assertThat(saved.get()).isEqualTo(EDITS);
            assertThat(notes).isEqualTo(String.valueOf(EDITS));
        } finally {
            clients.forEach(Workbench::close);
        }
    }
}
