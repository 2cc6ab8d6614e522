package org.tracebench.work;

import java.util.concurrent.CancellationException;

/**
 * How a long-running service reports how far it got and learns that the user cancelled. Services stay
 * free of JavaFX: the window adapts this to a javafx.concurrent.Task, batch commands to nothing or stderr.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Reports progress; total below zero means "unknown". */
    void update(long done, long total, String message);

    boolean cancelled();

    /** Throws CancellationException when the user cancelled, so the surrounding transaction rolls back. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException("cancelled by the user");
        }
    }
}
