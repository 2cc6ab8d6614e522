package org.tracebench.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Provider;
import org.tracebench.model.RmdStatus;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.Jdbc;

/**
 * Times the search box on a store of 1,000,000 traced calls (goal: under 100 ms per search), beside two
 * baselines measured in the same run: a substring LIKE scan of the number columns, and the same search after
 * dropping the number indexes. Not a unit test. Run:
 * mvn -q test-compile exec:java -Dexec.mainClass=org.tracebench.cases.SearchBenchmark -Dexec.classpathScope=test
 * Optional argument: the number of calls (default 1000000).
 */
public final class SearchBenchmark {

    private static final int BATCH = 10_000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("tracebench-search-bench");
        Database database = Database.open(DatabaseLocation.inDirectory(dir));
        try (Workbench workbench = new Workbench(database)) {
            Random random = new Random(42);
            long start = System.nanoTime();
            Fixture fixture = fill(workbench, database, calls, random);
            System.out.printf("Generated %,d traced calls, %,d providers, %d campaigns, %d cases in %.1f s%n",
                    calls, fixture.providers, fixture.campaigns, fixture.cases, (System.nanoTime() - start) / 1e9);
            SearchService search = workbench.casework().search();
            String knownCaller = fixture.callerIds.get(fixture.callerIds.size() / 2);
            String knownCalled = fixture.calledNumbers.get(fixture.calledNumbers.size() / 3);
            String typedCaller = "(" + knownCaller.substring(2, 5) + ") " + knownCaller.substring(5, 8) + "-" + knownCaller.substring(8);
            String[][] queries = {
                {"caller ID, typed (202) 555-0182 style", typedCaller},
                {"called number, E.164", knownCalled},
                {"number prefix, 6 digits", knownCaller.substring(2, 8)},
                {"provider name", "Northwind"},
                {"FRN", fixture.frn},
                {"RMD number", fixture.rmdNumber},
                {"campaign", "Imposter"},
            };
            System.out.printf("%n%-40s %12s %12s%n", "Search (whole box: cases, providers, campaigns, calls)", "median ms", "max ms");
            for (String[] q : queries) {
                double[] t = time(() -> search.search(q[1], 25).size(), 5, 25);
                System.out.printf("%-40s %12.2f %12.2f   (%d hits for \"%s\")%n", q[0], t[0], t[1],
                        search.search(q[1], 25).size(), q[1]);
            }
            System.out.println();
            String digits = knownCaller.substring(2);
            double[] naive = time(() -> search.naiveCallScan(digits, 25), 1, 5);
            System.out.printf("%-40s %12.2f %12.2f%n", "Baseline: LIKE '%digits%' scan of calls", naive[0], naive[1]);
            database.withConnection(c -> {
                Jdbc.update(c, "DROP INDEX traced_call_caller_idx");
                Jdbc.update(c, "DROP INDEX traced_call_called_idx");
                return null;
            });
            double[] noIndex = time(() -> search.search(typedCaller, 25).size(), 1, 5);
            System.out.printf("%-40s %12.2f %12.2f%n", "Baseline: same caller ID search, no index", noIndex[0], noIndex[1]);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Fixture(int providers, int campaigns, int cases, List<String> callerIds, List<String> calledNumbers,
                           String frn, String rmdNumber) {
    }

    private static Fixture fill(Workbench workbench, Database database, int calls, Random random) throws Exception {
        int providerCount = 3_000;
        String frn = null;
        String rmd = null;
        for (int i = 0; i < providerCount; i++) {
            String name = (i == 1234 ? "Northwind Voice" : "Bench Carrier " + i) + (i % 3 == 0 ? " LLC" : " Inc.");
            String f = String.format("%010d", 31_000_000 + i);
            String r = String.format("RMD%07d", 100_000 + i);
            Provider p = Provider.named(name).withAliases(List.of("BC" + i + " Networks"));
            p = new Provider(0, p.name(), p.kind(), p.aliases(), f, r, RmdStatus.REGISTERED, false, null, null, null, false);
            workbench.providers().insert(p, false);
            if (i == 2500) {
                frn = f;
                rmd = r;
            }
        }
        String[] campaignNames = {"SSA Imposter", "IRS Imposter", "Amazon Imposter", "Auto Warranty", "Utility Disconnect",
            "Arrest Warrant Scam", "Financial Impersonation Scam", "Authorized Order Scam", "Medicare", "Student Loan"};
        List<Long> campaignIds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            campaignIds.add(workbench.campaigns().idFor(campaignNames[i % campaignNames.length] + (i < 10 ? "" : " " + i)));
        }
        List<Long> caseIds = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            caseIds.add(workbench.cases().insert(new CaseFile(0, "bench-" + i, "Benchmark case " + i, null, null, null, null,
                    null, null, null, null, null, false)).id());
        }
        List<String> callers = new ArrayList<>();
        List<String> called = new ArrayList<>();
        Instant base = Instant.parse("2020-01-01T00:00:00Z");
        database.withConnection(c -> {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO traced_call (case_id, row_order, traceback_id, call_time_utc, caller_id, called_number,
                        campaign_id, violation, response, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < calls; i++) {
                    String caller = "+1" + (200 + random.nextInt(800)) + String.format("%07d", random.nextInt(10_000_000));
                    String callee = "+1" + (200 + random.nextInt(800)) + String.format("%07d", random.nextInt(10_000_000));
                    if (i % 1000 == 0) {
                        callers.add(caller);
                        called.add(callee);
                    }
                    insert.setLong(1, caseIds.get(i % caseIds.size()));
                    insert.setInt(2, i / caseIds.size());
                    insert.setString(3, "TB-" + i);
                    insert.setObject(4, OffsetDateTime.ofInstant(base.plusSeconds(random.nextInt(5 * 365 * 86_400)), ZoneOffset.UTC));
                    insert.setString(5, caller);
                    insert.setString(6, callee);
                    insert.setLong(7, campaignIds.get(random.nextInt(campaignIds.size())));
                    insert.setString(8, "47 USC 227(b)");
                    insert.setString(9, "NO_RESPONSE");
                    insert.setString(10, null);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
            return null;
        });
        return new Fixture(providerCount, campaignIds.size(), caseIds.size(), callers, called, frn, rmd);
    }

    /** Median and maximum wall time in ms of {@code runs} runs after {@code warmups} unmeasured ones. */
    private static double[] time(Supplier<Integer> work, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[runs - 1]};
    }

}
