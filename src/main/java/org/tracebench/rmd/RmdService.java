package org.tracebench.rmd;

import java.util.List;

/** RMD snapshots over one store: import, review list, history and the diff of two snapshots. */
public final class RmdService {

    private final RmdSnapshotStore snapshots;
    private final RmdImporter importer;

    public RmdService(RmdSnapshotStore snapshots, RmdImporter importer) {
        this.snapshots = snapshots;
        this.importer = importer;
    }

    public RmdImporter importer() {
        return importer;
    }

    public RmdSnapshotStore snapshots() {
        return snapshots;
    }

    /** The changes from snapshot {@code olderId} to snapshot {@code newerId}. */
    public List<SnapshotDiff.Change> diff(long olderId, long newerId) {
        RmdSnapshot newer = snapshots.snapshot(newerId).orElseThrow(() -> new IllegalArgumentException("no RMD snapshot " + newerId));
        snapshots.snapshot(olderId).orElseThrow(() -> new IllegalArgumentException("no RMD snapshot " + olderId));
        return SnapshotDiff.between(snapshots.entries(olderId), snapshots.entries(newerId), newer.asOf());
    }
}
