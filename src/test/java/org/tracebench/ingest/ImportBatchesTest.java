package org.tracebench.ingest;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.model.CaseFile;
import org.tracebench.model.ImportBatch;
import org.tracebench.model.Provider;
import org.tracebench.model.TracedCall;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;
import org.tracebench.work.Progress;

/**
 * Issue 11: the PZ/Illum Attachment A imported twice stays 78 calls; a copy with 3 rows changed and 2
 * added is told apart row by row; an import is undone whole, leaving the tables as they were.
 */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class ImportBatchesTest {

    @Parameter
    Store store;

    private static final List<String> TABLES = List.of("traced_call", "traced_call_notification", "traced_call_customer",
            "hop", "provider", "provider_alias", "campaign");

    @TempDir
    Path dir;
    Database database;
    Workbench workbench;
    CaseFile caseFile;
    String original;

    @BeforeEach
    void open() throws IOException {
        database = Database.open(store.freshLocation(dir));
        workbench = new Workbench(database);
        Provider target = workbench.providers().insert(Provider.named("PZ/Illum Telecommunication Telecommunication LLC"), false);
        caseFile = workbench.cases().insert(new CaseFile(0, "pz", "PZ/Illum", target.id(), null, null, null, null, null,
                null, null, null, false));
        original = ReferenceAttachmentImportTest.resource("attachment-a-pasted.txt");
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private ImportReport importText(String text, OnDuplicate policy) {
        ImportReport report = workbench.importer().run(ImportSource.ofText("attachment-a.txt", text),
                ImportOptions.forCase(caseFile.id()).withOnDuplicate(policy), Progress.NONE);
        assertThat(report.errors()).as(report.render()).isEmpty();
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.WRITTEN);
        return report;
    }

    /** The table with the violation of data rows 1, 11 and 21 changed and two calls of a new customer added. */
    private String changedCopy() {
        List<String> lines = new ArrayList<>(original.lines().toList());
        int data = 0;
        for (int i = 3; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (data == 0 || data == 10 || data == 20) {
                lines.set(i, lines.get(i).replace("47 USC 227(b); 47 CFR 64.1200(a)", "47 USC 227(b)"));
            }
            data++;
        }
        lines.add("Newco Dialers LLC\tSep 02, 2021 10:00\tSep 01, 2021 09:00 UTC\t\t\tTest Refund Scam\t47 USC 227(b)");
        lines.add("Newco Dialers LLC\tSep 02, 2021 10:00\tSep 01, 2021 09:05 UTC\t\t\tTest Refund Scam\t47 USC 227(b)");
        return String.join("\n", lines) + "\n";
    }

    private Map<String, List<String>> dump() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, database.withConnection(c -> Jdbc.query(c, "SELECT * FROM " + table + " ORDER BY 1, 2", r -> {
                ResultSetMetaData meta = r.getMetaData();
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(meta.getColumnName(i)).append('=').append(r.getString(i)).append(' ');
                }
                return row.toString();
            })));
        }
        return tables;
    }

    @Test
    void theSameTableImportedTwiceStays78Calls() {
        ImportReport first = importText(original, OnDuplicate.SKIP);
        assertThat(first.callsWritten()).isEqualTo(78);
        assertThat(first.newCalls()).isEqualTo(78);
        Map<String, List<String>> before = dump();

        ImportReport second = importText(original, OnDuplicate.SKIP);
        assertThat(second.identicalCalls()).isEqualTo(78);
        assertThat(second.callsWritten()).isZero();
        assertThat(second.render()).contains("Against the case: 78 identical (on duplicate: skip; 78 not written)");
        assertThat(workbench.calls().findByCase(caseFile.id())).hasSize(78);
        assertThat(dump()).isEqualTo(before);
        assertThat(workbench.importBatches().list(caseFile.id())).extracting(ImportBatch::rowsWritten, ImportBatch::rowsSkipped)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 78L), org.assertj.core.groups.Tuple.tuple(78L, 0L));
    }

    @Test
    void aChangedCopyIsToldApartAndSkipWritesOnlyTheNewCalls() {
        importText(original, OnDuplicate.SKIP);
        ImportReport report = importText(changedCopy(), OnDuplicate.SKIP);
        assertThat(report.render()).contains("2 new, 3 changed, 75 identical");
        assertThat(report.changes()).hasSize(3).allSatisfy(change -> assertThat(change)
                .contains("Violation: \"47 USC 227(b); 47 CFR 64.1200(a)\" -> \"47 USC 227(b)\"").contains("(kept as stored)"));
        assertThat(report.callsWritten()).isEqualTo(2);
        List<TracedCall> calls = workbench.calls().findByCase(caseFile.id());
        assertThat(calls).hasSize(80);
        assertThat(calls).filteredOn(call -> "47 USC 227(b)".equals(call.violation())).hasSize(2)
                .allSatisfy(call -> assertThat(call.customerAsWritten()).isEqualTo("Newco Dialers LLC"));
    }

    @Test
    void updateRewritesExactlyTheChangedCallsAndUndoPutsThemBack() {
        importText(original, OnDuplicate.SKIP);
        Map<String, List<String>> before = dump();
        List<TracedCall> was = workbench.calls().findByCase(caseFile.id());

        ImportReport report = importText(changedCopy(), OnDuplicate.UPDATE);
        assertThat(report.render()).contains("2 new, 3 changed, 75 identical").contains("3 updated");
        List<TracedCall> now = workbench.calls().findByCase(caseFile.id());
        assertThat(now).hasSize(80);
        List<TracedCall> rewritten = now.subList(0, 78).stream().filter(call -> !was.contains(call)).toList();
        assertThat(rewritten).hasSize(3).allSatisfy(call -> assertThat(call.violation()).isEqualTo("47 USC 227(b)"));
        for (TracedCall call : rewritten) {
            TracedCall old = was.stream().filter(w -> w.id() == call.id()).findFirst().orElseThrow();
            assertThat(call).isEqualTo(new TracedCall(old.id(), old.caseId(), old.tracebackId(), old.callTimeUtc(),
                    old.callerId(), old.calledNumber(), old.campaign(), "47 USC 227(b)", old.notifications(), old.response(),
                    old.customers(), old.customerAsWritten(), old.description()));
            assertThat(workbench.audit().forEntity("traced_call", call.id())).extracting(e -> e.action())
                    .containsExactly("import-updated");
        }

        ImportBatches.Undone undone = workbench.importBatches().undo(report.batchId(), false);
        assertThat(undone.callsDeleted()).isEqualTo(2);
        assertThat(undone.callsRestored()).isEqualTo(3);
        assertThat(undone.partiesRemoved()).isEqualTo(1);
        assertThat(undone.campaignsRemoved()).isEqualTo(1);
        assertThat(dump()).isEqualTo(before);
        assertThat(workbench.importBatches().find(report.batchId()).orElseThrow().undone()).isTrue();
        assertThatThrownBy(() -> workbench.importBatches().undo(report.batchId(), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already undone");
    }

    @Test
    void keepDoublesTheCaseAsBefore() {
        importText(original, OnDuplicate.SKIP);
        ImportReport again = importText(original, OnDuplicate.KEEP);
        assertThat(again.callsWritten()).isEqualTo(78);
        assertThat(again.render()).contains("78 identical (on duplicate: keep; all written)");
        assertThat(workbench.calls().findByCase(caseFile.id())).hasSize(156);
    }

    @Test
    void undoingTheFirstImportLeavesTheTablesAsBefore() {
        Map<String, List<String>> empty = dump();
        ImportReport report = importText(original, OnDuplicate.SKIP);
        assertThat(dump()).isNotEqualTo(empty);
        ImportBatch batch = workbench.importBatches().list(caseFile.id()).get(0);
        assertThat(batch.id()).isEqualTo(report.batchId());
        assertThat(batch.sha256()).hasSize(64);
        assertThat(batch.columnMapping()).contains("Date of Call -> Date of Call");
        assertThat(batch.rowsRead()).isEqualTo(78);

        ImportBatches.Undone undone = workbench.importBatches().undo(batch.id(), false);
        assertThat(undone.callsDeleted()).isEqualTo(78);
        assertThat(undone.hopsDeleted()).isEqualTo(78);
        Map<String, List<String>> after = dump();
        // A merge of a spelling into a party the import created goes with that party.
        assertThat(after).isEqualTo(empty);
        assertThat(workbench.audit().latest(1).get(0).action()).isEqualTo("import-undone");
    }

    @Test
    void callsEditedAfterTheImportAreNamedAndOnlyAForcedUndoGoesOver() {
        ImportReport report = importText(original, OnDuplicate.SKIP);
        TracedCall edited = workbench.calls().findByCase(caseFile.id()).get(5);
        workbench.callEditing().edit(edited.id(), AttachmentColumn.VIOLATION, "47 USC 227(e)");

        assertThatThrownBy(() -> workbench.importBatches().undo(report.batchId(), false))
                .isInstanceOfSatisfying(ImportBatches.EditedAfterImportException.class, e -> {
                    assertThat(e.getMessage()).startsWith("1 calls of import " + report.batchId() + " were edited after it");
                    assertThat(e.edits()).singleElement().satisfies(edit -> {
                        assertThat(edit.callId()).isEqualTo(edited.id());
                        assertThat(edit.action()).isEqualTo("edited");
                    });
                });
        assertThat(workbench.calls().findByCase(caseFile.id())).hasSize(78);
        assertThat(workbench.importBatches().undo(report.batchId(), true).callsDeleted()).isEqualTo(78);
        assertThat(workbench.calls().findByCase(caseFile.id())).isEmpty();
    }

    @Test
    void aRowRepeatedInTheFileIsWrittenOnce() {
        String header = "Customer\tDate of Call\tDescription\n";
        ImportReport report = importText(header + "Acme\t2021-09-07 21:11\tX\nAcme\t2021-09-07 21:11\tX\nAcme\t2021-09-07 21:12\tX\n",
                OnDuplicate.SKIP);
        assertThat(report.callsWritten()).isEqualTo(2);
        assertThat(report.render()).contains("2 new, 1 repeated in the file");
    }

    @Test
    void aTracebackIsKnownByItsIdAndUpdateReplacesItsHopsUntilUndone() {
        String header = "traceback_id,call_time_utc,caller_id,called_number,campaign,violation,"
                + "hop,provider,role,notified_at_utc,responded_at_utc,response,customer,attestation\n";
        String tb1 = "TB-1,2025-06-11T08:39:00Z,+12025550182,+13125550151,Scam,,1,Carrier One,terminating,"
                + "2025-06-11T14:39:00Z,2025-06-11T20:39:00Z,upstream_identified,,A\n";
        String tb1hop2 = "TB-1,2025-06-11T08:39:00Z,+12025550182,+13125550151,Scam,,2,Belle Telecom,originating,"
                + "2025-06-11T17:39:00Z,,no_response,,C\n";
        String tb2 = "TB-2,2025-06-12T08:00:00Z,,,Scam,,1,Carrier One,terminating,2025-06-12T10:00:00Z,,pending,,\n";
        importTracebacks(header + tb1 + tb1hop2 + tb2, OnDuplicate.SKIP);
        Map<String, List<String>> before = dump();

        String answered = tb1hop2.replace("2025-06-11T17:39:00Z,,no_response,,C", "2025-06-11T17:39:00Z,2025-06-12T09:00:00Z,"
                + "customer_identified,Acme Dialers,C");
        ImportReport report = importTracebacks(header + tb1 + answered + tb2, OnDuplicate.UPDATE);
        assertThat(report.render()).contains("1 changed, 1 identical");
        assertThat(report.changes()).singleElement().satisfies(change -> assertThat(change)
                .contains("traceback TB-1").contains("Customer: \"\" -> \"Acme Dialers\"").contains("Hops: "));
        TracedCall call = workbench.calls().findByCase(caseFile.id()).get(0);
        assertThat(call.customers()).containsExactly("Acme Dialers");
        assertThat(workbench.calls().hopsOf(call.id())).hasSize(2);

        workbench.importBatches().undo(report.batchId(), false);
        assertThat(dump()).isEqualTo(before);
    }

    private ImportReport importTracebacks(String text, OnDuplicate policy) {
        ImportReport report = workbench.importer().run(ImportSource.ofText("tb.csv", text),
                ImportOptions.forCase(caseFile.id()).withFormat(ImportFormat.TRACEBACKS).withOnDuplicate(policy), Progress.NONE);
        assertThat(report.errors()).as(report.render()).isEmpty();
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.WRITTEN);
        return report;
    }
}
