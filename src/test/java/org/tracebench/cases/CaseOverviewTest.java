package org.tracebench.cases;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.ActingUser;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseResponse;
import org.tracebench.store.Database;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CaseOverviewTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;
    Workbench workbench;
    Casework work;

    @BeforeEach
    void open() {
        Database database = Database.open(store.freshLocation(dir));
        workbench = new Workbench(database);
        workbench.samples().load();
        work = new Workbench(database, Clock.fixed(Instant.parse("2025-10-01T12:00:00Z"), ZoneOffset.UTC),
                new ActingUser("t")).casework();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void countsCallsPerMonthAndCampaign() {
        CaseFile pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        Map<YearMonth, Integer> months = work.overview().callsPerMonth(pz.id());
        assertThat(months.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(78);
        assertThat(months.keySet()).first().isEqualTo(YearMonth.of(2021, 8));
        Map<String, Integer> campaigns = work.overview().callsPerCampaign(pz.id());
        assertThat(campaigns.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(78);
        List<Integer> counts = List.copyOf(campaigns.values());
        assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
        int all = work.overview().callsPerCampaign(null).values().stream().mapToInt(Integer::intValue).sum();
        assertThat(all).isEqualTo(workbench.calls().count());
    }

    @Test
    void responsesAreComparedWithTheirDeadlines() {
        CaseFile hk = workbench.cases().findByKey("hk-kwaifong-2025").orElseThrow();
        CaseFile pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        CaseFile kwk = workbench.cases().findByKey("warning-kwk-2024").orElseThrow();
        CaseFile aka = workbench.cases().findByKey("warning-aka-2024").orElseThrow();
        LetterSent hkLetter = work.editor().recordLetterSent(hk.id(), LocalDate.of(2025, 8, 7), "task-force-notice", List.of(), null, 21);
        LetterSent pzLetter = work.editor().recordLetterSent(pz.id(), LocalDate.of(2021, 10, 21), "fcc-cease-and-desist", List.of(), null, 14);
        work.editor().recordLetterSent(kwk.id(), LocalDate.of(2025, 9, 1), "warning-letter", List.of(), null, 21);
        work.editor().recordLetterSent(aka.id(), LocalDate.of(2025, 9, 20), "warning-letter", List.of(), null, 21);
        work.editor().addResponse(new CaseResponse(0, hk.id(), LocalDate.of(2025, 8, 28), "On the last day", null, hkLetter.notice().id()));
        work.editor().addResponse(new CaseResponse(0, pz.id(), LocalDate.of(2021, 11, 8), "Three days late", null, pzLetter.notice().id()));
        assertThat(work.overview().outcomeCounts(null)).containsExactly(
                Map.entry(CaseOverview.Outcome.ON_TIME, 1), Map.entry(CaseOverview.Outcome.LATE, 1),
                Map.entry(CaseOverview.Outcome.MISSED, 1), Map.entry(CaseOverview.Outcome.PENDING, 1));
    }
}
