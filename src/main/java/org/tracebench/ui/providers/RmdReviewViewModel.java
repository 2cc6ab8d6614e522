package org.tracebench.ui.providers;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracebench.app.Workbench;
import org.tracebench.rmd.RmdReviewItem;
import org.tracebench.ui.common.Dialogs;
import org.tracebench.ui.common.TaskRunner;

/**
 * The uncertain matches of RMD imports waiting for a decision, and the decisions. Reads and writes run through
 * the {@link TaskRunner}; no controls, so it is testable without a stage.
 */
final class RmdReviewViewModel {

    private final Workbench workbench;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final ObservableList<RmdReviewItem> items = FXCollections.observableArrayList();
    private boolean decided;

    RmdReviewViewModel(Workbench workbench, TaskRunner tasks, Dialogs dialogs) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    ObservableList<RmdReviewItem> items() {
        return items;
    }

    /** Whether something was decided, so the provider list is read again. */
    boolean decided() {
        return decided;
    }

    void reload() {
        tasks.run(() -> workbench.rmd().snapshots().openReviews(), items::setAll,
                error -> dialogs.error("The RMD matches could not be read", error));
    }

    /** Makes the row the provider's filing ({@code same}) or records that they differ; reads the list again. */
    void decide(RmdReviewItem item, boolean same) {
        if (item == null) {
            return;
        }
        tasks.run(() -> {
            if (same) {
                workbench.rmd().importer().accept(item.id());
            } else {
                workbench.rmd().importer().reject(item.id());
            }
            return workbench.rmd().snapshots().openReviews();
        }, open -> {
            decided = true;
            items.setAll(open);
        }, error -> {
            dialogs.error("The decision could not be saved", error);
            reload();
        });
    }
}
