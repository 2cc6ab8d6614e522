package org.tracebench.cases;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.ActingUser;
import org.tracebench.app.Workbench;
import org.tracebench.letters.LetterService;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseResponse;
import org.tracebench.model.CaseStatus;
import org.tracebench.model.Deadline;
import org.tracebench.store.Database;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class DeadlinesDashboardTest {

    @Parameter
    Store store;

    private static final ZoneId RALEIGH = ZoneId.of("America/New_York");

    @TempDir
    Path dir;
    Database database;
    Workbench workbench;
    CaseFile hk;

    @BeforeEach
    void open() {
        database = Database.open(store.freshLocation(dir));
        workbench = new Workbench(database);
        workbench.samples().load();
        hk = workbench.cases().findByKey("hk-kwaifong-2025").orElseThrow();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private Casework at(String localDateTime) {
        Clock clock = Clock.fixed(ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), RALEIGH).toInstant(), RALEIGH);
        return new Workbench(database, clock, new ActingUser("attorney")).casework();
    }

    @Test
    void aDeadlineSetByALetterIsOnTheDashboardAndOverdueTheDayAfterItPasses() {
        LetterSent sent = at("2025-08-07T10:00").editor().recordLetterSent(hk.id(), LocalDate.of(2025, 8, 7),
                "task-force-notice", List.of("noc@hkkfgroup.com"), null, 21);

        assertThat(sent.deadline().setBy()).isEqualTo("Notice #" + sent.notice().id() + " of 2025-08-07");
        assertThat(workbench.cases().find(hk.id()).orElseThrow().status()).isEqualTo(CaseStatus.RESPONSE_DUE);

        List<DeadlineItem> week = at("2025-08-22T09:00").dashboard().items();
        assertThat(week).singleElement().satisfies(item -> {
            assertThat(item.caseTitle()).isEqualTo("HK KwaiFong Task Force notice (2025)");
            assertThat(item.state()).isEqualTo(DeadlineItem.State.DUE_SOON);
            assertThat(item.days()).isEqualTo(6);
        });
        assertThat(at("2025-08-28T17:00").dashboard().items().get(0).state()).isEqualTo(DeadlineItem.State.DUE_TODAY);
        DeadlineItem dayAfter = at("2025-08-29T08:00").dashboard().items().get(0);
        assertThat(dayAfter.state()).isEqualTo(DeadlineItem.State.OVERDUE);
        assertThat(dayAfter.days()).isEqualTo(-1);
        assertThat(at("2025-08-29T08:00").dashboard().needsAttention()).isTrue();
        assertThat(at("2025-07-01T08:00").dashboard().needsAttention()).isFalse();
    }

    @Test
    void overdueFirstThenSoonest() {
        Casework work = at("2025-09-10T12:00");
        CaseFile pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        work.editor().addDeadline(new Deadline(0, pz.id(), instant("2025-10-01T17:00"), "Later", "test", false));
        work.editor().addDeadline(new Deadline(0, hk.id(), instant("2025-09-12T17:00"), "Soon", "test", false));
        work.editor().addDeadline(new Deadline(0, hk.id(), instant("2025-09-01T17:00"), "Old overdue", "test", false));
        work.editor().addDeadline(new Deadline(0, pz.id(), instant("2025-09-09T17:00"), "Recent overdue", "test", false));
        Deadline done = work.editor().addDeadline(new Deadline(0, pz.id(), instant("2025-08-01T17:00"), "Done", "test", false));
        work.editor().setDeadlineDone(done, true);
        assertThat(work.dashboard().items()).extracting(i -> i.deadline().description())
                .containsExactly("Old overdue", "Recent overdue", "Soon", "Later");
        assertThat(work.dashboard().overdue()).hasSize(2);
    }

    @Test
    void aResponseClosesTheDeadlineOfTheLetterItAnswers() {
        Casework work = at("2025-08-20T10:00");
        LetterSent sent = work.editor().recordLetterSent(hk.id(), LocalDate.of(2025, 8, 7), "task-force-notice",
                List.of(), "TF-2025-017", 21);
        work.editor().addResponse(new CaseResponse(0, hk.id(), LocalDate.of(2025, 8, 20), "Says it filed on 2025-08-19",
                "/cases/hk/response.pdf", sent.notice().id()));
        assertThat(work.dashboard().items()).isEmpty();
        assertThat(workbench.cases().find(hk.id()).orElseThrow().status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(work.overview().outcomeCounts(hk.id())).containsEntry(CaseOverview.Outcome.ON_TIME, 1);
        assertThat(work.enforcement().historyOf(hk.targetProviderId())).singleElement().satisfies(a -> {
            assertThat(a.fileNumber()).isEqualTo("TF-2025-017");
            assertThat(a.kind()).isEqualTo(org.tracebench.model.EnforcementKind.NOTICE);
            assertThat(a.date()).isEqualTo(LocalDate.of(2025, 8, 7));
        });
    }

    @Test
    void aDeadlineOfAnExportedLetterIsShownAndClosedByTheResponse() {
        Casework work = at("2025-08-30T10:00");
        // What the letters service writes when a letter is exported: a notice and "letter:<template>" deadlines.
        org.tracebench.model.Notice notice = workbench.notices().insert(new org.tracebench.model.Notice(0, hk.id(),
                LocalDate.of(2025, 8, 7), "task-force-notice", List.of(), "abc", null));
        workbench.deadlines().insert(new Deadline(0, hk.id(), instant("2025-08-28T23:59"),
                "Response due (Task Force notice of August 7, 2025)", "letter:task-force-notice", false));
        assertThat(work.dashboard().overdue()).singleElement()
                .satisfies(i -> assertThat(i.deadline().setBy()).isEqualTo("letter:task-force-notice"));
        work.editor().addResponse(new CaseResponse(0, hk.id(), LocalDate.of(2025, 8, 30), "Late answer", null, notice.id()));
        assertThat(work.dashboard().items()).isEmpty();
        assertThat(work.overview().outcomeCounts(hk.id())).containsEntry(CaseOverview.Outcome.LATE, 1);
    }

    @Test
    void aResponseToTheFirstOfTwoLettersOfOneTemplateClosesOnlyTheFirstsDeadline() {
        LetterService letters = workbench.letters();
        LetterService.Export first = letters.export(letters.draft(hk, "task-force-notice", LocalDate.of(2025, 8, 7)),
                dir.resolve("first.pdf"));
        LetterService.Export second = letters.export(letters.draft(hk, "task-force-notice", LocalDate.of(2025, 9, 4)),
                dir.resolve("second.pdf"));
        assertThat(first.deadlinesAdded()).singleElement().extracting(Deadline::setBy).isEqualTo("letter:task-force-notice");
        assertThat(second.deadlinesAdded()).singleElement().extracting(Deadline::setBy).isEqualTo("letter:task-force-notice");
        Deadline secondDeadline = second.deadlinesAdded().get(0);

        Casework work = at("2025-08-20T10:00");
        work.editor().addResponse(new CaseResponse(0, hk.id(), LocalDate.of(2025, 8, 20), "Answers the August notice",
                null, first.notice().id()));

        assertThat(workbench.deadlines().findByCase(hk.id())).extracting(Deadline::id, Deadline::done).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first.deadlinesAdded().get(0).id(), true),
                org.assertj.core.groups.Tuple.tuple(secondDeadline.id(), false));
        assertThat(at("2025-09-25T17:00").dashboard().items()).singleElement().satisfies(item -> {
            assertThat(item.deadline().id()).isEqualTo(secondDeadline.id());
            assertThat(item.state()).isEqualTo(DeadlineItem.State.DUE_TODAY);
        });
        DeadlineItem dayAfter = at("2025-09-26T08:00").dashboard().items().get(0);
        assertThat(dayAfter.deadline().id()).isEqualTo(secondDeadline.id());
        assertThat(dayAfter.state()).isEqualTo(DeadlineItem.State.OVERDUE);
        assertThat(dayAfter.days()).isEqualTo(-1);
        assertThat(at("2025-09-26T08:00").dashboard().overdue()).hasSize(1);
    }

    @Test
    void aResponseStillClosesItsLettersDeadlineAfterTheSetByTextIsEdited() {
        Casework work = at("2025-08-10T10:00");
        LetterSent sent = work.editor().recordLetterSent(hk.id(), LocalDate.of(2025, 8, 7), "task-force-notice",
                List.of(), null, 21);
        Deadline d = sent.deadline();
        work.editor().updateDeadline(d, new Deadline(d.id(), d.caseId(), d.due(), d.description(),
                "Task Force letter, hand-delivered", false));
        work.editor().addDeadline(new Deadline(0, hk.id(), instant("2025-09-30T17:00"), "Court filing", "court order", false));

        work.editor().addResponse(new CaseResponse(0, hk.id(), LocalDate.of(2025, 8, 20), "Answer", null, sent.notice().id()));

        assertThat(work.dashboard().items()).extracting(i -> i.deadline().description()).containsExactly("Court filing");
    }

    private static java.time.Instant instant(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), RALEIGH).toInstant();
    }
}
