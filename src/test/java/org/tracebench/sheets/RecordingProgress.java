package org.tracebench.sheets;

import java.util.ArrayList;
import java.util.List;
import org.tracebench.work.Progress;

/** Remembers the row counts reported; reports "cancelled" once {@code cancelAfterReports} reports came in. */
final class RecordingProgress implements Progress {

    final List<Long> done = new ArrayList<>();
    private final int cancelAfterReports;
    private int reports;

    RecordingProgress(int cancelAfterReports) {
        this.cancelAfterReports = cancelAfterReports;
    }

    @Override
    public void update(long rows, long total, String message) {
        reports++;
        if (rows >= 0) {
            done.add(rows);
        }
    }

    @Override
    public boolean cancelled() {
        return reports >= cancelAfterReports;
    }
}
