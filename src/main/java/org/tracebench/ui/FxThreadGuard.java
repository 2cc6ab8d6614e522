package org.tracebench.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import org.tracebench.store.Database;

/**
 * Keeps the database off the JavaFX thread: a connection taken there freezes the window for as long as the
 * query takes. Each one is logged with where it came from and remembered, so the user interface tests can
 * fail on it; the running application only logs.
 */
public final class FxThreadGuard {

    private static final System.Logger LOG = System.getLogger(FxThreadGuard.class.getName());
    /** Enough to find the culprits; a long session that keeps offending must not grow without end. */
    private static final int KEPT = 50;
    private static final List<IllegalStateException> VIOLATIONS = new ArrayList<>();

    private FxThreadGuard() {
    }

    public static void install(Database database) {
        database.setForbiddenThread(thread -> Platform.isFxApplicationThread(), FxThreadGuard::violated);
    }

    private static void violated(IllegalStateException violation) {
        LOG.log(System.Logger.Level.WARNING, violation.getMessage(), violation);
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
