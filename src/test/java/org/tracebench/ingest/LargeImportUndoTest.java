package org.tracebench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Provider;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.Jdbc;
import org.tracebench.work.Progress;

/**
 * Issue 11: undoing a 100,000-row traceback import puts every table it touched back as it was, compared on
 * H2's own SCRIPT dump of the whole database. The import is made to touch everything an import can: new
 * calls and hops, tracebacks already in the case rewritten (on-duplicate update), new providers and
 * campaigns, and new spellings of providers already known (aliases on existing rows).
 */
class LargeImportUndoTest {

    private static final int HOPS = 5;
    private static final int TRACEBACKS = Integer.getInteger("undo.tracebacks", 20_000);
    /** Tables whose job is to remember the import and its undo (deleted_record: what the undo took away, decision 0710): they grow, by design. */
    private static final Set<String> RECORDS_OF_THE_IMPORT = Set.of("AUDIT_LOG", "IMPORT_BATCH", "IMPORT_BATCH_PRIOR_CALL",
            "IMPORT_BATCH_CREATED", "DELETED_RECORD");

    @TempDir
    Path dir;
    Database database;
    Workbench workbench;
    long caseId;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.inDirectory(dir.resolve("db")));
        workbench = new Workbench(database);
        Provider target = workbench.providers().insert(Provider.named("Provider 0 LLC"), false);
        caseId = workbench.cases().insert(new CaseFile(0, "big", "Large import", target.id(), null, null, null, null, null,
                null, null, null, false)).id();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void undoOfA100000RowImportLeavesTheDatabaseAsItWas() throws Exception {
        Path first = dir.resolve("first.csv");
        write(first, 0, 500, "Provider %d LLC", "Campaign %d");
        ImportReport before = run(first, OnDuplicate.SKIP);
        assertThat(before.callsWritten()).isEqualTo(500);
        List<String> dumpBefore = dump();

        // 20,000 tracebacks of 5 hops: the first 500 are the first file's tracebacks with a campaign changed,
        // providers spelt "Provider N, LLC" (a variant of the first file's) and new ones, new campaigns.
        Path big = dir.resolve("big.csv");
        write(big, 0, TRACEBACKS, "Provider %d, LLC", "Campaign %d Scam");
        ImportReport report = run(big, OnDuplicate.UPDATE);
        assertThat(report.rowsRead()).isEqualTo(TRACEBACKS * HOPS);
        assertThat(report.updatedCalls()).isEqualTo(500);
        assertThat(report.callsWritten()).isEqualTo(TRACEBACKS - 500);
        assertThat(dump()).isNotEqualTo(dumpBefore);

        ImportBatches.Undone undone = workbench.importBatches().undo(report.batchId(), false);
        assertThat(undone.callsDeleted()).isEqualTo(TRACEBACKS - 500);
        assertThat(undone.callsRestored()).isEqualTo(500);
        List<String> dumpAfter = dump();
        assertThat(missing(dumpBefore, dumpAfter)).as("lines of the dump the undo did not put back").isEmpty();
        assertThat(missing(dumpAfter, dumpBefore)).as("lines of the dump the undo left behind").isEmpty();
        assertThat(dumpAfter.equals(dumpBefore)).as("the dump's lines in the same order").isTrue();
    }

    /** Lines of {@code expected} that {@code actual} lacks, counting repeats; the first 20, to keep a failure readable. */
    private static List<String> missing(List<String> expected, List<String> actual) {
        java.util.Map<String, Integer> left = new java.util.HashMap<>();
        actual.forEach(line -> left.merge(line, 1, Integer::sum));
        List<String> lacking = new ArrayList<>();
        for (String line : expected) {
            if (left.merge(line, -1, Integer::sum) < 0) {
                lacking.add(line);
            }
        }
        return lacking.subList(0, Math.min(20, lacking.size()));
    }

    private ImportReport run(Path file, OnDuplicate policy) {
        ImportReport report = workbench.importer().run(ImportSource.of(file),
                ImportOptions.forCase(caseId).withOnDuplicate(policy), Progress.NONE);
        assertThat(report.errors()).as(report.render()).isEmpty();
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.WRITTEN);
        return report;
    }

    /**
     * Every table of the database as H2's SCRIPT writes it, but for the import's own records (they grow by
     * design), the identity counters (ids handed out are not handed out again; that is not content) and the
     * column statistics H2 gathers as tables grow.
     */
    private List<String> dump() {
        return database.withConnection(c -> {
            List<String> tables = Jdbc.query(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "ORDER BY TABLE_NAME", r -> r.getString(1)).stream()
                    .filter(t -> !RECORDS_OF_THE_IMPORT.contains(t)).map(t -> "\"PUBLIC\".\"" + t + "\"").toList();
            assertThat(tables).hasSizeGreaterThan(20);
            return Jdbc.query(c, "SCRIPT NOPASSWORDS NOSETTINGS TABLE " + String.join(", ", tables), r -> r.getString(1))
                    .stream().flatMap(String::lines)
                    .filter(line -> !line.startsWith("-- "))
                    .map(line -> line.replaceAll(" SELECTIVITY \\d+", "")
                            .replaceAll("IDENTITY\\(START WITH \\d+( RESTART WITH \\d+)?\\)", "IDENTITY"))
                    .toList();
        });
    }

    /** Tracebacks {@code from} to {@code to - 1}; hop provider and campaign names follow the given patterns. */
    private static void write(Path file, int from, int to, String provider, String campaign) throws Exception {
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("traceback_id,call_time_utc,caller_id,called_number,campaign,violation,hop,provider,role,"
                    + "notified_at_utc,responded_at_utc,response,customer,attestation\n");
            String[] roles = {"terminating", "intermediate", "intermediate", "gateway", "originating"};
            for (int t = from; t < to; t++) {
                Instant call = base.plusSeconds(t * 61L);
                for (int h = 1; h <= HOPS; h++) {
                    Instant notified = call.plusSeconds(86_400L + h * 3_600L);
                    boolean top = h == HOPS;
                    out.write(String.format(Locale.ROOT, "TB-%d,%s,+1202555%04d,+1312555%04d,%s,47 USC 227(b),%d,%s,%s,%s,%s,%s,%s,%s%n",
                            t, call, t % 10_000, (t * 7) % 10_000, String.format(Locale.ROOT, campaign, t % 40), h,
                            "\"" + String.format(Locale.ROOT, provider, (t * HOPS + h) % 300) + "\"", roles[h - 1], notified,
                            top && t % 3 == 0 ? "" : notified.plusSeconds(7_200).toString(),
                            top ? (t % 3 == 0 ? "no_response" : "customer_identified") : "upstream_identified",
                            top && t % 3 != 0 ? "Caller " + (t % 200) : "", h == 1 ? "A" : ""));
                }
            }
        }
    }
}
