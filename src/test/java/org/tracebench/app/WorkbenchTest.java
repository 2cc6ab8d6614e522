package org.tracebench.app;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportSource;
import org.tracebench.ingest.ProviderMerges;
import org.tracebench.model.AuditEntry;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Provider;
import org.tracebench.work.Progress;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class WorkbenchTest {

    @Parameter
    Store store;

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");

    @TempDir
    Path dir;
    Workbench workbench;

    @BeforeEach
    void open() {
        workbench = Workbench.open(store.freshLocation(dir), Clock.fixed(NOW, ZoneOffset.UTC),
                new ActingUser("a.tester"));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void everyServiceAndRepositoryIsBuiltOnce() {
        List<Function<Workbench, Object>> parts = List.of(Workbench::providers, Workbench::cases, Workbench::calls,
                Workbench::campaigns, Workbench::notices, Workbench::deadlines, Workbench::facts, Workbench::audit,
                Workbench::importer, Workbench::callEditing, Workbench::providerMerges, Workbench::providerQueries,
                Workbench::attachmentExporter, Workbench::columnPresets, Workbench::samples, Workbench::letters,
                Workbench::casework, Workbench::rmd, Workbench::clock, Workbench::actor,
                w -> w.casework().editor(), w -> w.casework().keys(), w -> w.casework().chronology(),
                w -> w.rmd().importer(), w -> w.letters().templates(), w -> w.letters().fields(),
                w -> w.calls().hopLinks());
        for (Function<Workbench, Object> part : parts) {
            assertThat(part.apply(workbench)).isNotNull().isSameAs(part.apply(workbench));
        }
    }

    @Test
    void theClockAndTheActorReachTheAuditLogAndTheMergeHistory() {
        Provider kept = workbench.providers().insert(Provider.named("Acme Voice LLC"), false);
        Provider merged = workbench.providers().insert(Provider.named("Acme Voice Inc."), false);
        workbench.providerMerges().merge(merged.id(), kept.id());
        CaseFile opened = workbench.casework().editor().openDraft("Acme Voice notice", kept.id(), "from a test");

        assertThat(workbench.providerMerges().forProvider(kept.id())).isNotEmpty().allSatisfy(m -> {
            assertThat(m.actor()).isEqualTo("a.tester");
            assertThat(m.mergedAt()).isEqualTo(NOW);
        });
        assertThat(workbench.audit().latest(10)).hasSizeGreaterThanOrEqualTo(2)
                .extracting(AuditEntry::actor, AuditEntry::at).containsOnly(org.assertj.core.groups.Tuple.tuple("a.tester", NOW));
        assertThat(opened.openedOn()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(opened.key()).isEqualTo("acme-voice-notice");
    }

    @Test
    void anImportRecordsItsMergesAndAuditLineWithTheSameClockAndActor() {
        String text = "Customer\tDate of Call\nSpinning Mantra Communications Pvt. Ltd.\t2021-09-07 21:11\n"
                + "Spinning Mantra Communications Pvt. Ltd\t2021-09-07 17:27\n";
        CaseFile target = workbench.casework().editor().openDraft("Mantra", workbench.providers()
                .insert(Provider.named("Mantra Carrier LLC"), false).id(), "from a test");
        workbench.importer().run(ImportSource.ofText("pasted", text), ImportOptions.forCase(target.id()), Progress.NONE);

        Provider mantra = workbench.providers().findByName("Spinning Mantra Communications").orElseThrow();
        List<ProviderMerges.Merge> merges = workbench.providerMerges().forProvider(mantra.id());
        assertThat(merges).singleElement().satisfies(m -> {
            assertThat(m.actor()).isEqualTo("a.tester");
            assertThat(m.mergedAt()).isEqualTo(NOW);
        });
        assertThat(workbench.audit().forEntity("case", target.id())).extracting(AuditEntry::action, AuditEntry::actor,
                AuditEntry::at).contains(org.assertj.core.groups.Tuple.tuple("import", "a.tester", NOW));
    }

    @Test
    void theActingUserIsTheTracebenchUserPropertyElseTheLoginName() {
        String before = System.getProperty("tracebench.user");
        try {
            System.setProperty("tracebench.user", "paralegal.two");
            assertThat(ActingUser.fromSystem().name()).isEqualTo("paralegal.two");
            System.clearProperty("tracebench.user");
            assertThat(ActingUser.fromSystem().name()).isEqualTo(System.getProperty("user.name"));
        } finally {
            if (before == null) {
                System.clearProperty("tracebench.user");
            } else {
                System.setProperty("tracebench.user", before);
            }
        }
    }
}
