package org.tracebench.ui;

import org.tracebench.ui.common.TaskRunner;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tracebench.work.Progress;

/** Runs every job and its callback at once on the calling thread: view models tested without JavaFX. */
public final class InlineTaskRunner implements TaskRunner {

    @Override
    public <T> void runWithProgress(String title, Function<Progress, T> job, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        run(() -> job.apply(Progress.NONE), onSuccess, onFailure);
    }

    @Override
    public <T> void run(Supplier<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = job.get();
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
