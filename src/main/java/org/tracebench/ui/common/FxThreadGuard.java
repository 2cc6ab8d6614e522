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

    private FxThreadGuard() {
    }

    public static void install(Workbench workbench) {
        workbench.forbidStoreAccessOn(thread -> Platform.isFxApplicationThread(), FxThreadGuard::violated);
    }

    private static void violated(IllegalStateException violation) {
        LOG.warn(violation.getMessage(), violation);
        synchronized (VIOLATIONS) {
            if (VIOLATIONS.size() < KEPT) {
                VIOLATIONS.add(violation);
            }
        }
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
