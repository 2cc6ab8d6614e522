package org.tracebench.sheets;

import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.AttachmentRows;
import org.tracebench.ingest.PartyResolver;
import org.tracebench.model.CaseFile;
import org.tracebench.model.PartyKind;
import org.tracebench.model.TracedCall;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.store.ProviderRepository;
import org.tracebench.store.TracedCallRepository;
import org.tracebench.work.Progress;

/** Every sample case exported and read back gives the same calls; read-back calls store as the same data. */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class AttachmentRoundTripTest {

    @Parameter
    Store store;


    @TempDir
    static Path dir;
    static Database database;
    static TracedCallRepository calls;
    static CaseRepository cases;

    @BeforeParameterizedClassInvocation
    static void load(Store store) {
        database = Database.open(store.freshLocation(dir));
        new Workbench(database).samples().load();
        calls = new Workbench(database).calls();
        cases = new CaseRepository(database);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        database.close();
    }

    @Test
    void everySampleCaseRoundTripsWithAllColumns() throws Exception {
        ColumnLayout all = ColumnLayout.parse(ColumnLayout.knownNames());
        List<CaseFile> sampleCases = cases.findAll();
        assertThat(sampleCases).hasSize(6);
        for (CaseFile caseFile : sampleCases) {
            Path file = dir.resolve(caseFile.key() + ".xlsx");
            new Workbench(database).attachmentExporter().export(caseFile.id(), all, file, Progress.NONE);
            List<TracedCall> exported = calls.findByCase(caseFile.id());
            List<TracedCall> read = new AttachmentWorkbookReader(AttachmentRows::toCall).read(file, caseFile.id());
            RoundTrip.assertSameCalls(read, exported);
            assertThat(read).extracting(TracedCall::tracebackId)
                    .containsExactlyElementsOf(exported.stream().map(TracedCall::tracebackId).toList());
        }
    }

    @Test
    void readBackCallsStoreAsTheSameData() throws Exception {
        CaseFile pz = cases.findByKey(ReferenceAttachment.CASE_KEY).orElseThrow();
        Path file = dir.resolve("store-round-trip.xlsx");
        new Workbench(database).attachmentExporter().export(pz.id(), ColumnLayout.attachmentA(), file, Progress.NONE);
        List<TracedCall> read = new AttachmentWorkbookReader(AttachmentRows::toCall).read(file, 0);

        CaseFile copy = cases.insert(new CaseFile(0, "pz-copy", "PZ copy", null, null, null, null, null, null, null,
                null, null, false));
        database.inTransaction(() -> {
            PartyResolver parties = new PartyResolver(new ProviderRepository(database), false);
            for (TracedCall call : read) {
                call.customers().forEach(name -> parties.resolve(name, PartyKind.CUSTOMER));
                calls.insert(call.withCaseId(copy.id()), List.of());
            }
        });
        RoundTrip.assertSameCalls(calls.findByCase(copy.id()), calls.findByCase(pz.id()));
        assertThat(calls.findByCase(copy.id())).extracting(TracedCall::customers)
                .containsExactlyElementsOf(calls.findByCase(pz.id()).stream().map(TracedCall::customers).toList());
    }

    @Test
    void pagingThroughTheStoreKeepsTableOrder() {
        CaseFile pz = cases.findByKey(ReferenceAttachment.CASE_KEY).orElseThrow();
        List<TracedCall> paged = new ArrayList<>();
        new CaseCalls(calls, pz.id(), 7).forEachRemaining(paged::add);
        assertThat(paged).extracting(TracedCall::id)
                .containsExactlyElementsOf(calls.findByCase(pz.id()).stream().map(TracedCall::id).toList());
        assertThat(paged).hasSize(78);
        assertThat(paged).isEqualTo(calls.findByCase(pz.id()));
    }
}
