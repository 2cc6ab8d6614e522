package org.tracebench.ui.common;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracebench.app.Logging;

/**
 * Failures the window shows: each is logged with its stack trace, since the user sees only its message.
 * As the uncaught-exception handler of the FX thread and of worker threads, it logs and tells the user
 * in one sentence where the details are.
 */
public final class Failures implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    /** Background failures are logged by BackgroundWork and then handed to an error helper that logs too. */
    private static Throwable lastLogged;

    private final Consumer<String> show;

    /** @param show tells the user; called on the thread that failed */
    public Failures(Consumer<String> show) {
        this.show = show;
    }

    /** The handler of the running window: the message in a short alert, one at a time. */
    public static Failures withAlerts() {
        return new Failures(message -> Platform.runLater(() -> Failures.alert(message)));
    }

    /** Logs a failure about to be shown to the user, once however many places show it. */
    public static void log(String what, Throwable error) {
        log(what, null, error);
    }

    /**
     * The same, with a detail that may be case data (a task's title, a file): passed apart from the fixed
     * text so that the log of an encrypted database can withhold it.
     */
    public static void log(String whatWithPlaceholder, Object detail, Throwable error) {
        synchronized (Failures.class) {
            if (error == lastLogged) {
                return;
            }
            lastLogged = error;
        }
        if (detail == null) {
            LOG.error(whatWithPlaceholder, error);
        } else {
            LOG.error(whatWithPlaceholder, detail, error);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            log("Uncaught on thread " + thread.getName(), error);
            show.accept(userMessage(error));
        } catch (Throwable again) {
            // A handler that throws would send the JVM's own stack trace to stderr; the log has what it can.
            LOG.error("Could not report an uncaught failure", again);
        }
    }

    /** One line for the user: what went wrong and where the details are. */
    public static String userMessage(Throwable error) {
        String message = error.getMessage() == null || error.getMessage().isBlank()
                ? error.getClass().getSimpleName()
                : error.getMessage().lines().findFirst().orElse("").strip();
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        return "Something went wrong: " + message + ". " + Logging.whereDetailsAre();
    }

    private static boolean showing;

    /** A failure that repeats on every pulse would otherwise open a stack of alerts. */
    private static void alert(String message) {
        if (showing) {
            return;
        }
        showing = true;
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setHeaderText("Something went wrong");
        alert.setOnHidden(e -> showing = false);
        alert.show();
    }
}
