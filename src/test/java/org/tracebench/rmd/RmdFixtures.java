package org.tracebench.rmd;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The RMD export fixtures under src/test/resources/rmd. */
public final class RmdFixtures {

    public static final String SEPTEMBER_2025 = "rmd-export-2025-09-01.csv";
    public static final String MARCH_2026 = "rmd-export-2026-03-15.csv";

    private RmdFixtures() {
    }

    public static Path path(String name) {
        try {
            return Path.of(RmdFixtures.class.getResource("/rmd/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
