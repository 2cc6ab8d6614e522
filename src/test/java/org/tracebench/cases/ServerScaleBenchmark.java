package org.tracebench.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseStatus;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.model.RmdStatus;
import org.tracebench.store.CallCounts;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.Jdbc;

/**
 * Issue 14, "server scale": the search box and the Cases screen's list on a PostgreSQL server holding N traced
 * calls (default 1,000,000) with several users working at once, beside the same on the embedded H2 file with one
 * user (decision 0708). The same generated data (fixed seed) is loaded into a fresh schema on the server and into
 * a fresh H2 file; then each scenario runs clients that each do a fixed number of operations, a mix of searches
 * (phone numbers typed several ways, provider names, campaign words; hits and misses) and case-list loads.
 * A PostgreSQL client is a separate user's app: its own {@link Database} (connection pool) and {@link Workbench}.
 * Several users cannot share one H2 file (the first app locks it), so "10 on H2" is measured as 10 threads
 * inside one app sharing its Workbench, and printed as that.
 *
 * <p>Loading goes through the Workbench's repositories for providers, campaigns and cases, and through JDBC batches
 * on the store's own connection for calls and hops (as SearchBenchmark does); only the measured operations matter,
 * and those call the services exactly as the window does. Not a unit test. Run with a JDK 21+ and the test class
 * path; the server comes from TRACEBENCH_BENCH_PG_URL, else TRACEBENCH_PG_URL (user and password in the URL):
 * <pre>java -Xmx2g -cp ... org.tracebench.cases.ServerScaleBenchmark [CALLS] [--clients K] [--ops N] [--hops H] [--keep-schema]</pre>
 */
public final class ServerScaleBenchmark {

    private static final int BATCH = 5_000;
    private static final int LIMIT = 25;
    private static final int WARMUP_OPS = 10;
    private static final double SEARCH_SHARE = 0.75;

    private static final String[] FIRST = {"Blue", "Harbor", "Summit", "Northwind", "Pacific", "Granite", "Liberty",
        "Cedar", "Apex", "Metro", "Prairie", "Coastal", "Silver", "Keystone", "Pioneer", "Atlas", "Evergreen", "Redwood",
        "Beacon", "Orion"};
    private static final String[] SECOND = {"Ridge", "Valley", "Bay", "Point", "Star", "River", "Peak", "Lake", "Bridge",
        "Field", "Gate", "Stone", "Crest", "Forge", "Haven", "Mesa", "Grove", "Ledge", "Shore", "Trail"};
    private static final String[] THIRD = {"Voice", "Telecom", "Networks", "Communications", "Connect", "Carrier", "Tel",
        "Dial", "Link", "Wireless"};
    private static final String[] SUFFIX = {"LLC", "Inc.", "Ltd", "Corp.", "PTE LTD"};
    private static final String[] CAMPAIGNS = {"SSA Imposter", "IRS Imposter", "Amazon Imposter", "Auto Warranty",
        "Utility Disconnect", "Arrest Warrant Scam", "Financial Impersonation Scam", "Authorized Order Scam", "Medicare",
        "Student Loan"};
    private static final String[] CAMPAIGN_HITS = {"imposter", "auto warranty", "Medicare", "student loan", "utility"};
    private static final String[] CAMPAIGN_MISSES = {"lottery", "timeshare offer", "solar panels"};
    private static final String[] PROVIDER_MISSES = {"Zenith Quantum", "Kestrel Orbital Telecom", "Juniper Falls"};

    private ServerScaleBenchmark() {
    }

    /** What a run is asked to do. */
    private record Plan(int calls, int clients, int ops, int hopsPerCall, int providers, int cases, int campaigns) {
    }

    /** The values the generated data holds, for the searches that must hit. */
    private record Fixture(List<String> callers, List<String> called, List<String> providerNames) {
    }

    /** One operation: what it was ("case list" or the kind of query), how long it took, what it found. */
    private record Sample(boolean search, String what, double ms, int hits) {
    }

