package org.tracebench.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportReport;
import org.tracebench.ingest.ImportSource;
import org.tracebench.ingest.OnDuplicate;
import org.tracebench.model.CaseFile;
import org.tracebench.model.ImportBatch;
import org.tracebench.model.Provider;
import org.tracebench.model.TracedCall;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.InlineTaskRunner;
import org.tracebench.ui.ScriptedDialogs;
import org.tracebench.work.Progress;

/** Issue 11, the window's half: listing a case's imports and undoing one whole, without JavaFX's thread. */
class ImportsViewModelTest {

    @TempDir
    Path dir;

    private Workbench workbench;
    private CaseFile caseFile;
    private String pasted;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicInteger reloads = new AtomicInteger();
    private ImportsViewModel model;

    @BeforeEach
    void open() throws Exception {
        workbench = new Workbench(Database.open(DatabaseLocation.inDirectory(dir)));
        Provider target = workbench.providers().insert(Provider.named("PZ/Illum Telecommunication Telecommunication LLC"), false);
        caseFile = workbench.cases().insert(new CaseFile(0, "pz", "PZ/Illum test", target.id(), null, null, null, null,
                null, null, null, null, false));
        pasted = new String(getClass().getResourceAsStream("/org/tracebench/ingest/attachment-a-pasted.txt").readAllBytes(),
                StandardCharsets.UTF_8);
        model = new ImportsViewModel(workbench.importBatches(), new InlineTaskRunner(), dialogs, Runnable::run,
                reloads::incrementAndGet);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private ImportReport importAttachment(OnDuplicate policy) {
        return workbench.importer().run(ImportSource.ofText("attachment-a.txt", pasted),
                ImportOptions.forCase(caseFile.id()).withOnDuplicate(policy), Progress.NONE);
    }

    private int calls() {
        return workbench.calls().findByCase(caseFile.id()).size();
    }

    @Test
    void importedTwiceWithKeepThenOneUndoneLeaves78Calls() {
        importAttachment(OnDuplicate.SKIP);
        ImportReport second = importAttachment(OnDuplicate.KEEP);
        assertThat(calls()).isEqualTo(156);

        model.load(caseFile.id());
        assertThat(model.rows()).extracting(ImportBatch::id).first().isEqualTo(second.batchId());
        assertThat(model.rows()).extracting(ImportBatch::onDuplicate).containsExactly("KEEP", "SKIP");
        assertThat(model.statusProperty().get()).isEqualTo("2 imports");

        model.selectedProperty().set(model.rows().get(0));
        long version = workbench.dataVersion();
        dialogs.confirmNext(true);
        model.undoSelected();
        assertThat(workbench.dataVersion()).isGreaterThan(version);

        assertThat(dialogs.asked()).containsExactly("confirm: Undo import");
        assertThat(calls()).isEqualTo(78);
        assertThat(reloads).hasValue(1);
        assertThat(model.rows().get(0).undone()).isTrue();
        assertThat(model.rows().get(1).undone()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Import " + second.batchId() + " (attachment-a.txt) undone: 78 calls");
        assertThat(model.canUndo(model.selectedProperty().get())).isFalse();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void theQuestionSaysWhatGoesAndNoMeansNothingIsUndone() {
        importAttachment(OnDuplicate.SKIP);
        model.load(caseFile.id());
        model.selectedProperty().set(model.rows().get(0));
        assertThat(ImportsViewModel.undoQuestion(model.rows().get(0)))
                .contains("78 calls it wrote will be deleted, with their hops").doesNotContain("updated");
        dialogs.confirmNext(false);
        model.undoSelected();
        assertThat(calls()).isEqualTo(78);
        assertThat(reloads).hasValue(0);
        assertThat(model.rows().get(0).undone()).isFalse();
    }

    @Test
    void anUndoOverAHandEditIsRefusedNamingItThenForced() {
        importAttachment(OnDuplicate.SKIP);
        TracedCall edited = workbench.calls().findByCase(caseFile.id()).get(5);
        workbench.callEditing().edit(edited.id(), AttachmentColumn.VIOLATION, "47 USC 227(e)");
        model.load(caseFile.id());
        model.selectedProperty().set(model.rows().get(0));

        // Agrees to the undo, then refuses to lose the hand edit: nothing changes.
        dialogs.confirmNext(true).confirmNext(false);
        model.undoSelected();
        assertThat(dialogs.asked()).containsExactly("confirm: Undo import", "confirm: Undo import over hand edits");
        assertThat(calls()).isEqualTo(78);
        assertThat(reloads).hasValue(0);
        assertThat(model.rows().get(0).undone()).isFalse();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(ImportsViewModel.forceQuestion(model.rows().get(0),
                workbench.importBatches().editsAfter(model.rows().get(0).id())))
                .startsWith("1 call of import " + model.rows().get(0).id() + " (attachment-a.txt) was edited by hand")
                .contains("call " + edited.id() + ": edited by ").contains("Undo it anyway?");

        // Asked again, goes ahead over it: forced.
        dialogs.confirmNext(true).confirmNext(true);
        model.undoSelected();
        assertThat(calls()).isZero();
        assertThat(reloads).hasValue(1);
        assertThat(model.rows().get(0).undone()).isTrue();
        assertThat(model.statusProperty().get()).endsWith("(forced over hand edits)");
        assertThat(workbench.audit().latest(1).get(0).detail()).contains("forced over 1 later edits");
    }
}
