package org.tracebench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.store.Jdbc;

/**
 * Issue 12, "crash safety proven": the batch commands a user runs one after another (load the samples, import
 * a traceback file into a case, re-import it edited with {@code --on-duplicate update}, write a letter, export
 * the case's workbook) each run as their own child JVM through {@link Launcher}, and are killed at random
 * moments, with SIGKILL (a dead battery) and with SIGTERM (an OS shutdown, {@code kill}). After every kill the
 * store is opened in this JVM the way the next start opens it, and must hold every step that finished before
 * the kill, the step that was killed whole or not at all, no hop without its call, no partial output file at or
 * beside the targets, and an emptied temporary folder.
 *
 * <p>The steps are first run uncut once; the data folder left by each is kept, so a kill during step N starts
 * from what steps 1..N-1 left, and lands at a random moment of step N's own length (JVM start and the store's
 * opening included). The seed is printed; the same seed gives the same steps and delays.
 *
 * <p>Number of kills: {@code -Dtracebench.kills=N} or the environment variable {@code TRACEBENCH_KILLS} (default
 * 8: every step is killed at least once, three of them with both signals; 10 gives every step both); the
 * nightly run: {@code mvn -B test -Dtest=CrashSafetyTest -Dtracebench.kills=50}.
 * Replay: {@code -Dtracebench.kill.seed=SEED}.
 */
class CrashSafetyTest {

    private static final int TRACEBACKS = 1_000; // 3,000 rows of three hops
    private static final String IMPORT_CASE = "hk-kwaifong-2025";
    private static final String LETTER_CASE = "pz-illum-2021";
    private static final int SAMPLES = 0;
    private static final int IMPORT = 1;
    private static final int EDIT = 2;
    private static final int LETTER = 3;
    private static final int WORKBOOK = 4;
    private static final List<String> STEP_NAMES = List.of("samples", "import", "import --on-duplicate update",
            "letter", "export-xlsx");
    /** What each step prints on stdout once its work is committed or its file is in place. */
    private static final List<String> DONE_LINES = List.of("Loaded ", "Import batch: ", "Import batch: ", "Wrote ",
            "Exported ");

    @TempDir
    Path dir;

    private Path tracebacks;
    private Path edited;

