package org.tracebench.graph;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class SampleGraphTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;

    @Test
    void hkKwaiFongDossierAndPzIllumCustomersFromTheSampleCases() {
        try (Workbench workbench = Workbench.open(store.freshLocation(dir))) {
            workbench.samples().load();
            CallData data = CallData.load(workbench.providers(), workbench.calls(), workbench.cases());
            Dossiers dossiers = new Dossiers(data);
            Party hk = dossiers.find("HK KwaiFong Group Limited").orElseThrow();
            ProviderDossier dossier = dossiers.of(hk.id(), null);
            assertThat(dossier.downstream()).extracting(n -> n.provider().name())
                    .containsExactlyInAnyOrder("Belle Telecom LLC", "GREEN PACKET GLOBAL PTE LTD");
            assertThat(dossier.nonResponses().count()).isEqualTo(14);
            assertThat(dossier.lastHops()).isEqualTo(14);
            assertThat(dossier.cases()).extracting(c -> c.key()).containsExactly("hk-kwaifong-2025");
            assertThat(dossier.timeline()).hasSize(14);

            long pzCase = workbench.cases().findByKey("pz-illum-2021").orElseThrow().id();
            CallGraph pz = CallGraph.build(data, GraphFilter.ofCase(pzCase));
            Party illum = pz.find("PZ/Illum").orElseThrow();
            assertThat(new GraphAnalyses(pz).upstreamOf(illum.id())).hasSize(14)
                    .allSatisfy(n -> assertThat(n.provider().kind()).isEqualTo(org.tracebench.model.PartyKind.CUSTOMER));
            assertThat(new GraphAnalyses(pz).centrality().get(0).provider().id()).isEqualTo(illum.id());
        }
    }
}
