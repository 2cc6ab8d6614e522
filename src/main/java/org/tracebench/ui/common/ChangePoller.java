package org.tracebench.ui.common;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracebench.cases.CaseChanges;

/**
 * Looks every few seconds, off the JavaFX thread, at what others have saved, while a screen is showing, and
 * hands each change found to the screen on the JavaFX thread (decision 0705). One indexed query per look;
 * nothing at all while the screen is not on view. {@link #pollNow()} looks at once (the screen's "check now"
 * button, and tests, which never wait for the timer).
 */
public final class ChangePoller {

    private static final Logger LOG = LoggerFactory.getLogger(ChangePoller.class);

    private final CaseChanges changes;
    private final TaskRunner tasks;
    private final Consumer<CaseChanges.Poll> onChange;
    private final ScheduledService<CaseChanges.Poll> timer;
    private volatile CaseChanges.Cursor cursor;
    private int seconds;
    private boolean showing;

    public ChangePoller(CaseChanges changes, TaskRunner tasks, int seconds, Consumer<CaseChanges.Poll> onChange) {
        this.changes = changes;
        this.tasks = tasks;
        this.onChange = onChange;
        this.seconds = seconds;
        this.timer = new ScheduledService<>() {
            @Override
            protected Task<CaseChanges.Poll> createTask() {
                return new Task<>() {
                    @Override
                    protected CaseChanges.Poll call() {
                        return look();
                    }
                };
            }
        };
        timer.setOnSucceeded(e -> deliver(timer.getValue()));
        // A server that is briefly away is asked again at the next tick; the failure goes to the log only.
        timer.setOnFailed(e -> LOG.warn("Looking for others' changes failed", timer.getException()));
        timer.setRestartOnFailure(true);
        timer.setMaximumFailureCount(Integer.MAX_VALUE);
    }

    /** Polls while {@code view} is in a showing window, and not otherwise. */
    public ChangePoller follow(Node view) {
        ObservableValue<Boolean> onView = view.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        onView.addListener((obs, was, is) -> {
            showing = is;
            reschedule();
        });
        showing = onView.getValue();
        reschedule();
        return this;
    }

    /** A new interval in seconds (0: never looks by itself). */
    public void setSeconds(int seconds) {
        this.seconds = seconds;
        reschedule();
    }

    public int seconds() {
        return seconds;
    }

    /** Looks now, through the task runner. */
    public void pollNow() {
        tasks.run(this::look, this::deliver, error -> LOG.warn("Looking for others' changes failed", error));
    }

    /** Stops looking for good (the window is closing or another store is opened). */
    public void stop() {
        showing = false;
        timer.cancel();
    }

    private void reschedule() {
        timer.cancel();
        if (showing && seconds > 0) {
            timer.setPeriod(Duration.seconds(seconds));
            timer.setDelay(Duration.seconds(seconds));
            timer.reset();
            timer.start();
        }
    }

    private CaseChanges.Poll look() {
        CaseChanges.Cursor from = cursor;
        if (from == null) {
            return new CaseChanges.Poll(changes.start(), false, java.util.Set.of());
        }
        return changes.poll(from);
    }

    private void deliver(CaseChanges.Poll poll) {
        if (poll == null) {
            return;
        }
        cursor = poll.next();
        if (poll.anything()) {
            onChange.accept(poll);
        }
    }
}
