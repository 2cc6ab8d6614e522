package org.tracebench.ingest;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.TracedCall;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CallEditingTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;
    Workbench workbench;
    CallEditing editing;

    @BeforeEach
    void open() {
        workbench = Workbench.open(store.freshLocation(dir));
        editing = workbench.callEditing();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void theReferenceAttachmentPastedIntoTheEditorGivesTheSame78Calls() throws Exception {
        workbench.samples().load();
        CaseFile pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        CaseFile target = workbench.cases().insert(new CaseFile(0, "pasted", "Pasted", pz.targetProviderId(), null, null,
                null, null, null, null, null, null, false));
        String text = ReferenceAttachmentImportTest.resource("attachment-a-pasted.txt");
        // The user's visible column order is not the paste's: the copied header decides.
        List<CallRow> rows = editing.paste(target.id(), text, List.of(AttachmentColumn.VIOLATION, AttachmentColumn.CUSTOMER));
        assertThat(rows).hasSize(78).allSatisfy(r -> assertThat(r.invalid()).isEmpty());
        List<TracedCall> pasted = workbench.calls().findByCase(target.id());
        List<TracedCall> sample = workbench.calls().findByCase(pz.id());
        assertThat(pasted.stream().map(ReferenceAttachmentImportTest::values).toList())
                .containsExactlyElementsOf(sample.stream().map(ReferenceAttachmentImportTest::values).toList());
        assertThat(workbench.audit().latest(78)).allSatisfy(e -> assertThat(e.action()).isEqualTo("added"));
    }

    @Test
    void rowsWithoutAHeaderFollowTheVisibleColumnsAndDeletedRowsComeBackInPlace() {
        CaseFile caseFile = workbench.cases().insert(new CaseFile(0, "c", "C", null, null, null, null, null, null, null,
                null, null, false));
        List<CallRow> rows = editing.paste(caseFile.id(), "Acme\t2021-09-07 17:36\nBeta\t2021-09-08 10:00\nGamma\tsoon\n",
                List.of(AttachmentColumn.CUSTOMER, AttachmentColumn.CALL_TIME));
        assertThat(rows).extracting(r -> r.text(AttachmentColumn.CUSTOMER)).containsExactly("Acme", "Beta", "Gamma");
        assertThat(rows.get(2).invalid()).containsEntry(AttachmentColumn.CALL_TIME,
                new CallRow.InvalidCell("soon", "not a date and time: \"soon\""));

        CallEditing.Removed removed = editing.delete(rows.get(1).id());
        assertThat(editing.load(caseFile.id())).hasSize(2);
        editing.restore(removed);
        assertThat(editing.load(caseFile.id())).extracting(r -> r.text(AttachmentColumn.CUSTOMER))
                .containsExactly("Acme", "Beta", "Gamma");
        CallRow fixed = editing.edit(rows.get(2).id(), AttachmentColumn.CALL_TIME, "Sep 9, 2021 8:00 AM");
        assertThat(fixed.invalid()).isEmpty();
        assertThat(fixed.text(AttachmentColumn.CALL_TIME)).isEqualTo("Sep 09, 2021 08:00 UTC");
        assertThat(editing.add(caseFile.id(), Map.of(AttachmentColumn.CALLER_ID, "12")).problem(AttachmentColumn.CALLER_ID, "US"))
                .isEqualTo("not a possible phone number; kept as written");
    }

    /** Issue 12: a value longer than its column is refused in words, before anything is saved. */
    @Test
    void aCellTooLongForItsColumnIsRefusedWithAClearMessageNotADatabaseError() {
        CaseFile caseFile = workbench.cases().insert(new CaseFile(0, "long", "Long", null, null, null, null, null, null, null,
                null, null, false));
        CallRow row = editing.add(caseFile.id(), java.util.Map.of(AttachmentColumn.CUSTOMER, "Acme"));
        long audited = workbench.audit().latest(1000).size();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> editing.edit(row.id(), AttachmentColumn.CUSTOMER, "n".repeat(501)))
                .isInstanceOf(CellTooLongException.class).hasMessage("Customer: 501 characters; at most 500 fit");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> editing.edit(row.id(), AttachmentColumn.VIOLATION, "v".repeat(600)))
                .hasMessage("Violation: 600 characters; at most 500 fit");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> editing.edit(row.id(), AttachmentColumn.CALLER_ID, "1".repeat(150)))
                .hasMessage("Caller ID: 150 characters; at most 100 fit");
        assertThat(editing.row(row.id()).text(AttachmentColumn.CUSTOMER)).isEqualTo("Acme");

        // The longest value that fits is kept whole.
        CallRow kept = editing.edit(row.id(), AttachmentColumn.DESCRIPTION, "d".repeat(300));
        assertThat(kept.text(AttachmentColumn.DESCRIPTION)).hasSize(300);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> editing.paste(caseFile.id(), "Beta\t2021-09-07 17:36\n"
                + "Gamma\t" + "x".repeat(120) + "\n", List.of(AttachmentColumn.CUSTOMER, AttachmentColumn.CALLER_ID)))
                .isInstanceOf(CellTooLongException.class)
                .hasMessage("pasted row 2, column Caller ID: 120 characters; at most 100 fit");
        assertThat(workbench.calls().findByCase(caseFile.id())).hasSize(1);
        assertThat(workbench.audit().latest(1000)).hasSize((int) audited + 1);
    }
}
