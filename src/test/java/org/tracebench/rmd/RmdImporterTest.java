package org.tracebench.rmd;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.ActingUser;
import org.tracebench.app.Workbench;
import org.tracebench.model.Provider;
import org.tracebench.model.RmdStatus;
import org.tracebench.model.StirShaken;
import org.tracebench.store.Database;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class RmdImporterTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;
    Workbench workbench;
    RmdService rmd;

    @BeforeEach
    void open() {
        Database database = Database.open(store.freshLocation(dir));
        workbench = new Workbench(database);
        workbench.samples().load();
        rmd = new Workbench(database, Clock.fixed(Instant.parse("2025-09-02T09:00:00Z"), ZoneOffset.UTC),
                new ActingUser("paralegal")).rmd();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private Provider provider(String name) {
        return workbench.providers().findByName(name).orElseThrow();
    }

    @Test
    void hkKwaiFongAbsentFromTheExportIsNotFiledAndItsDownstreamProvidersAreShown() {
        RmdImportReport report = rmd.importer().importFile(RmdFixtures.path(RmdFixtures.SEPTEMBER_2025), LocalDate.of(2025, 9, 1));

        assertThat(report.snapshot().asOf()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(report.snapshot().rows()).isEqualTo(30);
        assertThat(provider("HK KwaiFong Group Limited").rmdStatus()).isEqualTo(RmdStatus.NOT_FILED);
        NotFiledProvider hk = report.notFiled().stream()
                .filter(n -> n.provider().name().equals("HK KwaiFong Group Limited")).findFirst().orElseThrow();
        assertThat(hk.downstreamNames()).containsExactlyInAnyOrder("Belle Telecom LLC", "GREEN PACKET GLOBAL PTE LTD");
        assertThat(report.notFiled()).extracting(n -> n.provider().name()).containsExactly("HK KwaiFong Group Limited");

        Provider belle = provider("Belle Telecom LLC");
        assertThat(belle.rmdStatus()).isEqualTo(RmdStatus.REGISTERED);
        assertThat(belle.rmdNumber()).isEqualTo("RMD9900001");
        assertThat(belle.frn()).isEqualTo("9900000001");
        Provider sample = provider("Sample Transit Networks");
        assertThat(sample.stirShaken()).isEqualTo(StirShaken.PARTIAL);
        assertThat(workbench.audit().latest(1).get(0).detail()).contains("RMD snapshot of 2025-09-01");
    }

    @Test
    void nearNamesWaitOnTheReviewListAndAreDecidedByAPerson() {
        RmdImportReport report = rmd.importer().importFile(RmdFixtures.path(RmdFixtures.SEPTEMBER_2025), LocalDate.of(2025, 9, 1));
        List<RmdReviewItem> open = rmd.snapshots().openReviews();
        assertThat(open).singleElement().satisfies(item -> {
            assertThat(item.entry().record().businessName()).isEqualTo("Belle Telecom Services Inc.");
            assertThat(item.candidateName()).isEqualTo("Belle Telecom LLC");
            assertThat(item.entry().providerId()).isNull();
        });
        assertThat(report.reviewItems()).isEqualTo(1);
        // Belle keeps its own filing: the near name changed nothing.
        assertThat(provider("Belle Telecom LLC").rmdNumber()).isEqualTo("RMD9900001");

        rmd.importer().reject(open.get(0).id());
        assertThat(rmd.snapshots().openReviews()).isEmpty();
        assertThat(provider("Belle Telecom LLC").aliases()).doesNotContain("Belle Telecom Services Inc.");
    }

    @Test
    void acceptingAProposalMakesTheRowTheProvidersFiling() {
        Provider stranger = workbench.providers().insert(Provider.named("Saltmarsh Telecom Group"), false);
        rmd.importer().importFile(RmdFixtures.path(RmdFixtures.MARCH_2026), LocalDate.of(2026, 3, 15));
        RmdReviewItem item = rmd.snapshots().openReviews().stream()
                .filter(i -> i.candidateProviderId() == stranger.id()).findFirst().orElseThrow();
        rmd.importer().accept(item.id());
        Provider accepted = workbench.providers().find(stranger.id()).orElseThrow();
        assertThat(accepted.rmdNumber()).isEqualTo("RMD0100019");
        assertThat(accepted.rmdStatus()).isEqualTo(RmdStatus.REGISTERED);
        assertThat(accepted.aliases()).contains("Saltmarsh Telecom LLC");
        assertThat(rmd.snapshots().historyOf(stranger.id())).hasSize(1);
    }

    @Test
    void aRenamedProviderIsFoundByItsPreviousNameAndKeepsBothNames() {
        Provider northwind = workbench.providers().insert(Provider.named("Northwind Voice LLC"), false);
        RmdImportReport report = rmd.importer().importFile(RmdFixtures.path(RmdFixtures.MARCH_2026), LocalDate.of(2026, 3, 15));
        Provider after = workbench.providers().find(northwind.id()).orElseThrow();
        assertThat(after.rmdNumber()).isEqualTo("RMD0100001");
        assertThat(after.aliases()).contains("Northwind Voice Holdings LLC");
        assertThat(report.changes()).anyMatch(line -> line.startsWith("Northwind Voice LLC (by previous name)"));
    }

    @Test
    void snapshotsAreKeptAndComparable() {
        rmd.importer().importFile(RmdFixtures.path(RmdFixtures.SEPTEMBER_2025), LocalDate.of(2025, 9, 1));
        rmd.importer().importFile(RmdFixtures.path(RmdFixtures.MARCH_2026), LocalDate.of(2026, 3, 15));
        List<RmdSnapshot> snapshots = rmd.snapshots().snapshots();
        assertThat(snapshots).extracting(RmdSnapshot::asOf)
                .containsExactly(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 15));
        assertThat(rmd.diff(snapshots.get(0).id(), snapshots.get(1).id()))
                .extracting(SnapshotDiff.Change::kind).contains(SnapshotDiff.Kind.RENAMED, SnapshotDiff.Kind.NEW,
                        SnapshotDiff.Kind.REMOVED, SnapshotDiff.Kind.IMPLEMENTATION_CHANGED,
                        SnapshotDiff.Kind.RECERTIFICATION_OVERDUE);
    }

    @Test
    void aRemovedProviderStaysRemoved() {
        Provider pz = provider("PZ/Illum Telecommunication Telecommunication LLC");
        workbench.providers().update(pz.withRmd(pz.rmdNumber(), RmdStatus.REMOVED));
        rmd.importer().importFile(RmdFixtures.path(RmdFixtures.SEPTEMBER_2025), LocalDate.of(2025, 9, 1));
        assertThat(provider("PZ/Illum Telecommunication Telecommunication LLC").rmdStatus()).isEqualTo(RmdStatus.REMOVED);
    }

    @Test
    void aBadFileWritesNothing(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "number,business_name,last_recertified\nRMD1,Good Co,2025-01-01\nRMD2,Bad Co,soon\n");
        assertThatThrownBy(() -> rmd.importer().importFile(bad, null)).isInstanceOf(RmdFormatException.class)
                .hasMessageContaining("bad.csv: row 3, column last_recertified");
        assertThat(rmd.snapshots().snapshots()).isEmpty();
        assertThat(provider("HK KwaiFong Group Limited").rmdStatus()).isEqualTo(RmdStatus.NOT_FILED);
        assertThat(provider("Belle Telecom LLC").rmdStatus()).isEqualTo(RmdStatus.UNKNOWN);
    }
}
