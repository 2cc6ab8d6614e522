package org.tracebench.rmd;

import java.time.Clock;
import java.util.List;
import org.tracebench.graph.ProviderQueries;
import org.tracebench.store.AuditLog;
import org.tracebench.store.Database;
import org.tracebench.store.ProviderRepository;
import org.tracebench.store.TracedCallRepository;

/** RMD snapshots over one store: import, review list, history and the diff of two snapshots. */
public final class RmdService {

    private final RmdSnapshotStore snapshots;
    private final RmdImporter importer;

    public RmdService(Database database, AuditLog audit, Clock clock) {
        ProviderRepository providers = new ProviderRepository(database);
        this.snapshots = new RmdSnapshotStore(database);
        this.importer = new RmdImporter(database, providers, snapshots,
                new ProviderQueries(new TracedCallRepository(database), providers), audit, clock);
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
