package org.tracebench.ui.common;

import org.tracebench.work.Progress;

/**
 * Adapts a service's {@link Progress} reports to a javafx.concurrent.Task: the task's protected update
 * methods are reached through the callbacks its subclass hands in.
 */
public final class TaskProgress implements Progress {

    /** The three Task methods a service may drive; a Task subclass passes method references to them. */
    public interface Sink {
        void progress(long done, long total);

        void message(String message);

        boolean isCancelled();
    }

    private final Sink sink;

    public TaskProgress(Sink sink) {
        this.sink = sink;
    }

    @Override
    public void update(long done, long total, String message) {
        sink.progress(total < 0 ? -1 : done, total < 0 ? 1 : total);
        if (message != null) {
            sink.message(message);
        }
    }

    @Override
    public boolean cancelled() {
        return sink.isCancelled();
    }
}
