package org.tracebench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.tracebench.model.CaseFile;
import org.tracebench.model.RecordFields;
import org.tracebench.store.DatabaseLocation;

/** The poll behind live refresh sees what another connection commits, once, on H2 and on PostgreSQL. */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CaseChangesTest {

    @Parameter
    Store store;
    @TempDir
    Path dir;
    Workbench mine;
    Workbench theirs;

    @BeforeEach
    void open() {
        DatabaseLocation location = store.freshLocation(dir);
        mine = Workbench.open(location);
        mine.samples().load();
        // A second workbench on the same store: its own pool of connections, as another user's window has.
        theirs = Workbench.open(location);
    }

    @AfterEach
    void close() {
        theirs.close();
        mine.close();
    }

    @Test
    void aChangeCommittedByAnotherConnectionIsSeenOnceAndNamesItsCase() {
        CaseChanges changes = mine.changes();
        CaseChanges.Cursor cursor = changes.start();
        CaseChanges.Poll idle = changes.poll(cursor);
        assertThat(idle.anything()).isFalse();
        assertThat(idle.cases()).isEmpty();

        CaseFile pz = theirs.cases().findByKey("pz-illum-2021").orElseThrow();
        theirs.casework().editor().save(pz, RecordFields.with(pz, "notes", "Counsel called"));
        CaseChanges.Poll seen = changes.poll(idle.next());
        assertThat(seen.anything()).isTrue();
        assertThat(seen.cases()).containsExactly(pz.id());
        assertThat(changes.poll(seen.next()).anything()).isFalse();
    }

    @Test
    void aLineCommittedLateBelowOneAlreadySeenIsStillReported() {
        CaseChanges changes = mine.changes();
        CaseChanges.Cursor start = changes.start();
        CaseFile pz = theirs.cases().findByKey("pz-illum-2021").orElseThrow();
        theirs.casework().editor().save(pz, RecordFields.with(pz, "notes", "first"));
        theirs.casework().editor().save(RecordFields.with(pz, "notes", "first"), RecordFields.with(pz, "notes", "second"));
        CaseChanges.Poll both = changes.poll(start);
        long lower = both.next().highest() - 1;
        // As if the lower-numbered line had not been committed when the cursor was taken.
        Set<Long> withoutLower = new java.util.HashSet<>(both.next().recent());
        withoutLower.remove(lower);
        CaseChanges.Poll late = changes.poll(new CaseChanges.Cursor(both.next().highest(), withoutLower));
        assertThat(late.anything()).isTrue();
        assertThat(late.cases()).containsExactly(pz.id());
    }

    @Test
    void thePollNamesTheCallsAndProvidersChangedAndTheCasesWhoseCallsChangedInBulk() {
        CaseChanges changes = mine.changes();
        CaseChanges.Cursor start = changes.start();
        CaseFile pz = theirs.cases().findByKey("pz-illum-2021").orElseThrow();
        long call = theirs.calls().findByCase(pz.id()).get(0).id();
        theirs.callEditing().edit(call, org.tracebench.calltable.AttachmentColumn.CUSTOMER, "Colleague Telecom");
        org.tracebench.model.Provider target = theirs.providers().find(pz.targetProviderId()).orElseThrow();
        theirs.casework().editor().saveProvider(target, RecordFields.with(target, "frn", "0099887766"));

        CaseChanges.Poll edits = changes.poll(start);
        assertThat(edits.calls()).containsExactly(call);
        assertThat(edits.providers()).containsExactly(target.id());
        assertThat(edits.callListChanged(pz.id())).isFalse();

        theirs.importer().run(org.tracebench.ingest.ImportSource.ofText("colleague.txt",
                "Customer\tDate of Call\tCaller ID\nColleague Telecom\tOct 01, 2021 10:00 UTC\t(202) 555-0100\n"),
                org.tracebench.ingest.ImportOptions.forCase(pz.id()), org.tracebench.work.Progress.NONE);
        CaseChanges.Poll imported = changes.poll(edits.next());
        assertThat(imported.callListChanged(pz.id())).isTrue();
        assertThat(imported.cases()).containsExactly(pz.id());
    }

    /**
     * Letter fields, finding edits, templates and citations (decision 0720): each save written by another user
     * is in the poll, the case-bound ones naming the case, the library ones as a flag; the line names who saved.
     */
    @Test
    void theLettersSavesOfAnotherUserAreSeenByThePoll() {
        CaseChanges changes = mine.changes();
        CaseFile pz = theirs.cases().findByKey("pz-illum-2021").orElseThrow();

        CaseChanges.Cursor start = changes.start();
        theirs.letters().fields().put(pz.id(), "salutation", "Dear colleague");
        CaseChanges.Poll field = changes.poll(start);
        assertThat(field.cases()).containsExactly(pz.id());
        assertThat(field.templates()).isFalse();
        assertThat(field.citations()).isFalse();
        org.tracebench.model.AuditEntry line = mine.audit().latest(1).get(0);
        assertThat(line.actor()).isEqualTo(theirs.audit().actor());
        assertThat(line.detail()).isEqualTo("salutation");

        org.tracebench.letters.Finding origination = theirs.letters().findings(pz).stream()
                .filter(f -> f.key().equals("origination")).findFirst().orElseThrow();
        theirs.letters().findingEdits().save(pz.id(), origination.withEdit(false, origination.title(), "Reworded"));
        CaseChanges.Poll edited = changes.poll(field.next());
        assertThat(edited.cases()).containsExactly(pz.id());

        theirs.letters().findingEdits().reset(pz.id(), "origination");
        CaseChanges.Poll reset = changes.poll(edited.next());
        assertThat(reset.cases()).containsExactly(pz.id());

        String source = theirs.letters().templates().source("warning-letter");
        theirs.letters().templates().save("warning-letter", source, source + "\nA colleague's line.\n");
        CaseChanges.Poll template = changes.poll(reset.next());
        assertThat(template.templates()).isTrue();
        assertThat(template.citations()).isFalse();
        assertThat(template.cases()).isEmpty();

        theirs.letters().templates().reset("warning-letter", source + "\nA colleague's line.\n");
        CaseChanges.Poll templateReset = changes.poll(template.next());
        assertThat(templateReset.templates()).isTrue();

        org.tracebench.letters.Citation cite = theirs.letters().templates().citations().all().get(0);
        org.tracebench.letters.Citation changed = new org.tracebench.letters.Citation(cite.key(), cite.kind(), cite.full(),
                cite.release(), cite.volume(), cite.reporter(), cite.firstPage(), cite.tail(), "Colleague's short name",
                cite.url());
        theirs.letters().templates().saveCitation(cite, changed);
        CaseChanges.Poll citation = changes.poll(templateReset.next());
        assertThat(citation.citations()).isTrue();
        assertThat(citation.templates()).isFalse();
        assertThat(changes.poll(citation.next()).anything()).isFalse();
    }

    /** A refused save writes nothing, its audit line included: the line is in the save's own transaction. */
    @Test
    void aRefusedTemplateSaveLeavesNoLineToPoll() {
        CaseChanges changes = mine.changes();
        CaseChanges.Cursor start = changes.start();
        String source = theirs.letters().templates().source("warning-letter");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> theirs.letters().templates()
                .save("warning-letter", "not what is stored", source + "\nMine.\n"))
                .isInstanceOf(org.tracebench.model.EditConflictException.class);
        assertThat(changes.poll(start).anything()).isFalse();
    }
}
