package org.tracebench.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tracebench.work.Progress;

/**
 * How view models get work done away from the user interface thread: the job runs elsewhere and its result
 * (or failure) comes back on the thread that shows it. View models are given one, so tests can hand them a
 * runner that does everything at once on the test's own thread.
 */
public interface TaskRunner {

    /**
     * Work the user waits for: shown with its title and progress in the status bar and cancellable from
     * there. A cancelled job calls neither callback.
     */
    <T> void runWithProgress(String title, Function<Progress, T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * A quick read or save that must still stay off the user interface thread; not shown in the status bar.
     * Jobs given here run one after another in the order given, so saves land in the order the user made them.
     */
    <T> void run(Supplier<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
