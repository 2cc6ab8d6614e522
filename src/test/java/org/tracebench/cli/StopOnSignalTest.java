package org.tracebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.tracebench.work.Progress;

/**
 * The stop hook's part of a SIGTERM or Ctrl+C, run in this JVM: it cancels the command's progress, waits for the
 * command to end, and then says in one line what became of the work (the signal itself is in CrashSafetyTest).
 */
class StopOnSignalTest {

    private final StringWriter err = new StringWriter();

    @Test
    void aStopCancelsTheWorkWaitsForItsRollbackAndSaysNothingWasWritten() throws Exception {
        StopOnSignal stop = new StopOnSignal("import", new PrintWriter(err), Duration.ofMinutes(1));
        Progress progress = stop.progress();
        assertThat(progress.cancelled()).isFalse();
        Thread hook = new Thread(stop::stop);
        hook.start();
        // The command, like the importer, sees the cancel at its next check and rolls back.
        while (!progress.cancelled()) {
            Thread.onSpinWait();
        }
        boolean rolledBack = false;
        try {
            progress.checkCancelled();
        } catch (CancellationException e) {
            rolledBack = true;
        }
        assertThat(err.toString()).as("nothing is said before the command has ended").isEmpty();
        stop.finished(!rolledBack);
        hook.join();
        assertThat(err.toString()).isEqualTo("tracebench: stopped; nothing of this import was written" + System.lineSeparator());
    }

    @Test
    void workThatFinishedBeforeTheStopIsSaidToBeKept() throws Exception {
        StopOnSignal stop = new StopOnSignal("import", new PrintWriter(err), Duration.ofMinutes(1));
        Thread hook = new Thread(stop::stop);
        hook.start();
        while (!stop.requested()) {
            Thread.onSpinWait();
        }
        stop.finished(true);
        hook.join();
        assertThat(err.toString().lines()).containsExactly("tracebench: stopped; the import had finished and is kept");
    }

    @Test
    void workThatDoesNotEndInTimeIsLeftToTheNextOpen() throws Exception {
        StopOnSignal stop = new StopOnSignal("samples", new PrintWriter(err), Duration.ZERO);
        stop.stop();
        assertThat(err.toString().lines()).containsExactly("tracebench: stopped before the samples had rolled back; "
                + "its unfinished work is undone when the database is next opened");
    }

    @Test
    void aCommandThatEndsWithoutAStopSaysNothing() {
        StopOnSignal stop = StopOnSignal.install("cases", new PrintWriter(err));
        stop.finished(true);
        assertThat(stop.requested()).isFalse();
        assertThat(err.toString()).isEmpty();
    }
}
