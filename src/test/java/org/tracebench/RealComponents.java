package org.tracebench;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests that drive a real outside program (PostgreSQL, LibreOffice) may skip on a developer's machine that
 * lacks it, but never in CI: there a missing component must fail the build, or a green run would hide that
 * nothing was checked.
 */
public final class RealComponents {

    private RealComponents() {
    }

    /** Skips the calling test when {@code present} is false, unless CI=true, where it fails instead. */
    public static void require(boolean present, String missing) {
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(missing + " (CI=true: real components must run in CI, see .ci/run)");
        }
        assumeTrue(present, missing);
    }
}
