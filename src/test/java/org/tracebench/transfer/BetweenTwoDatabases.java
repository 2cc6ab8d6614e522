package org.tracebench.transfer;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.tracebench.Store;
import org.tracebench.app.Workbench;

/**
 * Test help: the set-up every case-transfer test shares, a fresh {@link TwoDatabases} per test on the store the
 * class is run with (subclasses are {@code @ParameterizedClass} over {@code Store#available}).
 */
abstract class BetweenTwoDatabases {

    @Parameter
    Store store;
    @TempDir
    Path dir;
    TwoDatabases two;
    Workbench laptop;
    Workbench server;

    @BeforeEach
    void openBoth() throws Exception {
        two = new TwoDatabases(store, dir);
        laptop = two.laptop;
        server = two.server;
    }

    @AfterEach
    void closeBoth() {
        two.close();
    }
}
