package org.tracebench.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseStatus;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.LetterKind;
import org.tracebench.model.Provider;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.InlineTaskRunner;
import org.tracebench.ui.ScriptedDialogs;
import org.tracebench.ui.common.TaskRunner;
import org.tracebench.work.Progress;

/** The case list and the selected case's details on the sample cases, without JavaFX's thread or any window. */
class CasesViewModelTest {

    @TempDir
    Path dir;

    private Workbench workbench;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CountingRunner tasks = new CountingRunner();
    private CasesViewModel model;

    /** The inline runner, counting the jobs given to it. */
    private static final class CountingRunner implements TaskRunner {
        private final InlineTaskRunner inline = new InlineTaskRunner();
        private final AtomicInteger jobs = new AtomicInteger();

        @Override
        public <T> void runWithProgress(String title, Function<Progress, T> job, Consumer<T> onSuccess,
                Consumer<Throwable> onFailure) {
            jobs.incrementAndGet();
            inline.runWithProgress(title, job, onSuccess, onFailure);
        }

        @Override
        public <T> void run(Supplier<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            jobs.incrementAndGet();
            inline.run(job, onSuccess, onFailure);
        }
    }

    @BeforeEach
    void open() {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir));
        workbench.samples().load();
        model = new CasesViewModel(workbench, tasks, dialogs);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void listsTheSampleCasesAndSearchNarrowsThem() {
        model.reload();
        assertThat(model.visibleCases()).hasSize(6);
        model.queryProperty().set("warning");
        assertThat(model.visibleCases()).hasSize(4);
        model.queryProperty().set("PZ/Illum");
        assertThat(model.visibleCases()).singleElement().satisfies(s -> assertThat(s.tracedCalls()).isEqualTo(78));
        model.queryProperty().set("no such case");
        assertThat(model.visibleCases()).isEmpty();
        assertThat(model.providers()).isNotEmpty();
    }

    @Test
    void selectingACaseReadsItsNoticesDeadlinesAndChronology() {
        CaseFile hk = workbench.cases().findByKey("hk-kwaifong-2025").orElseThrow();
        workbench.casework().editor().recordLetterSent(hk.id(), LocalDate.now().minusDays(25), "task-force-notice",
                java.util.List.of("noc@hkkfgroup.com"), "TF-2025-HK-01", 21);
        model.reload();
        model.select(hk.id());
        assertThat(model.selectedCase().key()).isEqualTo("hk-kwaifong-2025");
        assertThat(model.notices()).hasSize(1);
        assertThat(model.deadlines()).singleElement().satisfies(d -> assertThat(d.deadline().setBy()).startsWith("Notice #"));
        assertThat(model.chronology()).isNotEmpty();

        model.selectedProperty().set(null);
        assertThat(model.notices()).isEmpty();
        assertThat(model.deadlines()).isEmpty();
    }

    @Test
    void anEditIsSavedThenTheListIsReadAgainKeepingTheSelection() {
        model.reload();
        CaseSummary pz = model.visibleCases().stream().filter(s -> s.caseFile().key().equals("pz-illum-2021")).findFirst()
                .orElseThrow();
        model.selectedProperty().set(pz);
        CaseFile renamed = withTitle(pz.caseFile(), "PZ/Illum renamed");
        boolean[] after = {false};
        model.edit("The case", editor -> editor.save(pz.caseFile(), renamed), () -> after[0] = true);
        assertThat(after[0]).isTrue();
        assertThat(workbench.cases().find(pz.caseFile().id()).orElseThrow().title()).isEqualTo("PZ/Illum renamed");
        assertThat(model.selectedCase().title()).isEqualTo("PZ/Illum renamed");
        assertThat(model.visibleCases()).extracting(s -> s.caseFile().title()).contains("PZ/Illum renamed");

        boolean[] afterFailure = {false};
        model.edit("The case", editor -> {
            throw new IllegalStateException("disk full");
        }, () -> afterFailure[0] = true);
        assertThat(dialogs.errors()).containsExactly("The case could not be saved: disk full");
        assertThat(afterFailure[0]).isFalse();
    }

    @Test
    void aNewCaseIsOpenedAsADraftAndSelected() {
        model.reload();
        model.queryProperty().set("warning");
        assertThat(model.takenKeys()).contains("pz-illum-2021");
        CaseFile draft = new CaseFile(0, "example-2026", "Example Telecom notice (2026)", model.providers().get(0).id(),
                null, LetterKind.TASK_FORCE_NOTICE, CaseStatus.DRAFT, LocalDate.now(), null, null, null, null, false);
        CaseFile[] created = {null};
        model.create(draft, c -> created[0] = c);
        assertThat(created[0]).isNotNull();
        assertThat(model.queryProperty().get()).isEmpty();
        assertThat(model.visibleCases()).hasSize(7);
        assertThat(model.selectedCase().key()).isEqualTo("example-2026");
        assertThat(workbench.audit().latest(1).get(0).action()).isEqualTo("create");
    }

    @Test
    void comingBackReadsTheListOnlyWhenSomethingWasWrittenMeanwhile() {
        model.reload();
        int jobs = tasks.jobs.get();
        int[] shown = {0};
        model.reloadIfChanged(() -> shown[0]++);
        assertThat(tasks.jobs.get()).isEqualTo(jobs);
        assertThat(shown[0]).isEqualTo(1);

        // A rename made on another screen keeps every count the same; the list still follows it.
        CaseSummary pz = model.visibleCases().stream().filter(s -> s.caseFile().key().equals("pz-illum-2021")).findFirst()
                .orElseThrow();
        Provider target = workbench.providers().find(pz.caseFile().targetProviderId()).orElseThrow();
        workbench.providers().update(new Provider(target.id(), "PZ/Illum Renamed LLC", target.kind(), target.aliases(),
                target.frn(), target.rmdNumber(), target.rmdStatus(), target.foreign(), target.country(), target.stirShaken(),
                target.contact(), target.illustrative()));
        model.reloadIfChanged(() -> shown[0]++);
        assertThat(shown[0]).isEqualTo(2);
        assertThat(model.visibleCases()).extracting(CaseSummary::targetProviderName).contains("PZ/Illum Renamed LLC");
    }

    private static CaseFile withTitle(CaseFile c, String title) {
        return new CaseFile(c.id(), c.key(), title, c.targetProviderId(), c.issuingOffice(), c.letterKind(), c.status(),
                c.openedOn(), c.letterDate(), c.signatory(), c.recipient(), c.notes(), c.sample());
    }
}
