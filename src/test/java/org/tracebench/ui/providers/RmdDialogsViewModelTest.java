package org.tracebench.ui.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.rmd.RmdFixtures;
import org.tracebench.rmd.RmdReviewItem;
import org.tracebench.rmd.SnapshotDiff;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.InlineTaskRunner;
import org.tracebench.ui.ScriptedDialogs;

/** The snapshot comparison and the RMD match review of the Providers screen, without JavaFX's thread or any window. */
class RmdDialogsViewModelTest {

    @TempDir
    Path dir;

    private Workbench workbench;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir));
        workbench.samples().load();
        workbench.rmd().importer().importFile(RmdFixtures.path(RmdFixtures.SEPTEMBER_2025), LocalDate.of(2025, 9, 1));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void withOneSnapshotThereIsNothingToCompare() {
        SnapshotDiffViewModel model = new SnapshotDiffViewModel(workbench, new InlineTaskRunner(), dialogs);
        model.load(() -> { });
        assertThat(model.snapshots()).hasSize(1);
        assertThat(model.countsProperty().get()).isEqualTo("Import at least two RMD exports to compare them.");
    }

    @Test
    void twoSnapshotsAreComparedWithACountOfEachKind() {
        workbench.rmd().importer().importFile(RmdFixtures.path(RmdFixtures.MARCH_2026), LocalDate.of(2026, 3, 15));
        SnapshotDiffViewModel model = new SnapshotDiffViewModel(workbench, new InlineTaskRunner(), dialogs);
        model.load(() -> { });
        assertThat(model.snapshots()).hasSize(2);
        model.compare(model.snapshots().get(0), null);
        assertThat(model.changes()).isEmpty();
        model.compare(model.snapshots().get(0), model.snapshots().get(1));
        assertThat(model.changes()).hasSize(7);
        for (SnapshotDiff.Kind kind : SnapshotDiff.Kind.values()) {
            assertThat(model.countsProperty().get()).contains(kind.label() + ": "
                    + model.changes().stream().filter(c -> c.kind() == kind).count());
        }
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aDecidedMatchLeavesTheReviewList() {
        RmdReviewViewModel model = new RmdReviewViewModel(workbench, new InlineTaskRunner(), dialogs);
        model.reload();
        assertThat(model.items()).extracting(RmdReviewItem::candidateName).contains("Belle Telecom LLC");
        assertThat(model.decided()).isFalse();
        RmdReviewItem belle = model.items().stream().filter(i -> i.candidateName().equals("Belle Telecom LLC"))
                .findFirst().orElseThrow();
        model.decide(belle, false);
        assertThat(model.decided()).isTrue();
        assertThat(model.items()).doesNotContain(belle);
        assertThat(workbench.rmd().snapshots().openReviews()).extracting(RmdReviewItem::id).doesNotContain(belle.id());
        assertThat(dialogs.errors()).isEmpty();
    }
}
