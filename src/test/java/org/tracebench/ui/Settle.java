package org.tracebench.ui;

import org.tracebench.ui.common.FxTaskRunner;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waits, in user interface tests, until the quick reads and saves started by the screens have come back. */
public final class Settle {

    private Settle() {
    }

    public static void down() {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, FxTaskRunner::idle);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("screens' background reads did not finish", e);
        }
    }
}
