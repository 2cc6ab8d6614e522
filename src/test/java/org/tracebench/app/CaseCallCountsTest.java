package org.tracebench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.CallEditing;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportReport;
import org.tracebench.ingest.ImportSource;
import org.tracebench.ingest.OnDuplicate;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.Provider;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.IntegrityCheck;
import org.tracebench.store.Jdbc;
import org.tracebench.transfer.Decisions;
import org.tracebench.work.Progress;

/**
 * The number of calls the case list shows is kept on the case row (V16, decision 0712), not counted on each read:
 * every path that adds or removes traced calls must move it in its own transaction. Each test takes one path and
 * compares the listed number with the calls the case really holds, and with the number the path should leave.
 */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CaseCallCountsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @Parameter
    Store store;
    @TempDir
    Path dir;

    private DatabaseLocation location;
    private Workbench workbench;
    private CaseFile caseFile;
    private String attachment;

    @BeforeEach
    void open() throws IOException {
        Files.createDirectories(dir.resolve("store"));
        location = store.freshLocation(dir.resolve("store"));
        workbench = new Workbench(Database.open(location), CLOCK, new ActingUser("counts.test"));
        Provider target = workbench.providers().insert(Provider.named("PZ/Illum Telecommunication Telecommunication LLC"), false);
        caseFile = workbench.cases().insert(new CaseFile(0, "pz", "PZ/Illum", target.id(), null, null, null, null, null,
                null, null, null, false));
        try (InputStream in = getClass().getResourceAsStream("/org/tracebench/ingest/attachment-a-pasted.txt")) {
            attachment = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterEach
    void close() {
        if (workbench != null) {
            workbench.close();
        }
    }

    private ImportReport importInto(Workbench into, long caseId, OnDuplicate policy) {
        return importInto(into, caseId, policy, Progress.NONE);
    }

    private ImportReport importInto(Workbench into, long caseId, OnDuplicate policy, Progress progress) {
        ImportReport report = into.importer().run(ImportSource.ofText("attachment-a.txt", attachment),
                ImportOptions.forCase(caseId).withOnDuplicate(policy), progress);
        assertThat(report.errors()).as(report.render()).isEmpty();
        return report;
    }

    /** What the case list shows for the case. */
    private static long listed(Workbench in, long caseId) {
        return in.cases().summaries().stream().filter(s -> s.caseFile().id() == caseId).findFirst()
                .map(CaseSummary::tracedCalls).orElseThrow();
    }

    /** Every case's listed number is the number of its calls, and the check agrees. */
    private static void assertEveryCountTrue(Workbench in) {
        for (CaseSummary summary : in.cases().summaries()) {
            assertThat((long) summary.tracedCalls()).as("calls listed for case %s", summary.caseFile().key())
                    .isEqualTo(in.calls().countByCase(summary.caseFile().id()));
        }
        IntegrityCheck.Report report = in.checkIntegrity(Progress.NONE);
        assertThat(report.problems()).as(report.summary()).isEmpty();
    }

    @Test
    void importsCountWhatTheyWriteWhateverTheyDoWithDuplicates() {
        assertThat(listed(workbench, caseFile.id())).isZero();
        assertThat(importInto(workbench, caseFile.id(), OnDuplicate.SKIP).callsWritten()).isEqualTo(78);
        assertThat(listed(workbench, caseFile.id())).isEqualTo(78);

        assertThat(importInto(workbench, caseFile.id(), OnDuplicate.SKIP).callsWritten()).isZero();
        assertThat(importInto(workbench, caseFile.id(), OnDuplicate.UPDATE).callsWritten()).isZero();
        assertThat(listed(workbench, caseFile.id())).isEqualTo(78);

        String changed = attachment + "Newco Dialers LLC\tSep 02, 2021 10:00\tSep 01, 2021 09:00 UTC\t\t\tTest Refund Scam\t47 USC 227(b)\n";
        ImportReport updated = workbench.importer().run(ImportSource.ofText("changed.txt", changed),
                ImportOptions.forCase(caseFile.id()).withOnDuplicate(OnDuplicate.UPDATE), Progress.NONE);
        assertThat(updated.callsWritten()).as(updated.render()).isEqualTo(1);
        assertThat(listed(workbench, caseFile.id())).isEqualTo(79);

        assertThat(importInto(workbench, caseFile.id(), OnDuplicate.KEEP).callsWritten()).isEqualTo(78);
        assertThat(listed(workbench, caseFile.id())).isEqualTo(157);
        assertEveryCountTrue(workbench);
    }

    @Test
    void aDryRunOrARejectedImportLeavesTheCountAsItWas() {
        importInto(workbench, caseFile.id(), OnDuplicate.SKIP);
        ImportReport dry = workbench.importer().run(ImportSource.ofText("again.txt", attachment),
                ImportOptions.forCase(caseFile.id()).withOnDuplicate(OnDuplicate.KEEP).withDryRun(true), Progress.NONE);
        assertThat(dry.outcome()).isEqualTo(ImportReport.Outcome.PREVIEW);
        assertThat(dry.callsWritten()).isEqualTo(78);
        String bad = attachment + "Newco Dialers LLC\tnot a date\tnot a time either\t\t\tTest Refund Scam\t47 USC 227(b)\n";
        ImportReport rejected = workbench.importer().run(ImportSource.ofText("bad.txt", bad),
                ImportOptions.forCase(caseFile.id()).withOnDuplicate(OnDuplicate.KEEP), Progress.NONE);
        assertThat(rejected.outcome()).as(rejected.render()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(listed(workbench, caseFile.id())).isEqualTo(78);
        assertEveryCountTrue(workbench);
    }

    @Test
    void undoingAnImportTakesItsCallsOffTheCount() {
        long first = importInto(workbench, caseFile.id(), OnDuplicate.SKIP).batchId();
        long second = importInto(workbench, caseFile.id(), OnDuplicate.KEEP).batchId();
        assertThat(listed(workbench, caseFile.id())).isEqualTo(156);
        assertThat(workbench.importBatches().undo(second, false).callsDeleted()).isEqualTo(78);
        assertThat(listed(workbench, caseFile.id())).isEqualTo(78);
        workbench.importBatches().undo(first, false);
        assertThat(listed(workbench, caseFile.id())).isZero();
        assertEveryCountTrue(workbench);
    }

    @Test
    void theCallsEditorCountsAddsPastesDeletesAndTheirUndo() {
        CallEditing editing = workbench.callEditing();
        long added = editing.add(caseFile.id(), Map.of(AttachmentColumn.CALLER_ID, "+12025550182")).id();
        assertThat(listed(workbench, caseFile.id())).isEqualTo(1);
        editing.paste(caseFile.id(), "+12025550183\t+12025550184\n+12025550185\t+12025550186\n",
                List.of(AttachmentColumn.CALLER_ID, AttachmentColumn.CALLED_NUMBER));
        assertThat(listed(workbench, caseFile.id())).isEqualTo(3);
        CallEditing.Removed removed = editing.delete(added);
        assertThat(listed(workbench, caseFile.id())).isEqualTo(2);
        editing.restore(removed);
        assertThat(listed(workbench, caseFile.id())).isEqualTo(3);
        assertEveryCountTrue(workbench);
    }

    @Test
    void aCaseFileImportedCountsTheCallsItBrings() throws IOException {
        Path laptopDir = Files.createDirectories(dir.resolve("laptop"));
        try (Workbench laptop = new Workbench(Database.open(DatabaseLocation.inDirectory(laptopDir)), CLOCK,
                new ActingUser("laptop.user"))) {
            laptop.samples().load();
            CaseFile pz = laptop.cases().findByKey("pz-illum-2021").orElseThrow();
            long pzCalls = laptop.calls().countByCase(pz.id());
            assertThat(listed(laptop, pz.id())).isEqualTo(pzCalls).isPositive();
            Path first = dir.resolve("first.tbcase");
            laptop.caseTransfer().export(pz.id(), first, null, Progress.NONE);

            workbench.caseTransfer().importCase(first, () -> null, Decisions.NONE, Progress.NONE);
            CaseFile arrived = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
            assertThat(listed(workbench, arrived.id())).isEqualTo(pzCalls);
            workbench.caseTransfer().importCase(first, () -> null, Decisions.NONE, Progress.NONE);
            assertThat(listed(workbench, arrived.id())).as("the same file twice").isEqualTo(pzCalls);

            // A call added on the other side arrives into a case that exists: one more, not the whole count again.
            workbench.callEditing().add(arrived.id(), Map.of(AttachmentColumn.CALLER_ID, "+12025550199"));
            Path back = dir.resolve("back.tbcase");
            workbench.caseTransfer().export(arrived.id(), back, null, Progress.NONE);
            laptop.caseTransfer().importCase(back, () -> null, Decisions.NONE, Progress.NONE);
            assertThat(listed(laptop, pz.id())).isEqualTo(pzCalls + 1);
            assertEveryCountTrue(laptop);
        }
        assertEveryCountTrue(workbench);
    }

    @Test
    void sampleLoadAndRemovalAndCaseDeleteKeepEveryOtherCaseTrue() {
        importInto(workbench, caseFile.id(), OnDuplicate.SKIP);
        workbench.samples().load();
        List<CaseSummary> summaries = workbench.cases().summaries();
        assertThat(summaries).hasSizeGreaterThan(2);
        assertThat(summaries.stream().filter(s -> s.caseFile().sample()).mapToLong(CaseSummary::tracedCalls).sum())
                .isPositive();
        assertEveryCountTrue(workbench);

        CaseFile other = workbench.cases().insert(new CaseFile(0, "other", "Other", null, null, null, null, null, null,
                null, null, null, false));
        workbench.callEditing().add(other.id(), Map.of(AttachmentColumn.CALLER_ID, "+12025550111"));
        workbench.cases().delete(caseFile.id());
        workbench.samples().remove();
        assertThat(listed(workbench, other.id())).isEqualTo(1);
        assertEveryCountTrue(workbench);
    }

    @Test
    void theCheckNamesAWrongCountAndTheRecountSetsItRight() {
        importInto(workbench, caseFile.id(), OnDuplicate.SKIP);
        workbench.callEditing().add(caseFile.id(), Map.of());
        workbench.cases().insert(new CaseFile(0, "empty", "Empty", null, null, null, null, null, null, null, null, null,
                false));
        // As a hand edit or a writer that forgot the count would leave it.
        workbench.close();
        workbench = null;
        try (Database db = Database.open(location)) {
            db.withConnection(c -> Jdbc.update(c, "UPDATE case_file SET call_count = 5 WHERE case_key = 'pz'"));
        }
        workbench = new Workbench(Database.open(location), CLOCK, new ActingUser("counts.test"));
        IntegrityCheck.Report report = workbench.checkIntegrity(Progress.NONE);
        assertThat(report.clean()).isFalse();
        assertThat(report.summary()).contains("1 case's call count is wrong: case " + caseFile.id()
                + " (pz) lists 5 calls but holds 79; `tracebench check --recount` sets them to the calls held");

        assertThat(workbench.recountCalls()).singleElement().satisfies(m -> {
            assertThat(m.kept()).isEqualTo(5);
            assertThat(m.held()).isEqualTo(79);
        });
        assertThat(listed(workbench, caseFile.id())).isEqualTo(79);
        assertThat(workbench.recountCalls()).isEmpty();
        assertEveryCountTrue(workbench);
    }

    @Test
    void theMigrationFillsTheCountsOfAnExistingDatabase() throws Exception {
        Path older = Files.createDirectories(dir.resolve("older"));
        DatabaseLocation before = store.freshLocation(older);
        org.flywaydb.core.Flyway.configure().dataSource(before.jdbcUrl(), store == Store.H2 ? "sa" : null,
                store == Store.H2 ? "" : null).locations("classpath:db/migration").target("14").load().migrate();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(before.jdbcUrl(), store == Store.H2 ? "sa" : null,
                store == Store.H2 ? "" : null); java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO case_file (id, case_key, title, letter_kind, status, sample) VALUES "
                    + "(1, 'three', 'Three calls', 'TASK_FORCE_NOTICE', 'RESPONSE_DUE', FALSE), "
                    + "(2, 'none', 'No calls', 'TASK_FORCE_NOTICE', 'RESPONSE_DUE', FALSE), "
                    + "(3, 'one', 'One call', 'TASK_FORCE_NOTICE', 'RESPONSE_DUE', FALSE)");
            s.execute("INSERT INTO traced_call (case_id, row_order, response) VALUES "
                    + "(1, 0, 'PENDING'), (1, 1, 'PENDING'), (1, 2, 'PENDING'), (3, 0, 'PENDING'), (NULL, 0, 'PENDING')");
        }
        try (Workbench migrated = new Workbench(Database.open(before), CLOCK, new ActingUser("counts.test"))) {
            assertThat(listed(migrated, 1)).isEqualTo(3);
            assertThat(listed(migrated, 2)).isZero();
            assertThat(listed(migrated, 3)).isEqualTo(1);
            assertEveryCountTrue(migrated);
        }
    }

    /**
     * Two writers import into the same case at once (on a server, two separate apps): both are inside their
     * transactions, rows written, before either counts; neither increment may be lost.
     */
    @Test
    void twoWritersImportingIntoOneCaseAtOnceLoseNoIncrement() throws Exception {
        importInto(workbench, caseFile.id(), OnDuplicate.SKIP); // the parties exist before the race
        List<Workbench> clients = new ArrayList<>();
        clients.add(workbench);
        if (store == Store.POSTGRESQL) {
            clients.add(Workbench.open(location));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ImportReport>> runs = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                Workbench client = clients.get(w % clients.size());
                // Asked once per row read, inside the import's transaction: half-way, each waits for the other.
                Progress meet = new Progress() {
                    private int rows;

                    @Override
                    public void update(long done, long total, String message) {
                    }

                    @Override
                    public boolean cancelled() {
                        if (++rows == 40) {
                            try {
                                together.await(60, TimeUnit.SECONDS);
                            } catch (Exception e) {
                                throw new IllegalStateException("the other writer never came", e);
                            }
                        }
                        return false;
                    }
                };
                runs.add(pool.submit(() -> importInto(client, caseFile.id(), OnDuplicate.KEEP, meet)));
            }
            long written = 0;
            for (Future<ImportReport> run : runs) {
                ImportReport report = run.get(5, TimeUnit.MINUTES);
                assertThat(report.outcome()).as(report.render()).isEqualTo(ImportReport.Outcome.WRITTEN);
                written += report.callsWritten();
            }
            assertThat(written).isEqualTo(156);
            assertThat(listed(workbench, caseFile.id())).isEqualTo(78 + 156);
            assertEveryCountTrue(workbench);
        } finally {
            pool.shutdownNow();
            for (Workbench client : clients.subList(1, clients.size())) {
                client.close();
            }
        }
    }
}
