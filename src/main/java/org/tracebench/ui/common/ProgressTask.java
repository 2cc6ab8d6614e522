package org.tracebench.ui.common;

import java.util.function.Function;
import javafx.concurrent.Task;
import org.tracebench.work.Progress;

/** A Task that runs one service call, handing it a {@link Progress} tied to this task's progress and cancel. */
public final class ProgressTask<T> extends Task<T> {

    private final String title;
    private final Function<Progress, T> work;

    public ProgressTask(String title, Function<Progress, T> work) {
        this.title = title;
        this.work = work;
    }

    /** Names the work in the log if it fails. */
    String title() {
        return title;
    }

    @Override
    protected T call() {
        updateMessage(title);
        updateProgress(-1, 1);
        return work.apply(new TaskProgress(new TaskProgress.Sink() {
            @Override
            public void progress(long done, long total) {
                updateProgress(done, total);
            }

            @Override
            public void message(String message) {
                updateMessage(message);
            }

            @Override
            public boolean isCancelled() {
                return ProgressTask.this.isCancelled();
            }
        }));
    }
}
