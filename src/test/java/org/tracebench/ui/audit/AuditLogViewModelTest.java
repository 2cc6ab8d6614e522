package org.tracebench.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.AuditEntry;
import org.tracebench.rmd.RmdFixtures;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.InlineTaskRunner;
import org.tracebench.ui.ScriptedDialogs;

/** The audit log viewer's filters on a real store, without JavaFX's thread or any window. */
class AuditLogViewModelTest {

    @TempDir
    Path dir;

    private Workbench workbench;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AuditLogViewModel model;

    @BeforeEach
    void open() {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir));
        workbench.samples().load();
        workbench.rmd().importer().importFile(RmdFixtures.path(RmdFixtures.SEPTEMBER_2025), LocalDate.of(2025, 9, 1));
        model = new AuditLogViewModel(workbench, new InlineTaskRunner(), dialogs);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void loadsTheChoicesAndTheNewestEntriesAndFilters() {
        model.load();
        assertThat(model.actors()).contains(workbench.audit().actor());
        assertThat(model.entities()).isNotEmpty();
        int all = model.entries().size();
        assertThat(all).isPositive();
        assertThat(model.countProperty().get()).isEqualTo(all + " entries");

        model.textProperty().set("RMD snapshot");
        assertThat(model.entries()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(e -> assertThat(e.action()).isEqualTo("import"));
        model.actorProperty().set("nobody-at-all");
        assertThat(model.entries()).isEmpty();
        assertThat(model.countProperty().get()).isEqualTo("0 entries");

        model.clearFilters();
        assertThat(model.entries()).hasSize(all).extracting(AuditEntry::actor).contains(workbench.audit().actor());
        assertThat(dialogs.errors()).isEmpty();
    }
}
