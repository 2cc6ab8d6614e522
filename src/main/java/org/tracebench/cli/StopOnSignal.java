package org.tracebench.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracebench.app.Logging;
import org.tracebench.work.Progress;

/**
 * A polite stop of a batch command (SIGTERM from an OS shutdown or {@code kill}, SIGINT from Ctrl+C, SIGHUP
 * from a closed terminal). The JVM answers these by running its shutdown hooks while the command is still
 * working; without this one it would end in the middle of a transaction. The hook turns the stop into a
 * cancel of the command's {@link Progress}, waits for the command to roll back and close the store, and then
 * says in one line what became of the work. The process still ends with the signal's non-zero status.
 */
final class StopOnSignal {

    /** How long a stop waits for the rollback; an OS shutdown allows longer before it kills. */
    static final Duration WAIT = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(StopOnSignal.class);

    /** Per command: what a stop left undone (the work rolled back), and what it left done (it finished first). */
    private static final Map<String, String[]> WORDING = Map.of(
            "import", new String[] {"nothing of this import was written", "the import had finished and is kept"},
            "samples", new String[] {"nothing of this sample load was written", "the sample cases had been loaded"},
            "merges", new String[] {"no merge was undone", "the merge command had finished"},
            "letter", new String[] {"no letter is half-written; those listed above were written and recorded",
                    "the letters listed above were written and recorded"},
            "export-xlsx", new String[] {"no workbook was written", "the workbook had been written"},
            "rmd-import", new String[] {"nothing of this RMD import was written", "the RMD import had finished and is kept"},
            "graph", new String[] {"no picture was written", "the picture had been written"});

    private final String command;
    private final PrintWriter err;
    private final Duration wait;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean requested;
    private volatile boolean succeeded;

    StopOnSignal(String command, PrintWriter err, Duration wait) {
        this.command = command;
        this.err = err;
        this.wait = wait;
        this.hook = new Thread(this::stop, "tracebench-stop");
    }

    /** Watches for a stop while {@code command} runs. */
    static StopOnSignal install(String command, PrintWriter err) {
        StopOnSignal stop = new StopOnSignal(command, err, WAIT);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** A progress that reports nothing and is cancelled once a stop was asked for. */
    Progress progress() {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return requested;
            }
        };
    }

    boolean requested() {
        return requested;
    }

    /** The command has returned (its store closed): a waiting stop may now report; otherwise stop watching. */
    void finished(boolean success) {
        succeeded = success;
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The stop is under way: its hook reports.
        }
    }

    /** The hook's work; package-private so a test can run it without stopping its own JVM. */
    void stop() {
        requested = true;
        LOG.warn("Stop requested (signal) while '{}' was running; cancelling and waiting for it to roll back", Logging.safe(command));
        boolean done;
        try {
            done = finished.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done = false;
        }
        err.println("tracebench: " + line(done));
        err.flush();
        LOG.warn("Stopped: {}", Logging.safe(line(done)));
    }

    String line(boolean done) {
        String[] words = WORDING.get(command);
        if (!done) {
            return "stopped before the " + (words == null ? "command" : command) + " had rolled back; "
                    + "its unfinished work is undone when the database is next opened";
        }
        if (words == null) {
            return "stopped";
        }
        return succeeded ? "stopped; " + words[1] : "stopped; " + words[0];
    }
}
