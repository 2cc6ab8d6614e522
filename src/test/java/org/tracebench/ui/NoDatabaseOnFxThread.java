package org.tracebench.ui;

import org.tracebench.ui.common.FxThreadGuard;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test during which the database was used on the JavaFX thread (see {@link FxThreadGuard}).
 * Registered for every test through JUnit's extension auto-detection, so no user interface test can forget it.
 */
public final class NoDatabaseOnFxThread implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        FxThreadGuard.takeViolations();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<IllegalStateException> violations = FxThreadGuard.takeViolations();
        if (!violations.isEmpty()) {
            AssertionError failure = new AssertionError(violations.size() + " database connection(s) taken on the JavaFX thread:\n"
                    + violations.stream().map(NoDatabaseOnFxThread::where).collect(Collectors.joining("\n")));
            violations.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    /** The first frames outside the store: the code that asked for the connection. */
    private static String where(IllegalStateException violation) {
        StackTraceElement[] frames = violation.getStackTrace();
        StringBuilder out = new StringBuilder("  at");
        int shown = 0;
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith("org.tracebench.") && !frame.getClassName().startsWith("org.tracebench.store.")) {
                out.append(' ').append(frame.getClassName().replace("org.tracebench.", "")).append('.').append(frame.getMethodName())
                        .append(':').append(frame.getLineNumber());
                if (++shown == 4) {
                    break;
                }
                out.append(" <");
            }
        }
        return out.toString();
    }
}
