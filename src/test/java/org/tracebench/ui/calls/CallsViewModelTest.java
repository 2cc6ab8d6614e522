package org.tracebench.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tracebench.ingest.CallRow;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportSource;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.Provider;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.InlineTaskRunner;
import org.tracebench.ui.ScriptedDialogs;
import org.tracebench.work.Progress;

/** The Calls editor's behaviour on a real store, without JavaFX's thread or any window. */
class CallsViewModelTest {

    @TempDir
    Path dir;

    private Database database;
    private Workbench workbench;
    private CaseFile caseFile;
    private CaseSummary summary;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> imports = new ArrayList<>();
    private CallsViewModel model;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(DatabaseLocation.inDirectory(dir));
        workbench = new Workbench(database);
        Provider target = workbench.providers().insert(Provider.named("PZ/Illum Telecommunication Telecommunication LLC"), false);
        caseFile = workbench.cases().insert(new CaseFile(0, "pz", "PZ/Illum test", target.id(), null, null, null, null,
                null, null, null, null, false));
        String pasted = new String(getClass().getResourceAsStream("/org/tracebench/ingest/attachment-a-pasted.txt").readAllBytes(),
                StandardCharsets.UTF_8);
        workbench.importer().run(ImportSource.ofText("pasted", pasted), ImportOptions.forCase(caseFile.id()),
                Progress.NONE);
        summary = new CaseSummary(caseFile, target.name(), 78);
        model = new CallsViewModel(workbench.callEditing(), new InlineTaskRunner(), dialogs,
                (file, caseId, after) -> {
                    imports.add(file.getFileName() + " into " + caseId);
                    after.run();
                });
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void showingACaseReadsItsRowsAndNamesItInTheTitle() {
        assertThat(model.titleProperty().get()).isEqualTo("Calls");
        model.show(summary);
        assertThat(model.rows()).hasSize(78);
        assertThat(model.titleProperty().get()).isEqualTo("Calls: PZ/Illum test");
        assertThat(model.summaryProperty().get()).isEqualTo("78 calls");
        model.filterProperty().set("Spinning");
        assertThat(model.summaryProperty().get()).isEqualTo("10 of 78 calls");
        model.show(null);
        assertThat(model.rows()).isEmpty();
        assertThat(model.summaryProperty().get()).isEmpty();
    }

    @Test
    void anEditIsSavedAtOnceAndCanBeUndoneAndRedone() {
        model.show(summary);
        model.edit(model.allRows().get(0), AttachmentColumn.CALLER_ID, "(202) 555-0199");
        assertThat(stored(0).callerId()).isEqualTo("+12025550199");
        assertThat(model.allRows().get(0).text(AttachmentColumn.CALLER_ID)).isEqualTo("+12025550199");
        assertThat(model.undoLabelProperty().get()).isEqualTo("Undo edit of Caller ID");

        model.undo();
        assertThat(stored(0).callerId()).isNull();
        assertThat(model.canRedoProperty().get()).isTrue();
        model.redo();
        assertThat(stored(0).callerId()).isEqualTo("+12025550199");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aCellSomeoneElseChangedMeanwhileIsNeverOverwrittenWithoutAsking() {
        model.show(summary);
        CallRow seen = model.allRows().get(0);
        String original = seen.text(AttachmentColumn.CUSTOMER);
        // A colleague changes the same cell after this user's screen read it.
        workbench.callEditing().edit(seen.id(), AttachmentColumn.CUSTOMER, original, "Colleague's Customer LLC");

        // Cancelled: nothing written, the screen shows the colleague's value.
        model.edit(seen, AttachmentColumn.CUSTOMER, "My Customer Inc.");
        assertThat(dialogs.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.base()).isEqualTo(new org.tracebench.model.CellValue(original));
            assertThat(c.theirs()).isEqualTo(new org.tracebench.model.CellValue("Colleague's Customer LLC"));
            assertThat(c.mine()).isEqualTo(new org.tracebench.model.CellValue("My Customer Inc."));
        });
        assertThat(workbench.callEditing().row(seen.id()).text(AttachmentColumn.CUSTOMER)).isEqualTo("Colleague's Customer LLC");
        assertThat(model.allRows().get(0).text(AttachmentColumn.CUSTOMER)).isEqualTo("Colleague's Customer LLC");