    @Test
    void killedAtRandomMomentsTheStoreHoldsEveryFinishedStepAndNothingHalfDone() throws Exception {
        int kills = Integer.getInteger("tracebench.kills",
                Integer.parseInt(System.getenv().getOrDefault("TRACEBENCH_KILLS", "8")));
        long seed = Long.getLong("tracebench.kill.seed", System.nanoTime());
        System.out.printf("CrashSafetyTest: %d kills, seed %d (replay with -Dtracebench.kill.seed=%d)%n", kills, seed, seed);
        Random random = new Random(seed);
        tracebacks = dir.resolve("input/tracebacks.csv");
        edited = dir.resolve("input/tracebacks-edited.csv");
        writeTracebacks(tracebacks, "+1312555");
        writeTracebacks(edited, "+1415555");

        // The uncut run: every step must work, and what it leaves is the starting point of kills in the next step.
        Path uncut = dir.resolve("uncut");
        long[] millis = new long[STEP_NAMES.size()];
        List<Path> after = new ArrayList<>();
        for (int step = 0; step < STEP_NAMES.size(); step++) {
            long start = System.nanoTime();
            Process child = start(uncut, step);
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("uncut %s finishes", STEP_NAMES.get(step)).isTrue();
            millis[step] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(child.exitValue()).as("uncut %s: %s", STEP_NAMES.get(step), stderr(uncut, step)).isZero();
            assertThat(stdout(uncut, step)).contains(DONE_LINES.get(step));
            Path snapshot = dir.resolve("after-" + step);
            copyTree(uncut, snapshot);
            after.add(snapshot);
        }
        System.out.printf("CrashSafetyTest: uncut steps took %s ms%n", java.util.Arrays.toString(millis));
        Baseline baseline = baseline(after.get(EDIT));
        check(uncut, STEP_NAMES.size(), -1, null, baseline);

        int[] killedIn = new int[STEP_NAMES.size()];
        // Every step gets its share of kills, SIGKILL and SIGTERM in turn (each step both, over two rounds of
        // steps); the order of the steps is the seed's.
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, STEP_NAMES.size()).boxed().toList());
        java.util.Collections.shuffle(order, random);
        for (int kill = 0; kill < kills; kill++) {
            int step = order.get(kill % order.size());
            boolean term = (kill % order.size() + kill / order.size()) % 2 == 1;
            long delay = 1 + (long) (random.nextDouble() * millis[step]);
            Path round = dir.resolve("kill-" + kill);
            if (step > 0) {
                copyTree(after.get(step - 1), round);
            }
            Process child = start(round, step);
            boolean ended = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!ended) {
                if (term) {
                    child.destroy();
                } else {
                    child.destroyForcibly();
                }
                assertThat(child.waitFor(90, TimeUnit.SECONDS)).as("the child ends after the signal").isTrue();
                killedIn[step]++;
            }
            int exit = child.exitValue();
            String err = stderr(round, step);
            String what = String.format("kill %d: %s %dms into %s, exit %d, stderr [%s]", kill, term ? "SIGTERM" : "SIGKILL",
                    delay, STEP_NAMES.get(step), exit, err.strip());
            System.out.println("CrashSafetyTest: " + what);
            if (ended) {
                assertThat(exit).as(what).isZero();
                assertThat(stdout(round, step)).as("the finished step said so").contains(DONE_LINES.get(step));
                check(round, step + 1, -1, null, baseline);
            } else {
                if (term) {
                    assertThat(err.lines().toList()).as("a stopped command says one line, never an H2 message: " + what)
                            .hasSizeLessThanOrEqualTo(1).allMatch(CrashSafetyTest::isStopLine);
                }
                check(round, step, step, term ? err : null, baseline);
            }
            deleteTree(round);
        }
        System.out.printf("CrashSafetyTest: kills landed in %s%n", java.util.Arrays.toString(killedIn));
    }

    /** What the uncut run left before the letter: the notices the letter's case had, the sample cases. */
    private record Baseline(long sampleCases, long letterNotices) {
    }

    private Baseline baseline(Path beforeLetter) {
        try (Database db = Database.open(DatabaseLocation.inDirectory(beforeLetter.resolve("db")))) {
            return db.withConnection(c -> new Baseline(
                    Jdbc.count(c, "SELECT COUNT(*) FROM case_file WHERE sample = TRUE"),
                    Jdbc.count(c, "SELECT COUNT(*) FROM notice n JOIN case_file f ON f.id = n.case_id WHERE f.case_key = ?",
                            LETTER_CASE)));
        }
    }

    /**
     * Opens the store left in {@code round} and checks it: steps before {@code done} are all there, the step
     * {@code inFlight} (-1: none) whole or absent, later ones absent. For a polite stop, its line must be true.
     */
    private void check(Path round, int done, int inFlight, String stopLine, Baseline baseline) throws Exception {
        DatabaseLocation location = DatabaseLocation.inDirectory(round.resolve("db"));
        Path tmp = round.resolve("db/tmp");
        try (Workbench workbench = Workbench.open(location)) {
            // The next start removes what a killed session left; only its own (empty) session folder remains.
            try (Stream<Path> left = Files.walk(tmp)) {
                assertThat(left.filter(p -> !p.equals(tmp) && !p.equals(workbench.tempFolder().directory())))
                        .as("the temporary folder is emptied at the next start").isEmpty();
            }
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("the temporary folder is empty after a clean close").isEmpty();
        }
        try (Database db = Database.open(location)) {
            Function<String, Long> count = sql -> db.withConnection(c -> Jdbc.count(c, sql));
            assertThat(count.apply("SELECT COUNT(*) FROM hop h WHERE NOT EXISTS "
                    + "(SELECT 1 FROM traced_call c WHERE c.id = h.traced_call_id)")).as("orphan hops").isZero();

            long samples = count.apply("SELECT COUNT(*) FROM case_file WHERE sample = TRUE");
            expect("sample cases", samples, baseline.sampleCases(), SAMPLES, done, inFlight, stopLine);

            long calls = count.apply("SELECT COUNT(*) FROM traced_call WHERE traceback_id LIKE 'TB-CS-%'");
            long hops = count.apply("SELECT COUNT(*) FROM hop h JOIN traced_call c ON c.id = h.traced_call_id "
                    + "WHERE c.traceback_id LIKE 'TB-CS-%'");
            expect("imported calls", calls, TRACEBACKS, IMPORT, done, inFlight, stopLine);
            assertThat(hops).as("hops of the imported calls").isEqualTo(calls * 3);

            long editedCalls = count.apply("SELECT COUNT(*) FROM traced_call WHERE traceback_id LIKE 'TB-CS-%' "
                    + "AND called_number LIKE '+1415555%'");
            expect("calls rewritten by the edit", editedCalls, TRACEBACKS, EDIT, done, inFlight, stopLine);

            long notices = db.withConnection(c -> Jdbc.count(c, "SELECT COUNT(*) FROM notice n JOIN case_file f "
                    + "ON f.id = n.case_id WHERE f.case_key = ?", LETTER_CASE));
            if (done > LETTER || inFlight == LETTER || done == LETTER) {
                expect("the letter's notice", notices - baseline.letterNotices(), 1, LETTER, done, inFlight, stopLine);
            }
            Path letter = round.resolve("out/letter.pdf");
            if (notices > baseline.letterNotices()) {
                assertThat(letter).as("a recorded letter was written").exists();
            }
            if (done > LETTER) {
                assertThat(letter).exists();
            }
            if (Files.exists(letter)) {
                try (PDDocument pdf = Loader.loadPDF(letter.toFile())) {
                    assertThat(pdf.getNumberOfPages()).as("the letter is whole").isPositive();
                }
            }
        }
        Path workbook = round.resolve("out/calls.xlsx");
        if (done > WORKBOOK) {
            assertThat(workbook).exists();
        }
        if (Files.exists(workbook)) {
            try (ZipFile zip = new ZipFile(workbook.toFile())) {
                assertThat(zip.getEntry("xl/workbook.xml")).as("the workbook is whole").isNotNull();
            }
        }
        try (Stream<Path> outputs = Files.list(round.resolve("out"))) {
            assertThat(outputs.map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
                    .as("nothing but finished outputs at or beside the targets").isSubsetOf(Set.of("letter.pdf", "calls.xlsx"));
        }
    }

    /** A step's mark: all of it when done, all or nothing while in flight (as the stop line says), none after. */
    private static void expect(String what, long actual, long whole, int step, int done, int inFlight, String stopLine) {
        if (step < done) {
            assertThat(actual).as(what + " (step finished before the kill)").isEqualTo(whole);
        } else if (step == inFlight) {
            assertThat(actual).as(what + " (step killed: whole or absent)").isIn(0L, whole);
            if (stopLine != null && stopLine.contains("nothing of this")) {
                assertThat(actual).as(what + ": " + stopLine.strip()).isZero();
            } else if (stopLine != null && stopLine.contains("had finished")) {
                assertThat(actual).as(what + ": " + stopLine.strip()).isEqualTo(whole);
            }
        } else {
            assertThat(actual).as(what + " (step not begun)").isZero();
        }
    }

    /**
     * Our own stop line, or the one line the JDK itself prints when SIGTERM arrives in the JVM's first milliseconds,
     * before its module system is up and long before our program runs: its Runtime.exit logging fails and says so
     * (seen once in CI 24 ms after launch). Nothing of ours could have been written then, and no H2 text can appear.
     */
    private static boolean isStopLine(String line) {
        return line.startsWith("tracebench: stopped")
                || line.matches("Runtime\\.exit\\(143\\) logging failed: .*");
    }

    private Process start(Path round, int step) throws IOException {
        Files.createDirectories(round.resolve("out"));
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--db", round.resolve("db").toString()));
        command.addAll(switch (step) {
            case SAMPLES -> List.of("samples");
            case IMPORT -> List.of("import", tracebacks.toString(), "--case", IMPORT_CASE);
            case EDIT -> List.of("import", edited.toString(), "--case", IMPORT_CASE, "--on-duplicate", "update");
            case LETTER -> List.of("letter", "--case", LETTER_CASE, "--template", "fcc-cease-and-desist", "--date",
                    "2021-10-21", "--out", round.resolve("out/letter.pdf").toString());
            case WORKBOOK -> List.of("export-xlsx", "--case", IMPORT_CASE, "--out", round.resolve("out/calls.xlsx").toString());
            default -> throw new IllegalArgumentException("step " + step);
        });
        return new ProcessBuilder(command)
                .redirectOutput(round.resolve("step-" + step + ".out").toFile())
                .redirectError(round.resolve("step-" + step + ".err").toFile())
                .start();
    }

    private static String stdout(Path round, int step) throws IOException {
        return Files.readString(round.resolve("step-" + step + ".out"));
    }

    private static String stderr(Path round, int step) throws IOException {
        return Files.readString(round.resolve("step-" + step + ".err"));
    }

    /** A traceback file of three-hop calls; the edited one differs only in the called numbers. */
    private static void writeTracebacks(Path file, String calledPrefix) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("traceback_id,call_time_utc,caller_id,called_number,campaign,violation,hop,provider,role,"
                    + "notified_at_utc,responded_at_utc,response,customer,attestation\n");
            String[][] path = {{"Term", "terminating"}, {"Mid", "intermediate"}, {"Orig", "originating"}};
            for (int i = 0; i < TRACEBACKS; i++) {
                for (int h = 0; h < 3; h++) {
                    out.write(String.format("TB-CS-%06d,2025-03-%02dT04:%02d:00Z,+1202555%04d,%s%04d,Crash Camp %d,"
                                    + "47 USC 227(b),%d,%s Carrier %d,%s,2025-04-01T10:00:00Z,,no_response,,A%n",
                            i, 1 + i % 28, i % 60, i % 10_000, calledPrefix, (i * 7) % 10_000, i % 5, h + 1, path[h][0],
                            i % (h == 0 ? 5 : 40), path[h][1]));
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().startsWith("step-")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
