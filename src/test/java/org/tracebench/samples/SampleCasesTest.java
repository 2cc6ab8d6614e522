package org.tracebench.samples;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseSummary;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.RmdStatus;
import org.tracebench.model.TracedCall;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class SampleCasesTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;
    Workbench workbench;

    @BeforeEach
    void open() {
        workbench = Workbench.open(store.freshLocation(dir));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void loadsTheReferenceCases() {
        assertThat(workbench.samples().storeIsEmpty()).isTrue();
        List<CaseFile> added = workbench.samples().load();
        assertThat(added).extracting(CaseFile::key).containsExactly("pz-illum-2021", "hk-kwaifong-2025",
                "warning-kwk-2024", "warning-inbound-2024", "warning-aka-2024", "warning-callvox-2024");
        assertThat(workbench.cases().summaries()).extracting(CaseSummary::tracedCalls)
                .containsExactly(78, 14, 129, 63, 129, 48);
        assertThat(workbench.samples().load()).isEmpty();
    }

    @Test
    void pzIllumAttachmentIsAsPrinted() {
        workbench.samples().load();
        CaseFile pz = workbench.cases().findByKey("pz-illum-2021").orElseThrow();
        List<TracedCall> calls = workbench.calls().findByCase(pz.id());
        assertThat(calls).hasSize(78);
        TracedCall first = calls.get(0);
        assertThat(first.response()).isEqualTo(ResponseStatus.NO_RESPONSE);
        assertThat(first.customers()).isEmpty();
        assertThat(first.notifications()).containsExactly(Instant.parse("2021-08-25T17:43:00Z"),
                Instant.parse("2021-08-30T14:00:00Z"));
        assertThat(first.callTimeUtc()).isEqualTo(Instant.parse("2021-08-24T20:05:00Z"));
        assertThat(first.campaign()).isEqualTo("SSA Imposter");
        assertThat(first.callerId()).isNull();
        assertThat(calls.stream().filter(c -> c.response() == ResponseStatus.NO_RESPONSE)).hasSize(11);
        TracedCall twoNames = calls.stream().filter(c -> "Go4Customer / CyFuture".equals(c.customerAsWritten()))
                .findFirst().orElseThrow();
        assertThat(twoNames.customers()).containsExactly("Go4Customer", "CyFuture");
        Provider spinning = workbench.providers().findByName("Spinning Mantra Communications Pvt. Ltd").orElseThrow();
        assertThat(spinning.name()).isEqualTo("Spinning Mantra Communications Pvt. Ltd.");
        assertThat(spinning.aliases()).containsExactly("Spinning Mantra Communications Pvt. Ltd");
        assertThat(calls.stream().filter(c -> c.notifications().isEmpty())).isEmpty();
        assertThat(workbench.calls().hopsOf(first.id())).hasSize(3);
    }

    @Test
    void hkKwaiFongIsNotInTheRmdAndHasItsDownstreamProviders() {
        workbench.samples().load();
        Provider hk = workbench.providers().findByName("HK KwaiFong Group Limited").orElseThrow();
        assertThat(hk.rmdStatus()).isEqualTo(RmdStatus.NOT_FILED);
        assertThat(hk.foreign()).isTrue();
        assertThat(hk.contact().emails()).containsExactly("noc@hkkfgroup.com", "info@hkkfgroup.com");
        CaseFile notice = workbench.cases().findByKey("hk-kwaifong-2025").orElseThrow();
        var hops = workbench.calls().hopsOfCase(notice.id());
        long belle = workbench.providers().findByName("Belle Telecom LLC").orElseThrow().id();
        long green = workbench.providers().findByName("GREEN PACKET GLOBAL PTE LTD").orElseThrow().id();
        assertThat(hops).anyMatch(h -> h.providerId() == belle).anyMatch(h -> h.providerId() == green);
        assertThat(hops.stream().filter(h -> h.providerId() == hk.id())).allMatch(h -> h.response() == ResponseStatus.NO_RESPONSE);
        assertThat(workbench.facts().findByCase(notice.id())).hasSize(3);
    }

    @Test
    void removingSamplesKeepsTheUsersOwnData() {
        workbench.samples().load();
        Provider own = workbench.providers().insert(Provider.named("A provider the user added"), false);
        assertThat(workbench.samples().remove()).isEqualTo(6);
        assertThat(workbench.cases().count()).isZero();
        assertThat(workbench.calls().count()).isZero();
        assertThat(workbench.providers().findAll()).extracting(Provider::id).containsExactly(own.id());
        assertThat(workbench.audit().latest(1)).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("samples-removed"));
    }

    @Test
    void cancellingTheLoadLeavesNothingBehind() {
        java.util.concurrent.atomic.AtomicInteger reports = new java.util.concurrent.atomic.AtomicInteger();
        org.tracebench.work.Progress cancelAfterTwoCases = new org.tracebench.work.Progress() {
            @Override
            public void update(long done, long total, String message) {
                reports.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return reports.get() >= 3;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workbench.samples().load(cancelAfterTwoCases))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(workbench.samples().storeIsEmpty()).isTrue();
        assertThat(workbench.calls().count()).isZero();
    }
}