    /** A query typed in the search box and what kind of query it stands for. */
    private record Query(String kind, String text) {
    }

    public static void main(String[] args) throws Exception {
        int calls = 1_000_000;
        int clients = 10;
        int ops = 200;
        int hops = 2;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--ops" -> ops = Integer.parseInt(args[++i]);
                case "--hops" -> hops = Integer.parseInt(args[++i]);
                case "--keep-schema" -> keep = true;
                default -> calls = Integer.parseInt(args[i].replace("_", "").replace(",", ""));
            }
        }
        String url = System.getenv("TRACEBENCH_BENCH_PG_URL");
        if (url == null || url.isBlank()) {
            url = System.getenv("TRACEBENCH_PG_URL");
        }
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("Set TRACEBENCH_BENCH_PG_URL (or TRACEBENCH_PG_URL) to a PostgreSQL JDBC URL");
        }
        Plan plan = new Plan(calls, clients, ops, hops, Math.max(500, calls / 200), Math.max(50, calls / 500), 40);
        System.out.printf("Server scale: %,d traced calls (%d hops each), %,d providers, %,d cases, %d campaigns; "
                        + "%d clients x %d operations (%d warm-up each), %.0f %% searches, %.0f %% case-list loads%n",
                plan.calls, plan.hopsPerCall, plan.providers, plan.cases, plan.campaigns, plan.clients, plan.ops,
                WARMUP_OPS, SEARCH_SHARE * 100, (1 - SEARCH_SHARE) * 100);
        System.out.println("JVM " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores");

        List<String> results = new ArrayList<>();
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try (Connection admin = DriverManager.getConnection(url); Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            System.out.println("PostgreSQL " + admin.getMetaData().getDatabaseProductVersion() + ", schema " + schema);
        }
        try {
            DatabaseLocation server = DatabaseLocation.of(schemaUrl);
            // The loader alone lets the driver fold each batch into multi-row INSERTs; the clients use the plain URL.
            Fixture fixture = load("PostgreSQL", DatabaseLocation.of(schemaUrl + "&reWriteBatchedInserts=true"), plan);
            results.addAll(runUsers("PostgreSQL", 1, plan, fixture, () -> Database.open(server)));
            results.addAll(runUsers("PostgreSQL", plan.clients, plan, fixture, () -> Database.open(server)));
        } finally {
            if (keep) {
                System.out.println("Kept schema " + schema + " for a closer look (--keep-schema); drop it when done");
            } else {
                try (Connection admin = DriverManager.getConnection(url); Statement s = admin.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }

        Path dir = Files.createTempDirectory("tracebench-server-bench");
        try {
            DatabaseLocation file = DatabaseLocation.inDirectory(dir.resolve("db"));
            Fixture fixture = load("H2", file, plan);
            results.addAll(runUsers("H2", 1, plan, fixture, () -> Database.open(file)));
            results.addAll(runThreadsInOneApp(plan, fixture, file));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }

        System.out.printf("%nResults (%,d traced calls; per operation, all clients' operations together)%n", plan.calls);
        System.out.printf("%-40s %-10s %6s %12s %12s %12s %10s%n", "store, clients", "operation", "ops", "median ms",
                "p95 ms", "max ms", "ops/s");
        results.forEach(System.out::println);
    }

    /** Generates the data with a fixed seed, so both stores hold the same rows. */
    private static Fixture load(String store, DatabaseLocation location, Plan plan) throws Exception {
        long start = System.nanoTime();
        Random random = new Random(42);
        List<String> callers = new ArrayList<>();
        List<String> called = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Database database = Database.open(location);
        try (Workbench workbench = new Workbench(database)) {
            List<Long> providerIds = new ArrayList<>();
            int combos = FIRST.length * SECOND.length * THIRD.length;
            for (int i = 0; i < plan.providers; i++) {
                String words = FIRST[i % FIRST.length] + " " + SECOND[(i / FIRST.length) % SECOND.length] + " "
                        + THIRD[(i / (FIRST.length * SECOND.length)) % THIRD.length] + (i >= combos ? " " + (i / combos + 1) : "");
                String name = words + " " + SUFFIX[i % SUFFIX.length];
                names.add(name);
                Provider p = Provider.named(name).withAliases(List.of(words.toUpperCase(Locale.ROOT)));
                p = new Provider(0, p.name(), p.kind(), p.aliases(), String.format("%010d", 31_000_000 + i),
                        String.format("RMD%07d", 100_000 + i), RmdStatus.REGISTERED, false, null, null, null, false);
                providerIds.add(workbench.providers().insert(p, false).id());
            }
            List<Long> campaignIds = new ArrayList<>();
            for (int i = 0; i < plan.campaigns; i++) {
                campaignIds.add(workbench.campaigns().idFor(CAMPAIGNS[i % CAMPAIGNS.length] + (i < CAMPAIGNS.length ? "" : " " + i)));
            }
            List<Long> caseIds = new ArrayList<>();
            CaseStatus[] statuses = CaseStatus.values();
            for (int i = 0; i < plan.cases; i++) {
                Long target = providerIds.get(random.nextInt(providerIds.size()));
                caseIds.add(workbench.cases().insert(new CaseFile(0, "srv-" + i, "Traceback case " + i + " — "
                        + CAMPAIGNS[i % CAMPAIGNS.length], target, "Task Force office " + (i % 51), null,
                        statuses[i % statuses.length], null, null, null, null, null, false)).id());
            }
            System.out.printf("%s: %,d providers, %d campaigns, %,d cases written through the repositories in %.1f s%n",
                    store, plan.providers, plan.campaigns, plan.cases, (System.nanoTime() - start) / 1e9);
            long callsStart = System.nanoTime();
            Instant base = Instant.parse("2020-01-01T00:00:00Z");
            String[] roles = {"ORIGINATING", "INTERMEDIATE", "GATEWAY", "TERMINATING"};
            database.withConnection(c -> {
                c.setAutoCommit(false);
                try (PreparedStatement call = c.prepareStatement("""
                        INSERT INTO traced_call (case_id, row_order, traceback_id, call_time_utc, caller_id, called_number,
                            campaign_id, violation, response, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                     PreparedStatement hop = c.prepareStatement("""
                        INSERT INTO hop (traced_call_id, hop_order, provider_id, role, response, illustrative)
                        VALUES (?, ?, ?, ?, ?, FALSE)""")) {
                    // Calls arrive a case at a time, as imports bring them; ids are 1..N in this fresh store.
                    int perCase = (plan.calls + caseIds.size() - 1) / caseIds.size();
                    for (int i = 0; i < plan.calls; i++) {
                        String caller = "+1" + (200 + random.nextInt(800)) + String.format("%07d", random.nextInt(10_000_000));
                        String callee = "+1" + (200 + random.nextInt(800)) + String.format("%07d", random.nextInt(10_000_000));
                        if (i % 997 == 0) {
                            callers.add(caller);
                            called.add(callee);
                        }
                        int caseIndex = Math.min(i / perCase, caseIds.size() - 1);
                        Jdbc.bind(call, caseIds.get(caseIndex), i - caseIndex * perCase, "TB-" + i,
                                OffsetDateTime.ofInstant(base.plusSeconds(random.nextInt(5 * 365 * 86_400)), ZoneOffset.UTC),
                                caller, callee, campaignIds.get(random.nextInt(campaignIds.size())), "47 USC 227(b)",
                                "NO_RESPONSE", null);
                        call.addBatch();
                        for (int h = 0; h < plan.hopsPerCall; h++) {
                            Jdbc.bind(hop, (long) i + 1, h, providerIds.get(random.nextInt(providerIds.size())),
                                    roles[Math.min(h, roles.length - 1)], h == 0 ? "UPSTREAM_IDENTIFIED" : "NO_RESPONSE");
                            hop.addBatch();
                        }
                        if ((i + 1) % BATCH == 0) {
                            call.executeBatch();
                            hop.executeBatch();
                            c.commit();
                        }
                    }
                    call.executeBatch();
                    hop.executeBatch();
                    c.commit();
                } finally {
                    c.setAutoCommit(true);
                }
                long[] span = Jdbc.query(c, "SELECT MIN(id), MAX(id), COUNT(*) FROM traced_call",
                        r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3)}).get(0);
                if (span[0] != 1 || span[1] != plan.calls || span[2] != plan.calls) {
                    throw new IllegalStateException("call ids are not 1.." + plan.calls + ": " + Arrays.toString(span));
                }
                // Rows written past the repositories: their cases' call counts are filled as V16 fills an
                // existing database (decision 0712), and the case list must then show every call.
                CallCounts.recount(c);
                long listed = Jdbc.count(c, "SELECT SUM(call_count) FROM case_file");
                if (listed != plan.calls) {
                    throw new IllegalStateException("the cases' call counts add up to " + listed + ", not " + plan.calls);
                }
                // What a server's autovacuum (and H2's own statistics) would have done before users arrive.
                if (location.isEmbedded()) {
                    Jdbc.update(c, "ANALYZE");
                } else {
                    try (Statement s = c.createStatement()) {
                        s.execute("VACUUM ANALYZE");
                    }
                }
                return null;
            });
            System.out.printf("%s: %,d traced calls and %,d hops written in batches in %.1f s (%.0f calls/s), analyzed%n",
                    store, plan.calls, (long) plan.calls * plan.hopsPerCall, (System.nanoTime() - callsStart) / 1e9,
                    plan.calls / ((System.nanoTime() - callsStart) / 1e9));
        }
        return new Fixture(callers, called, names);
    }

    /** {@code users} separate apps, each with its own store connection pool and Workbench, one thread each. */
    private static List<String> runUsers(String store, int users, Plan plan, Fixture fixture, Supplier<Database> open)
            throws Exception {
        List<Workbench> apps = new ArrayList<>();
        try {
            for (int i = 0; i < users; i++) {
                apps.add(new Workbench(open.get()));
            }
            String label = store + ", " + users + (users == 1 ? " client" : " clients");
            return measure(label, apps, plan, fixture);
        } finally {
            for (Workbench app : apps) {
                app.close();
            }
        }
    }

    /** Several users on one H2 file is not possible (the app that opens it locks it): this is K threads in one app. */
    private static List<String> runThreadsInOneApp(Plan plan, Fixture fixture, DatabaseLocation file) throws Exception {
        try (Workbench app = new Workbench(Database.open(file))) {
            List<Workbench> same = new ArrayList<>();
            for (int i = 0; i < plan.clients; i++) {
                same.add(app);
            }
            return measure("H2, " + plan.clients + " threads in one app", same, plan, fixture);
        }
    }

    private static List<String> measure(String label, List<Workbench> apps, Plan plan, Fixture fixture) throws Exception {
        System.out.printf("%s: running %d x %d operations...%n", label, apps.size(), plan.ops);
        CyclicBarrier start = new CyclicBarrier(apps.size());
        ExecutorService pool = Executors.newFixedThreadPool(apps.size());
        List<Future<List<Sample>>> futures = new ArrayList<>();
        long[] wall = new long[2];
        try {
            for (int i = 0; i < apps.size(); i++) {
                Workbench app = apps.get(i);
                Random random = new Random(1_000 + i);
                Callable<List<Sample>> client = () -> {
                    for (int w = 0; w < WARMUP_OPS; w++) {
                        operation(app, random, fixture);
                    }
                    start.await();
                    synchronized (wall) {
                        if (wall[0] == 0) {
                            wall[0] = System.nanoTime();
                        }
                    }
                    List<Sample> samples = new ArrayList<>(plan.ops);
                    for (int n = 0; n < plan.ops; n++) {
                        samples.add(operation(app, random, fixture));
                    }
                    return samples;
                };
                futures.add(pool.submit(client));
            }
            List<Sample> all = new ArrayList<>();
            for (Future<List<Sample>> f : futures) {
                all.addAll(f.get());
            }
            wall[1] = System.nanoTime();
            double seconds = (wall[1] - wall[0]) / 1e9;
            List<String> lines = new ArrayList<>();
            lines.add(line(label, "search", all.stream().filter(Sample::search).toList(), seconds));
            lines.add(line(label, "case list", all.stream().filter(s -> !s.search()).toList(), seconds));
            long searches = all.stream().filter(Sample::search).count();
            long empty = all.stream().filter(s -> s.search() && s.hits() == 0).count();
            System.out.printf("%s: done in %.1f s; %d of %d searches found nothing (the misses)%n", label, seconds,
                    empty, searches);
            lines.forEach(System.out::println);
            // Per kind of query, to point at a slow one; not part of the summary table.
            all.stream().filter(Sample::search).map(Sample::what).distinct().sorted().forEach(what ->
                    System.out.println("  " + line("    " + what, "search", all.stream()
                            .filter(x -> x.what().equals(what)).toList(), seconds)));
            return lines;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thing a user does: a search from the box (75 %) or opening the Cases screen's list (25 %). */
    private static Sample operation(Workbench app, Random random, Fixture fixture) {
        if (random.nextDouble() < SEARCH_SHARE) {
            Query query = query(random, fixture);
            long t = System.nanoTime();
            int hits = app.casework().search().search(query.text(), LIMIT).size();
            return new Sample(true, query.kind(), (System.nanoTime() - t) / 1e6, hits);
        }
        long t = System.nanoTime();
        // What the Cases screen reads when it is opened (CasesViewModel): the summaries and the target choices.
        int rows = app.cases().summaries().size() + app.providers().findAll(PartyKind.PROVIDER).size();
        return new Sample(false, "case list", (System.nanoTime() - t) / 1e6, rows);
    }

    /** A query as people type them in the search box; about a quarter are misses. */
    private static Query query(Random random, Fixture fixture) {
        String caller = fixture.callers.get(random.nextInt(fixture.callers.size()));
        String callee = fixture.called.get(random.nextInt(fixture.called.size()));
        String provider = fixture.providerNames.get(random.nextInt(fixture.providerNames.size()));
        String[] words = provider.split(" ");
        return switch (random.nextInt(12)) {
            case 0 -> new Query("phone typed (202) 555-0182, hit",
                    "(" + caller.substring(2, 5) + ") " + caller.substring(5, 8) + "-" + caller.substring(8));
            case 1 -> new Query("phone E.164, hit", callee);
            case 2 -> new Query("phone 10 digits, hit", caller.substring(2));
            case 3 -> new Query("phone prefix 6 digits, hit", caller.substring(2, 8));
            case 4 -> new Query("phone typed, miss",
                    "(" + (200 + random.nextInt(800)) + ") 555-" + String.format("%04d", random.nextInt(10_000)));
            case 5 -> new Query("provider full name, hit", provider);
            case 6 -> new Query("provider two words, hit", (words[0] + " " + words[1]).toLowerCase(Locale.ROOT));
            case 7 -> new Query("provider one word, hit", words[1]);
            case 8 -> new Query("provider name, miss", PROVIDER_MISSES[random.nextInt(PROVIDER_MISSES.length)]);
            case 9, 10 -> new Query("campaign words, hit", CAMPAIGN_HITS[random.nextInt(CAMPAIGN_HITS.length)]);
            default -> new Query("campaign words, miss", CAMPAIGN_MISSES[random.nextInt(CAMPAIGN_MISSES.length)]);
        };
    }

    private static String line(String label, String kind, List<Sample> samples, double seconds) {
        double[] ms = samples.stream().mapToDouble(Sample::ms).sorted().toArray();
        if (ms.length == 0) {
            return String.format("%-40s %-10s %6d %12s %12s %12s %10s", label, kind, 0, "-", "-", "-", "-");
        }
        return String.format(Locale.ROOT, "%-40s %-10s %6d %12.1f %12.1f %12.1f %10.1f", label, kind, ms.length,
                percentile(ms, 0.50), percentile(ms, 0.95), ms[ms.length - 1], ms.length / seconds);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
