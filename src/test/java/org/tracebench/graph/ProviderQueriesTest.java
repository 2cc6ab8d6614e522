package org.tracebench.graph;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.Provider;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class ProviderQueriesTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;

    @Test
    void hkKwaiFongsDownstreamAndNonResponsesInTheSampleCases() {
        try (Workbench workbench = Workbench.open(store.freshLocation(dir))) {
            workbench.samples().load();
            ProviderQueries queries = new ProviderQueries(workbench.calls(), workbench.providers());
            Provider hk = workbench.providers().findByName("HK KwaiFong Group Limited").orElseThrow();
            assertThat(queries.downstreamOf(hk.id(), Instant.parse("2025-03-01T00:00:00Z")))
                    .extracting(n -> n.provider().name())
                    .containsExactlyInAnyOrder("Belle Telecom LLC", "GREEN PACKET GLOBAL PTE LTD");
            assertThat(queries.upstreamOf(hk.id(), null)).isEmpty();
            NonResponses silent = queries.nonResponsesOf(hk.id(), null);
            assertThat(silent.count()).isEqualTo(14);
            assertThat(silent.campaigns()).containsExactly("Authorized Order Scam", "Financial Impersonation Scam");
            assertThat(silent.tracedCallIds()).hasSize(14);
        }
    }
}