        // Asked again with the same stale row, the user keeps theirs: written over the value they have now seen.
        dialogs.answerConflict(Optional.of(new org.tracebench.ui.common.ConflictDialog.Decision(true, java.util.Set.of("value"))));
        model.edit(seen, AttachmentColumn.CUSTOMER, "My Customer Inc.");
        assertThat(workbench.callEditing().row(seen.id()).text(AttachmentColumn.CUSTOMER)).isEqualTo("My Customer Inc.");

        // Undo would put back the colleague's value; if a third edit came first, undo is refused, not forced.
        workbench.callEditing().edit(seen.id(), AttachmentColumn.CUSTOMER, "My Customer Inc.", "Third Party Corp.");
        model.undo();
        assertThat(workbench.callEditing().row(seen.id()).text(AttachmentColumn.CUSTOMER)).isEqualTo("Third Party Corp.");
        assertThat(dialogs.errors()).singleElement().asString().startsWith("The change could not be undone")
                .contains("saved by someone else");
    }

    @Test
    void rowsAddedPastedAndDeletedAreUndoable() {
        model.show(summary);
        model.addRow();
        assertThat(count()).isEqualTo(79);
        model.paste("No Response\tSept 22, 2021 10:00\tnot a date\t\t\tSSA Imposter\t47 USC 227(b)\n",
                List.of(AttachmentColumn.values()));
        assertThat(count()).isEqualTo(80);
        assertThat(model.rows()).hasSize(80);
        model.undo();
        model.undo();
        assertThat(count()).isEqualTo(78);
        assertThat(model.rows()).hasSize(78);

        model.delete(List.of(model.allRows().get(14)));
        assertThat(count()).isEqualTo(77);
        assertThat(model.rows()).hasSize(77);
        model.undo();
        assertThat(count()).isEqualTo(78);
        assertThat(stored(14).customerAsWritten()).isEqualTo("Spinning Mantra Communications Pvt. Ltd.");
        model.redo();
        assertThat(count()).isEqualTo(77);
    }

    @Test
    void importAsksForTheFileAndReadsTheRowsAgainAfter() {
        model.show(summary);
        model.chooseImport();
        assertThat(dialogs.asked()).containsExactly("open: Import traced calls");
        assertThat(imports).isEmpty();

        dialogs.choose(dir.resolve("attachment-a.csv"));
        model.chooseImport();
        assertThat(imports).containsExactly("attachment-a.csv into " + caseFile.id());

        model.importFile(dir.resolve("dropped.xlsx"));
        assertThat(imports).last().isEqualTo("dropped.xlsx into " + caseFile.id());
    }

    @Test
    void aSaveThatFailsIsReportedAndTheRowsAreReadAgain() {
        model.show(summary);
        var row = model.allRows().get(0);
        database.withConnection(c -> org.tracebench.store.Jdbc.update(c,
                "DELETE FROM hop WHERE traced_call_id = ?", row.id()));
        database.withConnection(c -> org.tracebench.store.Jdbc.update(c,
                "DELETE FROM traced_call WHERE id = ?", row.id()));
        model.edit(row, AttachmentColumn.CALLER_ID, "(202) 555-0199");
        assertThat(dialogs.errors()).singleElement().asString().startsWith("The change could not be saved");
        assertThat(model.rows()).hasSize(77);
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    private org.tracebench.model.TracedCall stored(int index) {
        return workbench.calls().findByCase(caseFile.id()).get(index);
    }

    private long count() {
        return workbench.calls().countByCase(caseFile.id());
    }
}
