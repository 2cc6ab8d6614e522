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
 * Looks every few seconds, off the JavaFX thread, at what others have saved, while a screen that follows
 * others is showing, and hands each change found to every screen that asked, on the JavaFX thread (decisions
 * 0705, 0713). One per window ({@link ScreenContext#live()}): one indexed query per look whichever screens
 * listen; nothing at all while none of them is on view. {@link #pollNow()} looks at once (the "check now"
 * button, and tests, which never wait for the timer).
 */
public final class ChangePoller {

    private static final Logger LOG = LoggerFactory.getLogger(ChangePoller.class);

    private final CaseChanges changes;
    private final TaskRunner tasks;
    private final java.util.List<Consumer<CaseChanges.Poll>> listeners = new java.util.ArrayList<>();
    private final java.util.List<ObservableValue<Boolean>> followed = new java.util.ArrayList<>();
    private final ScheduledService<CaseChanges.Poll> timer;
    private volatile CaseChanges.Cursor cursor;
    private int seconds;
    private boolean showing;

    public ChangePoller(CaseChanges changes, TaskRunner tasks, int seconds) {
        this.changes = changes;
        this.tasks = tasks;
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

    /**
     * Hands every change found to {@code onChange}, and polls while {@code view} (or another followed view) is
     * in a showing window. Every listener hears every change, on view or not: a screen off view notes it and
     * reads again when shown.
     */
    public ChangePoller follow(Node view, Consumer<CaseChanges.Poll> onChange) {
        ObservableValue<Boolean> onView = view.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        followed.add(onView);
        listeners.add(onChange);
        onView.addListener((obs, was, is) -> {
            boolean any = followed.stream().anyMatch(ObservableValue::getValue);
            if (any != showing) {
                showing = any;
                reschedule();
            }
        });
        if (onView.getValue() && !showing) {
            showing = true;
            reschedule();
        }
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
            for (Consumer<CaseChanges.Poll> listener : java.util.List.copyOf(listeners)) {
                listener.accept(poll);
            }
        }
    }
}
