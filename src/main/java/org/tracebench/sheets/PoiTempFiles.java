package org.tracebench.sheets;

import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where POI puts its temporary files (SXSSF writes each sheet's rows to one before zipping them): they
 * hold case data, so they go to the session's private folder rather than {@code java.io.tmpdir/poifiles}.
 * POI keeps this setting for the whole process; it is set before each use, so the folder of the
 * workbench doing the work is the one taken.
 */
final class PoiTempFiles {

    private static Path current;

    private PoiTempFiles() {
    }

    static synchronized void useFolder(Path folder) {
        if (!folder.equals(current)) {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
            current = folder;
        }
    }
}
