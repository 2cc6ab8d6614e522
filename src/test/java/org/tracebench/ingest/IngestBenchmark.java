package org.tracebench.ingest;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;
import org.tracebench.app.Workbench;
import org.tracebench.work.Progress;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;

/**
 * Imports N hop rows of the traceback exchange format (default 1,000,000) through {@link Importer} and,
 * in the same run on the same machine, loads the same file into the same tables with H2's own
 * {@code INSERT INTO ... SELECT ... FROM CSVREAD(...)}; prints rows per second of both and their ratio.
 * Not a unit test. Run with a small heap to check that memory does not grow with the file:
 * <pre>java -Xmx512m -cp ... org.tracebench.ingest.IngestBenchmark [rows] [workdir]</pre>
 */
public final class IngestBenchmark {

    private static final int HOPS_PER_TRACEBACK = 5;
    private static final int PROVIDERS = 2_000;
    private static final String[] CAMPAIGNS = {"SSA Imposter", "Arrest Warrant Scam", "Auto Warranty",
            "Credit Card Rate Reduction Call", "Amazon Imposter", "Utility Disconnect Scam", "Medicare Benefits",
            "Student Loan Forgiveness", "Financial Impersonation Scam", "Authorized Order Scam"};
    private static final String[] ROLES = {"terminating", "intermediate", "intermediate", "gateway", "originating"};

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("tracebench-bench");
        Files.createDirectories(work);
        Path csv = work.resolve("hops.csv");
        long genStart = System.nanoTime();
        generate(csv, rows);
        System.out.printf(Locale.ROOT, "Generated %,d hop rows (%,d tracebacks) in %s: %,d bytes, %.1f s%n", rows,
                rows / HOPS_PER_TRACEBACK, csv, Files.size(csv), (System.nanoTime() - genStart) / 1e9);
        System.out.printf(Locale.ROOT, "JVM: %s, max heap %,d MB%n", Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        boolean importerOnly = args.length > 2 && args[2].equals("importer-only");
        if (args.length > 2 && args[2].equals("xlsx")) {
            Path xlsx = work.resolve("hops.xlsx");
            long start = System.nanoTime();
            toXlsx(csv, xlsx);
            System.out.printf(Locale.ROOT, "Wrote %s with SXSSF: %,d bytes, %.1f s%n", xlsx, Files.size(xlsx),
                    (System.nanoTime() - start) / 1e9);
            csv = xlsx;
            importerOnly = true;
        }

        double ours;
        double oursCpu;
        try (Database db = Database.open(DatabaseLocation.inDirectory(work.resolve("db-importer")))) {
            resetPeaks();
            LiveHeap live = new LiveHeap();
            live.start();
            long start = System.nanoTime();
            long cpuStart = cpuNanos();
            ImportReport report = new Workbench(db).importer().run(ImportSource.of(csv), ImportOptions.forCase(null), Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (report.outcome() != ImportReport.Outcome.WRITTEN) {
                System.out.println(report.render());
                throw new IllegalStateException("the import did not succeed");
            }
            ours = rows / seconds;
            oursCpu = (cpuNanos() - cpuStart) / 1e9;
            live.interrupt();
            System.out.printf(Locale.ROOT, "Tracebench importer: %,d calls, %,d hops in %.1f s = %,.0f rows/s "
                    + "(process CPU %.1f s = %,.0f rows per CPU second); heap in use after GC at most %,d MB%n",
                    report.callsWritten(), report.hopsWritten(), seconds, ours, oursCpu, rows / oursCpu, live.maxMb());
        }

        if (importerOnly) {
            return;
        }
        double h2;
        double h2Cpu;
        try (Database db = Database.open(DatabaseLocation.inDirectory(work.resolve("db-csvread")))) {
            long start = System.nanoTime();
            long cpuStart = cpuNanos();
            String file = csv.toAbsolutePath().toString().replace("'", "''");
            // CSVREAD once into a staging table, then set-based inserts from it: the fastest way H2 offers.
            db.withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("CREATE TABLE csv_stage AS SELECT * FROM CSVREAD('" + file + "', NULL, 'charset=UTF-8')");
                }
                return null;
            });
            String source = "csv_stage";
            db.inTransaction(() -> db.withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("""
                            INSERT INTO provider (name, kind, rmd_status, is_foreign, stir_shaken, illustrative, sample)
                            SELECT DISTINCT provider, 'PROVIDER', 'UNKNOWN', FALSE, 'UNKNOWN', FALSE, FALSE FROM %s""".formatted(source));
                    s.executeUpdate("INSERT INTO provider_alias (provider_id, alias, normalized) SELECT id, name, LOWER(name) FROM provider");
                    s.executeUpdate("INSERT INTO campaign (name) SELECT DISTINCT campaign FROM %s".formatted(source));
                    s.executeUpdate("""
                            INSERT INTO traced_call (case_id, row_order, traceback_id, call_time_utc, caller_id, called_number,
                                campaign_id, violation, response, description)
                            SELECT NULL, 0, c.traceback_id, CAST(c.call_time_utc AS TIMESTAMP WITH TIME ZONE), c.caller_id,
                                c.called_number, k.id, c.violation, 'PENDING', c.campaign
                            FROM %s c JOIN campaign k ON k.name = c.campaign WHERE c.hop = '1'""".formatted(source));
                    // The same rows the importer writes: the top hop's notification time and named customer.
                    s.executeUpdate("""
                            INSERT INTO traced_call_notification (traced_call_id, position, notified_at)
                            SELECT t.id, 0, CAST(c.notified_at_utc AS TIMESTAMP WITH TIME ZONE)
                            FROM %s c JOIN traced_call t ON t.traceback_id = c.traceback_id WHERE c.role = 'originating'"""
                            .formatted(source));
                    s.executeUpdate("""
                            INSERT INTO provider (name, kind, rmd_status, is_foreign, stir_shaken, illustrative, sample)
                            SELECT DISTINCT customer, 'CUSTOMER', 'UNKNOWN', FALSE, 'UNKNOWN', FALSE, FALSE FROM %s
                            WHERE customer <> ''""".formatted(source));
                    s.executeUpdate("""
                            INSERT INTO traced_call_customer (traced_call_id, position, provider_id, name_as_written)
                            SELECT t.id, 0, p.id, c.customer FROM %s c JOIN traced_call t ON t.traceback_id = c.traceback_id
                            JOIN provider p ON p.name = c.customer WHERE c.customer <> ''""".formatted(source));
                    s.executeUpdate("""
                            INSERT INTO hop (traced_call_id, hop_order, provider_id, role, notified_at, responded_at, response,
                                attestation, illustrative, provider_as_written)
                            SELECT t.id, CAST(c.hop AS INT), p.id, UPPER(c.role), CAST(c.notified_at_utc AS TIMESTAMP WITH TIME ZONE),
                                CAST(NULLIF(c.responded_at_utc, '') AS TIMESTAMP WITH TIME ZONE), UPPER(c.response),
                                NULLIF(c.attestation, ''), FALSE, c.provider
                            FROM %s c JOIN traced_call t ON t.traceback_id = c.traceback_id JOIN provider p ON p.name = c.provider"""
                            .formatted(source));
                }
                return null;
            }));
            db.withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DROP TABLE csv_stage");
                }
                return null;
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            h2 = rows / seconds;
            h2Cpu = (cpuNanos() - cpuStart) / 1e9;
            long hops = db.withConnection(c -> count(c, "SELECT COUNT(*) FROM hop"));
            System.out.printf(Locale.ROOT, "H2 CSVREAD baseline (staging table + INSERT ... SELECT): %,d hops in %.1f s = %,.0f rows/s "
                    + "(process CPU %.1f s = %,.0f rows per CPU second)%n", hops, seconds, h2, h2Cpu, rows / h2Cpu);
        }
        System.out.printf(Locale.ROOT, "Ratio (importer / CSVREAD): %.2f by wall clock, %.2f by CPU time (goal >= 0.5)%n",
                ours / h2, h2Cpu / oursCpu);
    }

    /** The same rows as an XLSX workbook, written row by row with POI's SXSSF (inline strings, timestamps as text). */
    private static void toXlsx(Path csv, Path xlsx) throws Exception {
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
             var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             var out = Files.newOutputStream(xlsx)) {
            book.setCompressTempFiles(true);
            var sheet = book.createSheet("hops");
            String line;
            int r = 0;
            while ((line = reader.readLine()) != null) {
                var row = sheet.createRow(r++);
                String[] cells = line.split(",", -1);
                for (int i = 0; i < cells.length; i++) {
                    if (!cells[i].isEmpty()) {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            book.write(out);
            book.dispose();
        }
    }

    /** CPU time of the whole process (all threads, H2's own included): less disturbed by other load than wall time. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long count(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Deterministic rows: 5 hops per traceback, providers and campaigns drawn from fixed lists. */
    static void generate(Path csv, int rows) throws Exception {
        java.util.Random random = new java.util.Random(42);
        Instant base = Instant.parse("2021-01-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("traceback_id,call_time_utc,caller_id,called_number,campaign,violation,hop,provider,role,"
                    + "notified_at_utc,responded_at_utc,response,customer,attestation\n");
            int tracebacks = rows / HOPS_PER_TRACEBACK;
            StringBuilder line = new StringBuilder(256);
            for (int t = 0; t < tracebacks; t++) {
                Instant call = base.plusSeconds(random.nextInt(3 * 365 * 86_400));
                String caller = "+1202555" + String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
                String called = "+1312555" + String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
                String campaign = CAMPAIGNS[random.nextInt(CAMPAIGNS.length)];
                boolean answered = random.nextInt(10) > 0;
                for (int h = 1; h <= HOPS_PER_TRACEBACK; h++) {
                    boolean top = h == HOPS_PER_TRACEBACK;
                    Instant notified = call.plusSeconds(86_400L + h * 3_600L);
                    String response = top ? (answered ? "customer_identified" : "no_response") : "upstream_identified";
                    line.setLength(0);
                    line.append("TB-").append(t).append(',').append(call).append(',').append(caller).append(',').append(called)
                            .append(',').append(campaign).append(",47 USC 227(b); 47 CFR 64.1200(a),").append(h).append(',')
                            .append("Provider ").append(random.nextInt(PROVIDERS)).append(" LLC,").append(ROLES[h - 1]).append(',')
                            .append(notified).append(',').append(top && !answered ? "" : notified.plusSeconds(7_200).toString())
                            .append(',').append(response).append(',').append(top && answered ? "Caller " + random.nextInt(500) : "")
                            .append(',').append(h == 1 ? "A" : h == 4 ? "C" : "").append('\n');
                    out.append(line);
                }
            }
        }
    }

    /** Samples the heap in use after each garbage collection: what the import really keeps alive. */
    private static final class LiveHeap extends Thread {
        private volatile long max;

        LiveHeap() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                long live = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                        live += pool.getCollectionUsage().getUsed();
                    }
                }
                max = Math.max(max, live);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long maxMb() {
            return max / (1024 * 1024);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }
}
