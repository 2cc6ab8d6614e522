package org.tracebench.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.tracebench.model.Provider;

/**
 * By-hand measurement, not part of the suite (run through src/test/scripts/stray-row-kill-loop.sh): runs
 * {@link DatabaseKilledMidImport} again and again, SIGKILLs it at a random moment after it printed "written",
 * and counts the kills after which the reopened database holds a row of the transaction that never committed.
 * Each killed file is opened twice, on two copies: once the way Tracebench opens it ({@link Database#open})
 * and once by plain H2, so a stray row can be told apart from something our own open does.
 *
 * <p>Arguments: KILLS MAX_DELAY_MS WORK_DIR [SEED] [child options, e.g. writeDelay=1]. The killed file of every
 * kill that left a stray row or a file that would not open is kept in WORK_DIR/stray-N for study; "reopen KEPT_DIR WORK_DIR" opens copies of
 * such a kept file both ways again.
 */
public final class StrayRowKillLoop {

    private static final String COMMITTED = "Committed Before The Crash LLC";
    /** Kills after which plain H2 opened a file holding entries of the killed transaction without undo entries. */
    private static final int[] LEFTOVER_FILES = {0};

    private StrayRowKillLoop() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("reopen")) {
            reopen(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        int kills = Integer.parseInt(args[0]);
        int maxDelayMs = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]).toAbsolutePath();
        long seed = args.length > 3 ? Long.parseLong(args[3]) : System.nanoTime();
        List<String> childOptions = args.length > 4 ? List.of(args).subList(4, args.length) : List.of();
        Random random = new Random(seed);
        Files.createDirectories(work);
        System.out.println("h2 " + org.h2.engine.Constants.FULL_VERSION + ", seed " + seed + ", child options "
                + childOptions + ", kills " + kills + " at 0-" + maxDelayMs + " ms after \"written\"");
        int strayApp = 0;
        int strayPlain = 0;
        int failedApp = 0;
        int failedPlain = 0;
        for (int kill = 1; kill <= kills; kill++) {
            Path dir = work.resolve("kill");
            deleteTree(dir);
            int delay = random.nextInt(maxDelayMs + 1);
            killChild(dir, delay, childOptions);
            Path killed = work.resolve("killed");
            deleteTree(killed);
            copyTree(dir, killed);
            Path plainCopy = work.resolve("plain");
            deleteTree(plainCopy);
            copyTree(dir, plainCopy);

            List<String> app = openLikeTracebench(dir);
            List<String> plain = openWithPlainH2(plainCopy);
            boolean appFailed = app.get(0).startsWith("open failed");
            boolean plainFailed = plain.get(0).startsWith("open failed");
            failedApp += appFailed ? 1 : 0;
            failedPlain += plainFailed ? 1 : 0;
            boolean appStray = !appFailed && app.size() != 1;
            boolean plainStray = !plainFailed && plain.stream().filter(name -> !name.startsWith("(")).count() != 1;
            strayApp += appStray ? 1 : 0;
            strayPlain += plainStray ? 1 : 0;
            System.out.printf("kill %d at %d ms: tracebench open %s; plain h2 open %s%n", kill, delay,
                    describe(app), describe(plain));
            if (appStray || plainStray || appFailed || plainFailed) {
                Path keep = work.resolve("stray-" + kill);
                deleteTree(keep);
                Files.move(killed, keep);
            }
        }
        System.out.printf("summary: h2 %s, %s, %d kills; tracebench open: %d with a stray row, %d failed to open;"
                + " plain h2 open: %d with a stray row, %d failed to open; %d files held leftover entries%n",
                org.h2.engine.Constants.FULL_VERSION, childOptions.isEmpty() ? "default settings" : childOptions, kills,
                strayApp, failedApp, strayPlain, failedPlain, LEFTOVER_FILES[0]);
    }

    /** Opens copies of a kept killed database both ways (to try a fix on files that showed the defect). */
    private static void reopen(Path killed, Path work) throws IOException {
        Path app = work.resolve("app");
        Path plain = work.resolve("plain");
        deleteTree(app);
        deleteTree(plain);
        copyTree(killed, app);
        copyTree(killed, plain);
        System.out.printf("%s: tracebench open %s; plain h2 open %s%n", killed, describe(openLikeTracebench(app)),
                describe(openWithPlainH2(plain)));
    }

    private static String describe(List<String> names) {
        if (names.size() == 1 && names.get(0).equals(COMMITTED)) {
            return "clean";
        }
        if (names.size() == 2 && names.get(0).equals(COMMITTED) && names.get(1).startsWith("(")) {
            return "clean for this reader " + names.get(1);
        }
        return "STRAY " + names.size() + " rows " + (names.size() > 4 ? names.subList(0, 4) + "..." : names);
    }

    private static void killChild(Path dir, int delayMs, List<String> options) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), DatabaseKilledMidImport.class.getName(), dir.toString()));
        command.addAll(options);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        do {
            line = out.readLine();
        } while (line != null && !line.equals("written"));
        if (line == null) {
            throw new IllegalStateException("the child ended before writing its rows");
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // whatever the child logs after "written" is not looked at
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        drain.setDaemon(true);
        drain.start();
        if (child.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the child ended by itself, exit " + child.exitValue());
        }
        child.destroyForcibly(); // SIGKILL
        child.waitFor();
    }

    private static List<String> openLikeTracebench(Path dir) {
        try (Database db = Database.open(DatabaseLocation.inDirectory(dir))) {
            return new ProviderRepository(db).findAll().stream().map(Provider::name).toList();
        } catch (RuntimeException e) {
            return List.of("open failed: " + e);
        }
    }

    private static List<String> openWithPlainH2(Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("tracebench") + ";FILE_LOCK=FS";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT name FROM provider ORDER BY id")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            int leftovers = H2Leftovers.count(c);
            if (leftovers > 0) {
                LEFTOVER_FILES[0]++;
                names.add("(" + leftovers + " leftover entries in the file)");
            }
            return names;
        } catch (SQLException e) {
            return List.of("open failed: " + e.getMessage());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
