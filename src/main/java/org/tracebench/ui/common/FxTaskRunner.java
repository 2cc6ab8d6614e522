package org.tracebench.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.tracebench.work.Progress;

/**
 * The running application's {@link TaskRunner}: long work goes through {@link BackgroundWork} (status bar,
 * progress, cancel); quick reads and saves go to one daemon thread of their own so they neither wait behind
 * an import nor take over the status bar. Results come back through Platform.runLater.
 */
public final class FxTaskRunner implements TaskRunner {

    /** Quick jobs handed out and not yet answered, in every runner: tests wait for it to reach zero. */
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();

    private final BackgroundWork work;
    /** Shared by every runner so all quick jobs of the application keep one order. */
    private static final ExecutorService QUICK = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tracebench-data");
        thread.setDaemon(true);
        return thread;
    });

    public FxTaskRunner(BackgroundWork work) {
        this.work = work;
    }

    @Override
    public <T> void runWithProgress(String title, Function<Progress, T> job, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        work.run(new ProgressTask<>(title, job), onSuccess, onFailure);
    }

    @Override
    public <T> void run(Supplier<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        IN_FLIGHT.incrementAndGet();
        QUICK.execute(() -> {
            try {
                T result = job.get();
                Platform.runLater(() -> answer(() -> onSuccess.accept(result)));
            } catch (RuntimeException | Error e) {
                Failures.log("Background read or save failed", e);
                Platform.runLater(() -> answer(() -> onFailure.accept(e)));
            }
        });
    }

    private static void answer(Runnable callback) {
        try {
            callback.run();
        } finally {
            IN_FLIGHT.decrementAndGet();
        }
    }

    /** True when no quick job of any runner is running or waiting to hand back its result. */
    public static boolean idle() {
        return IN_FLIGHT.get() == 0;
    }
}
