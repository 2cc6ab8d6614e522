package org.tracebench.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs long work off the JavaFX thread as javafx.concurrent.Task and publishes its message, progress and
 * running state for the status bar; the running task can be cancelled from there.
 */
public final class BackgroundWork implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tracebench-work");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    /**
     * Tasks handed over and not yet ended, oldest first (changed on the JavaFX thread only). Jobs overlap when a
     * screen starts one while another is queued or running: the status bar shows the newest, and stays busy
     * until the last has ended.
     */
    private final java.util.Deque<Task<?>> unfinished = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private Task<?> shown;

    /** Starts the task; onSuccess and onFailure run on the JavaFX thread. */
    public <T> Task<T> run(Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            // The window this work belonged to has closed (or been replaced, after a restore or a switch of
            // database); a timer of one of its screens may still fire once. Nothing is left to show it to.
            org.slf4j.LoggerFactory.getLogger(BackgroundWork.class).debug("Dropped work of a closed window: {}", describe(task));
            return task;
        }
        unfinished.addLast(task);
        show(task);
        running.set(true);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                boolean wasShown = task == shown;
                unfinished.remove(task);
                if (wasShown) {
                    message.unbind();
                    progress.unbind();
                    shown = null;
                    progress.set(0);
                    if (state == Worker.State.SUCCEEDED) {
                        message.set("Ready");
                    } else if (state == Worker.State.CANCELLED) {
                        message.set("Cancelled");
                    } else {
                        message.set("Failed: " + task.getException().getMessage());
                    }
                    if (!unfinished.isEmpty()) {
                        show(unfinished.peekLast());
                    }
                }
                running.set(!unfinished.isEmpty());
                if (state == Worker.State.SUCCEEDED) {
                    onSuccess.accept(task.getValue());
                } else if (state == Worker.State.FAILED) {
                    Failures.log("Background work failed: {}", describe(task), task.getException());
                    onFailure.accept(task.getException());
                }
            }
        });
        executor.submit(task);
        return task;
    }

    private void show(Task<?> task) {
        shown = task;
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
    }

    private static String describe(Task<?> task) {
        return task instanceof ProgressTask<?> progressTask ? progressTask.title() : task.getClass().getName();
    }

    /** The status bar's Cancel: stops the task it shows. */
    public void cancel() {
        if (shown != null) {
            shown.cancel();
        }
    }

    /**
     * For the window's closing: cancels the running task without interrupting it (an interrupt can close the
     * store's file under it) so that it rolls back at its next cancel check, and waits for it to end. Returns
     * false if it was still running when the wait ran out.
     */
    public boolean cancelAndWait(java.time.Duration wait) {
        for (Task<?> task : java.util.List.copyOf(unfinished)) {
            task.cancel(false);
        }
        executor.shutdown();
        try {
            return executor.awaitTermination(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
