package org.tracebench.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFact;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseResponse;
import org.tracebench.model.EditConflict;
import org.tracebench.model.EditConflictException;
import org.tracebench.model.RecordFields;
import org.tracebench.model.TracedCall;

/** Chronology facts, responses and providers: a save over a newer version is refused with both, on H2 and on PostgreSQL. */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CaseRecordConflictsTest {

    @Parameter
    Store store;
    @TempDir
    Path dir;
    Workbench workbench;
    CaseEditor editor;
    CaseFile pz;

    @BeforeEach
    void open() {
        workbench = Workbench.open(store.freshLocation(dir));
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

    @Test
    void aFactSavedOverANewerVersionIsRefusedAndTheMergeIsSaved() {
        List<TracedCall> calls = workbench.calls().findByCase(pz.id());
        CaseFact added = editor.addFact(new CaseFact(0, pz.id(), LocalDate.of(2021, 9, 7), "PZ/Illum named its customer",
                "ITG portal", false), List.of(calls.get(1).id()));
        ChronologyEntry read = entry(added.id());
        // A colleague links another call and marks the fact disputed...
        ChronologyEntry theirs = new ChronologyEntry(RecordFields.with(read.fact(), "disputed", true),
                List.of(calls.get(1).id(), calls.get(2).id()));
        editor.updateFact(read, theirs);
        int auditLines = workbench.audit().latest(10_000).size();
        // ...while this user, from the same reading, corrects the source.
        ChronologyEntry mine = new ChronologyEntry(RecordFields.with(read.fact(), "source", "ITG portal, traceback 4417"),
                read.tracedCallIds());

        assertThatThrownBy(() -> editor.updateFact(read, mine)).isInstanceOfSatisfying(EditConflictException.class, e -> {
            assertThat(e.conflict().theirs()).isEqualTo(theirs);
            assertThat(e.conflict().fieldsToDecide()).containsExactlyInAnyOrder("fact.source", "fact.disputed", "tracedCallIds");
        });
        assertThat(entry(added.id())).isEqualTo(theirs);
        assertThat(workbench.audit().latest(10_000)).hasSize(auditLines);

        ChronologyEntry merged = new EditConflict<>("fact", read, mine, theirs).merged(Set.of("fact.source"));
        editor.updateFact(theirs, merged);
        ChronologyEntry saved = entry(added.id());
        assertThat(saved.fact().source()).isEqualTo("ITG portal, traceback 4417");
        assertThat(saved.fact().disputed()).isTrue();
        assertThat(saved.tracedCallIds()).containsExactly(calls.get(1).id(), calls.get(2).id());
        // The merge was checked against what was stored: saving it again from the old reading is refused.
        assertThatThrownBy(() -> editor.updateFact(theirs, merged)).isInstanceOf(EditConflictException.class);
    }

    @Test
    void aResponseSavedOverANewerVersionIsRefusedAndTheMergeIsSaved() {
        CaseResponse read = editor.addResponse(new CaseResponse(0, pz.id(), LocalDate.of(2021, 10, 1),
                "Provider says the customer is gone", null, null));
        CaseResponse theirs = RecordFields.with(read, "attachmentPath", "/cases/pz/response.pdf");
        editor.updateResponse(read, theirs);
        CaseResponse mine = RecordFields.with(read, "summary", "Provider says it cut the customer off on 2021-09-30");

        assertThatThrownBy(() -> editor.updateResponse(read, mine)).isInstanceOfSatisfying(EditConflictException.class, e -> {
            assertThat(e.conflict().fieldsToDecide()).containsExactlyInAnyOrder("summary", "attachmentPath");
            assertThat(e.getMessage()).contains("Summary", "Attachment path").endsWith("nothing was written");
        });
        assertThat(workbench.casework().responses().findByCase(pz.id())).containsExactly(theirs);

        editor.updateResponse(theirs, new EditConflict<>("response", read, mine, theirs).merged(Set.of("summary")));
        CaseResponse saved = workbench.casework().responses().findByCase(pz.id()).get(0);
        assertThat(saved.summary()).isEqualTo("Provider says it cut the customer off on 2021-09-30");
        assertThat(saved.attachmentPath()).isEqualTo("/cases/pz/response.pdf");
    }

    @Test
    void aProviderSavedOverANewerVersionIsRefusedAndTheMergeIsSaved() {
        org.tracebench.model.Provider read = workbench.providers().find(pz.targetProviderId()).orElseThrow();
        org.tracebench.model.Provider theirs = RecordFields.with(read, "contact.person", "Jane Roe, General Counsel");
        editor.saveProvider(read, theirs);
        org.tracebench.model.Provider mine = RecordFields.with(RecordFields.with(read, "frn", "0012345678"),
                "contact.person", "John Doe");
        int auditLines = workbench.audit().latest(10_000).size();

        assertThatThrownBy(() -> editor.saveProvider(read, mine)).isInstanceOfSatisfying(EditConflictException.class, e -> {
            assertThat(e.conflict().fieldsToDecide()).containsExactlyInAnyOrder("frn", "contact.person");
            assertThat(e.conflict().changedByBoth("contact.person")).isTrue();
        });
        assertThat(workbench.providers().find(read.id())).contains(theirs);
        assertThat(workbench.audit().latest(10_000)).hasSize(auditLines);

        editor.saveProvider(theirs, new EditConflict<>("provider", read, mine, theirs).merged(Set.of("frn")));
        org.tracebench.model.Provider saved = workbench.providers().find(read.id()).orElseThrow();
        assertThat(saved.frn()).isEqualTo("0012345678");
        assertThat(saved.contact().person()).isEqualTo("Jane Roe, General Counsel");
        assertThat(workbench.audit().forEntity("provider", read.id())).last()
                .satisfies(line -> assertThat(line.detail()).contains("Frn", "0012345678"));
    }
}
