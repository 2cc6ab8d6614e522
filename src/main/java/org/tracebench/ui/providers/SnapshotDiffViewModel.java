package org.tracebench.ui.providers;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracebench.app.Workbench;
import org.tracebench.rmd.RmdSnapshot;
import org.tracebench.rmd.SnapshotDiff;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.TaskRunner;

/**
 * The snapshot comparison: the imported RMD snapshots and the changes between the two chosen, with a count of
 * each kind. Reads run through the {@link TaskRunner}; no controls, so it is testable without a stage.
 */
final class SnapshotDiffViewModel {

    private final Workbench workbench;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final ObservableList<RmdSnapshot> snapshots = FXCollections.observableArrayList();
    private final ObservableList<SnapshotDiff.Change> changes = FXCollections.observableArrayList();
    private final StringProperty counts = new SimpleStringProperty("");
    /** Counts comparisons asked for, so the answer for a pair the user has moved on from is dropped. */
    private long comparisons;

    SnapshotDiffViewModel(Workbench workbench, TaskRunner tasks, Dialogs dialogs) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    ObservableList<RmdSnapshot> snapshots() {
        return snapshots;
    }

    ObservableList<SnapshotDiff.Change> changes() {
        return changes;
    }

    StringProperty countsProperty() {
        return counts;
    }

    /** Reads the snapshots, oldest first, then runs {@code then}. */
    void load(Runnable then) {
        tasks.run(() -> workbench.rmd().snapshots().snapshots(), read -> {
            snapshots.setAll(read);
            if (read.size() < 2) {
                counts.set("Import at least two RMD exports to compare them.");
            }
            then.run();
        }, error -> dialogs.error("The RMD snapshots could not be read", error));
    }

    /** Compares two snapshots; nothing happens until both are chosen. */
    void compare(RmdSnapshot older, RmdSnapshot newer) {
        if (older == null || newer == null) {
            return;
        }
        long comparison = ++comparisons;
        tasks.run(() -> workbench.rmd().diff(older.id(), newer.id()), read -> {
            if (comparison == comparisons) {
                show(read);
            }
        }, error -> dialogs.error("The RMD snapshots could not be compared", error));
    }

    private void show(List<SnapshotDiff.Change> read) {
        changes.setAll(read);
        StringBuilder text = new StringBuilder();
        for (SnapshotDiff.Kind kind : SnapshotDiff.Kind.values()) {
            long n = read.stream().filter(c -> c.kind() == kind).count();
            text.append(text.isEmpty() ? "" : " · ").append(kind.label()).append(": ").append(n);
        }
        counts.set(text.toString());
    }
}
