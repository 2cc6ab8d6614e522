package org.tracebench.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.letters.Citation;
import org.tracebench.letters.Finding;
import org.tracebench.letters.FindingsEngine;
import org.tracebench.letters.LetterField;
import org.tracebench.letters.LetterService;
import org.tracebench.letters.TemplateLibrary;
import org.tracebench.model.CaseFile;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.InlineTaskRunner;
import org.tracebench.ui.ScriptedDialogs;
import org.tracebench.ui.common.TaskRunner;
import org.tracebench.work.Progress;

/** The Letters screen's logic without a stage, its reads and writes run inline on the test's thread. */
class LettersViewModelTest {

    @TempDir
    Path dir;
    Workbench workbench;
    LettersViewModel model;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir));
        workbench.samples().load();
        model = new LettersViewModel(workbench, new InlineTaskRunner(), dialogs);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void selectingACasePicksItsTemplateDateAndFindings() {
        model.selectCase(workbench.cases().findByKey("hk-kwaifong-2025").orElseThrow());
        assertThat(model.template().slugProperty().get()).isEqualTo("task-force-notice");
        assertThat(model.letterDateProperty().get()).isEqualTo(LocalDate.parse("2025-08-07"));
        assertThat(model.findings()).extracting(Finding::key)
                .contains(FindingsEngine.RMD, FindingsEngine.DOWNSTREAM, FindingsEngine.NON_RESPONSE);
        assertThat(model.template().uses(FindingsEngine.DOWNSTREAM)).isTrue();
        assertThat(model.template().uses(FindingsEngine.ORIGINATION)).isFalse();
        Finding silent = model.findings().stream().filter(f -> f.key().equals(FindingsEngine.NON_RESPONSE)).findFirst().orElseThrow();
        assertThat(model.callLabels(silent)).hasSize(silent.supportingCallIds().size()).allMatch(l -> l.startsWith("TB-HK-"));
    }

    @Test
    void previewUsesUnsavedTemplateTextAndReportsErrorsWithTheLine() {
        model.selectCase(workbench.cases().findByKey("warning-kwk-2024").orElseThrow());
        LettersViewModel.Preview ok = model.preview();
        assertThat(ok.error()).isNull();
        assertThat(ok.pdf()).isNotEmpty();
        model.template().sourceProperty().set(model.template().sourceProperty().get() + "\n{{#if target.name}}\nunclosed\n");
        LettersViewModel.Preview broken = model.preview();
        assertThat(broken.pdf()).isNull();
        assertThat(broken.error()).startsWith("template warning-letter, line ").contains("is never closed");
        assertThat(model.template().save()).isNotNull();
        assertThat(workbench.letters().templates().isEdited("warning-letter")).isFalse();
    }

    @Test
    void droppingAFindingIsKeptWithTheCase() {
        model.selectCase(workbench.cases().findByKey("hk-kwaifong-2025").orElseThrow());
        Finding rmd = model.findings().stream().filter(f -> f.key().equals(FindingsEngine.RMD)).findFirst().orElseThrow();
        model.editFinding(rmd.withEdit(false, null, null));
        model.reloadFindings();
        assertThat(model.findings()).filteredOn(f -> f.key().equals(FindingsEngine.RMD))
                .singleElement().satisfies(f -> assertThat(f.included()).isFalse());
        model.resetFinding(FindingsEngine.RMD);
        assertThat(model.findings()).filteredOn(f -> f.key().equals(FindingsEngine.RMD))
                .singleElement().satisfies(f -> assertThat(f.included()).isTrue());
    }

    @Test
    void saveAsMakesANewTemplateAndResetDeletesIt() {
        model.selectCase(workbench.cases().findByKey("warning-kwk-2024").orElseThrow());
        assertThat(model.template().saveAs("Bad Name")).isNotNull();
        model.template().sourceProperty().set(model.template().sourceProperty().get().replace("Warning about", "Second warning about"));
        assertThat(model.template().saveAs("second-warning")).isNull();
        assertThat(model.template().names()).contains("second-warning");
        assertThat(workbench.letters().templates().source("second-warning")).contains("Second warning about");
        model.template().reset();
        assertThat(model.template().names()).doesNotContain("second-warning");
        assertThat(model.template().slugProperty().get()).isEqualTo("warning-letter");
    }

    @Test
    void aTemplateSavedMeanwhileByAnotherIsAskedAboutAndTheChoiceSaved() {
        model.selectCase(workbench.cases().findByKey("warning-kwk-2024").orElseThrow());
        String read = model.template().sourceProperty().get();
        String theirs = read.replace("Warning about", "Colleague's warning about");
        workbench.letters().templates().save("warning-letter", read, theirs);
        String mine = read.replace("Warning about", "My warning about");
        model.template().sourceProperty().set(mine);

        // First the user cancels: nothing saved, their text stays in the editor.
        dialogs.answerConflict(java.util.Optional.empty());
        model.template().save();
        assertThat(dialogs.conflicts()).singleElement().satisfies(c -> assertThat(c.fieldsToDecide()).containsExactly("text"));
        assertThat(workbench.letters().templates().source("warning-letter")).isEqualTo(theirs);
        assertThat(model.template().sourceProperty().get()).isEqualTo(mine);
        assertThat(model.statusProperty().get()).startsWith("Not saved");

        // Then keeps theirs: the editor shows it, and a later save goes over it without a question.
        dialogs.answerConflict(java.util.Optional.of(new org.tracebench.ui.common.ConflictDialog.Decision(false, java.util.Set.of())));
        model.template().save();
        assertThat(model.template().sourceProperty().get()).isEqualTo(theirs);
        model.template().sourceProperty().set(theirs.replace("Colleague's warning", "Our warning"));
        model.template().save();
        assertThat(dialogs.conflicts()).hasSize(2);
        assertThat(workbench.letters().templates().source("warning-letter")).contains("Our warning about");

        // And a save over another newer copy, keeping the user's text, writes it once checked again.
        String current = workbench.letters().templates().source("warning-letter");
        workbench.letters().templates().save("warning-letter", current, current.replace("Our warning", "Their warning"));
        model.template().sourceProperty().set(current.replace("Our warning", "My final warning"));
        dialogs.answerConflict(java.util.Optional.of(new org.tracebench.ui.common.ConflictDialog.Decision(true, java.util.Set.of("text"))));
        model.template().save();
        assertThat(workbench.letters().templates().source("warning-letter")).contains("My final warning about");
        assertThat(model.statusProperty().get()).isEqualTo("Template saved.");
    }

    @Test
    void loadingReadsTheCasesAndTemplates() {
        AtomicBoolean loaded = new AtomicBoolean();
        model.load(() -> loaded.set(true));
        assertThat(loaded).isTrue();
        assertThat(model.cases()).extracting(CaseFile::key).contains("hk-kwaifong-2025", "warning-kwk-2024");
        assertThat(model.template().names()).containsAll(TemplateLibrary.BUILT_IN);
    }

    @Test
    void aCaseComesWithItsLetterFieldsAndAFieldEditIsKept() {
        CaseFile pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        model.selectCase(pz);
        assertThat(model.fields()).isEqualTo(workbench.letters().fields().fieldsOf(pz));
        model.saveField(LetterField.FILE_NUMBER.key(), "EB-2021-17");
        assertThat(model.fields()).containsEntry(LetterField.FILE_NUMBER.key(), "EB-2021-17");
        assertThat(workbench.letters().fields().fieldsOf(pz)).containsEntry(LetterField.FILE_NUMBER.key(), "EB-2021-17");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void anAnswerToACaseTheUserHasMovedOnFromIsDropped() {
        DeferredRunner deferred = new DeferredRunner();
        LettersViewModel slow = new LettersViewModel(workbench, deferred, dialogs);
        slow.selectCase(workbench.cases().findByKey("hk-kwaifong-2025").orElseThrow());
        slow.selectCase(workbench.cases().findByKey("warning-kwk-2024").orElseThrow());
        assertThat(slow.caseFileProperty().get()).isNull();
        deferred.runAll();
        assertThat(slow.caseFileProperty().get().key()).isEqualTo("warning-kwk-2024");
        assertThat(slow.template().slugProperty().get()).isEqualTo("warning-letter");
    }

    @Test
    void citationsAreReadAndSavedAndABlankOneIsRefusedWithAMessage() {
        model.citations().load();
        int before = model.citations().citations().size();
        assertThat(before).isPositive();
        List<String> messages = new ArrayList<>();
        AtomicBoolean changed = new AtomicBoolean();
        model.citations().save(new Citation("test-cite", Citation.Kind.REPORTER, "*Test v. Cite*", "", "1", "F.4th", "1",
                "(2d Cir. 2021)", "*Test*", ""), messages::add,
                () -> changed.set(true));
        assertThat(messages).containsExactly("Saved test-cite.");
        assertThat(changed).isTrue();
        assertThat(model.citations().citations()).hasSize(before + 1).extracting(Citation::key).contains("test-cite");
        model.citations().save(new Citation("", Citation.Kind.PAGE, "", "", "", "", "", "", "", ""), messages::add, () -> { });
        assertThat(messages).last().asString().contains("needs a key");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void exportWritesTheLetterAndRecordsTheNotice() {
        model.export(LetterService.Format.PDF, dir.resolve("none.pdf"));
        assertThat(model.statusProperty().get()).isEqualTo("Choose a case first.");
        CaseFile kwk = workbench.cases().findByKey("warning-kwk-2024").orElseThrow();
        model.selectCase(kwk);
        Path out = dir.resolve("kwk.pdf");
        dialogs.confirmNext(true);
        model.export(LetterService.Format.PDF, out);
        assertThat(dialogs.asked()).contains("confirm: Findings rest on illustrative records");
        assertThat(out).isNotEmptyFile();
        assertThat(model.statusProperty().get()).startsWith("Saved kwk.pdf; notice recorded, ");
        assertThat(workbench.audit().forEntity("case", kwk.id())).anySatisfy(e -> assertThat(e.detail())
                .contains("illustrative findings allowed"));
    }

    @Test
    void declinedIllustrativeFindingsWriteNothing() {
        CaseFile kwk = workbench.cases().findByKey("warning-kwk-2024").orElseThrow();
        model.selectCase(kwk);
        Path out = dir.resolve("kwk-declined.pdf");
        dialogs.confirmNext(false);
        model.export(LetterService.Format.PDF, out);
        assertThat(out).doesNotExist();
        assertThat(model.statusProperty().get()).startsWith("Export cancelled: ");
        assertThat(workbench.notices().findByCase(kwk.id())).isEmpty();
    }

    @Test
    void exportingSeveralLettersAsksAboutIllustrativeFindings() {
        model.selectCase(workbench.cases().findByKey("warning-kwk-2024").orElseThrow());
        List<CaseFile> chosen = List.of(workbench.cases().findByKey("warning-kwk-2024").orElseThrow(),
                workbench.cases().findByKey("warning-aka-2024").orElseThrow());
        Path declined = dir.resolve("declined");
        dialogs.confirmNext(false);
        model.exportMany(chosen, declined);
        assertThat(declined).doesNotExist();
        assertThat(model.statusProperty().get())
                .isEqualTo("Exported 0 letters to " + declined + "; refused 2 (illustrative findings not allowed)");
        Path allowed = dir.resolve("allowed");
        dialogs.confirmNext(true);
        model.exportMany(chosen, allowed, org.tracebench.letters.LetterService.Format.DOCX);
        assertThat(model.statusProperty().get()).isEqualTo("Exported 2 letters to " + allowed);
        assertThat(allowed.resolve("warning-letter-warning-kwk-2024.docx")).isRegularFile();
        assertThat(allowed.resolve("warning-letter-warning-aka-2024.docx")).isRegularFile();
        assertThat(dialogs.asked()).filteredOn(q -> q.equals("confirm: Findings rest on illustrative records"))
                .hasSize(2);
    }

    @Test
    void thePreviewRunsThroughTheRunner() {
        model.selectCase(workbench.cases().findByKey("warning-kwk-2024").orElseThrow());
        AtomicReference<Integer> bytes = new AtomicReference<>();
        model.preview(p -> p.pdf().length, bytes::set, e -> { throw new AssertionError(e); });
        assertThat(bytes.get()).isPositive();
    }

    /** Holds the jobs until told, as the application's runner does until the data thread gets to them. */
    private static final class DeferredRunner implements TaskRunner {
        private final List<Runnable> waiting = new ArrayList<>();
        private final InlineTaskRunner inline = new InlineTaskRunner();

        @Override
        public <T> void runWithProgress(String title, Function<Progress, T> job, Consumer<T> onSuccess,
                Consumer<Throwable> onFailure) {
            waiting.add(() -> inline.runWithProgress(title, job, onSuccess, onFailure));
        }

        @Override
        public <T> void run(Supplier<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            waiting.add(() -> inline.run(job, onSuccess, onFailure));
        }

        void runAll() {
            List<Runnable> now = List.copyOf(waiting);
            waiting.clear();
            now.forEach(Runnable::run);
        }
    }
}
