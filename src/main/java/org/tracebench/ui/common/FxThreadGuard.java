package org.tracebench.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracebench.app.Workbench;

/**
 * Keeps the database off the JavaFX thread: a connection taken there freezes the window for as long as the
 * query takes. Each one is logged with where it came from and remembered, so the user interface tests can
 * fail on it; the running application only logs.
 */
public final class FxThreadGuard {

    private static final Logger LOG = LoggerFactory.getLogger(FxThreadGuard.class);
    /** Enough to find the culprits; a long session that keeps offending must not grow without end. */
    private static final int KEPT = 50;
    private static final List<IllegalStateException> VIOLATIONS = new ArrayList<>();
    /**
     * Screens whose view models still read the store on the JavaFX thread. Their violations are logged but
     * not kept, so the tests hold every other screen to the rule; remove a package once it is moved.
     */
    private static final List<String> NOT_YET_MOVED = List.of("org.tracebench.ui.audit.");

    private FxThreadGuard() {
    }

    public static void install(Workbench workbench) {
        workbench.forbidStoreAccessOn(thread -> Platform.isFxApplicationThread(), FxThreadGuard::violated);
    }

    private static void violated(IllegalStateException violation) {
        LOG.warn(violation.getMessage(), violation);
        if (notYetMoved(violation)) {
            return;
        }
        synchronized (VIOLATIONS) {
            if (VIOLATIONS.size() < KEPT) {
                VIOLATIONS.add(violation);
            }
        }
    }

    /** True when the first user interface code that asked belongs to a screen not yet moved off the thread. */
    private static boolean notYetMoved(IllegalStateException violation) {
        for (StackTraceElement frame : violation.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("org.tracebench.ui.") && !type.equals(FxThreadGuard.class.getName())) {
                return NOT_YET_MOVED.stream().anyMatch(type::startsWith);
            }
        }
        return false;
    }

    /** The violations seen since the last call, oldest first; forgets them. */
    public static List<IllegalStateException> takeViolations() {
        synchronized (VIOLATIONS) {
            List<IllegalStateException> taken = List.copyOf(VIOLATIONS);
            VIOLATIONS.clear();
            return taken;
        }
    }
}
