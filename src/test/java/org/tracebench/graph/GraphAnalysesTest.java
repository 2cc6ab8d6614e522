package org.tracebench.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracebench.graph.Findings.CallPath;
import org.tracebench.graph.Findings.Centrality;
import org.tracebench.model.HopRole;
import org.tracebench.model.Provider;
import org.tracebench.model.RmdStatus;

class GraphAnalysesTest {

    private final CallData data = TinyNetwork.data();
    private final CallGraph graph = CallGraph.build(data, GraphFilter.ALL);
    private final GraphAnalyses analyses = new GraphAnalyses(graph);

    @Test
    void buildsPartiesAndLinksWithTheirSupportingCalls() {
        assertThat(graph.vertexCount()).isEqualTo(6);
        assertThat(graph.linkCount()).isEqualTo(6);
        Link ab = graph.jgrapht().getEdge(TinyNetwork.A, TinyNetwork.B);
        assertThat(ab.tracedCallIds()).containsExactly(101L, 102L);
        assertThat(ab.campaigns()).containsExactly("Alpha");
        assertThat(ab.first()).isEqualTo(Instant.parse("2024-01-10T10:00:00Z"));
        assertThat(ab.last()).isEqualTo(Instant.parse("2024-02-10T10:00:00Z"));
        // The customer sits upstream of the originating provider.
        assertThat(graph.jgrapht().getEdge(TinyNetwork.X, TinyNetwork.A).calls()).isEqualTo(2);
        assertThat(graph.party(TinyNetwork.B).traffic()).isEqualTo(3);
        assertThat(graph.party(TinyNetwork.C).behaviour()).isEqualTo(ResponseBehaviour.SILENT);
    }

    @Test
    void downstreamAndUpstreamNameTheCallsBehindEachNeighbour() {
        assertThat(analyses.downstreamOf(TinyNetwork.C)).extracting(n -> n.provider().name(), Neighbour::tracedCallIds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Gateway B", java.util.List.of(103L)),
                        org.assertj.core.groups.Tuple.tuple("Terminator T", java.util.List.of(105L)),
                        org.assertj.core.groups.Tuple.tuple("Terminator U", java.util.List.of(104L)));
        assertThat(analyses.upstreamOf(TinyNetwork.B)).extracting(n -> n.provider().name(), Neighbour::tracedCalls)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Origin A", 2), org.assertj.core.groups.Tuple.tuple("Origin C", 1));
        assertThat(analyses.upstreamOf(TinyNetwork.A)).extracting(n -> n.provider().name()).containsExactly("Caller X");
    }

    @Test
    void lastHopsPerTracebackAndPerCampaign() {
        assertThat(analyses.lastHops()).extracting(h -> h.provider().name())
                .containsExactly("Origin A", "Origin A", "Origin C", "Origin C", "Origin C");
        var byCampaign = analyses.lastHopsByCampaign();
        assertThat(byCampaign).extracting(Findings.CampaignLastHops::campaign).containsExactly("Alpha", "Beta");
        assertThat(byCampaign.get(1).lastHops()).singleElement()
                .satisfies(c -> assertThat(c.tracedCallIds()).containsExactly(103L, 104L, 105L));
    }

    @Test
    void nonResponsiveProvidersWithCountsAndDates() {
        assertThat(analyses.nonResponsive()).singleElement().satisfies(r -> {
            assertThat(r.provider().name()).isEqualTo("Origin C");
            assertThat(r.nonResponses().count()).isEqualTo(3);
            assertThat(r.nonResponses().first()).isEqualTo(Instant.parse("2024-03-10T10:00:00Z"));
            assertThat(r.nonResponses().last()).isEqualTo(Instant.parse("2024-05-10T10:00:00Z"));
            assertThat(r.nonResponses().tracedCallIds()).containsExactly(103L, 104L, 105L);
        });
    }

    @Test
    void providersNotInTheRmdAndWhoAcceptedTheirTraffic() {
        assertThat(analyses.notInRmd(false)).singleElement().satisfies(u -> {
            assertThat(u.provider().name()).isEqualTo("Origin C");
            assertThat(u.acceptedBy()).extracting(n -> n.provider().name()).containsExactly("Gateway B", "Terminator T", "Terminator U");
        });
        assertThat(analyses.notInRmd(true)).extracting(u -> u.provider().name()).contains("Terminator U");
    }

    @Test
    void boundedPathsAndDateOrderedPaths() {
        java.util.List<CallPath> paths = analyses.paths(TinyNetwork.X, TinyNetwork.T, 5, false, 10);
        assertThat(paths).singleElement().satisfies(p -> {
            assertThat(p.parties()).extracting(Provider::name).containsExactly("Caller X", "Origin A", "Gateway B", "Terminator T");
            assertThat(p.tracedCallIds()).containsExactlyInAnyOrder(101L, 102L, 103L);
            assertThat(p.wholePathCallIds()).containsExactlyInAnyOrder(101L, 102L);
        });
        assertThat(analyses.paths(TinyNetwork.X, TinyNetwork.T, 2, false, 10)).isEmpty();
        assertThat(analyses.paths(TinyNetwork.C, TinyNetwork.T, 3, true, 10)).extracting(CallPath::hops).containsExactly(1, 2);
        assertThat(analyses.paths(TinyNetwork.T, TinyNetwork.X, 5, false, 10)).isEmpty();
    }

    @Test
    void dateOrderedPathsNeedEachLinkUsedNoEarlierThanTheOneBefore() {
        // Calls 101/102 (Jan, Feb) go A->B; 103 (March) goes B->T: A->B->T is in date order.
        assertThat(analyses.paths(TinyNetwork.A, TinyNetwork.T, 3, true, 10)).hasSize(1);
        // C->B only in March, B->T last in March too (same call): still in order; C->U->? has no path to T.
        GraphFilter onlyEarly = GraphFilter.ALL.withDates(null, Instant.parse("2024-03-01T00:00:00Z"));
        GraphAnalyses early = new GraphAnalyses(CallGraph.build(data, onlyEarly));
        assertThat(early.paths(TinyNetwork.C, TinyNetwork.T, 3, true, 10)).isEmpty();
    }

    @Test
    void centralityAndClusters() {
        java.util.List<Centrality> scores = analyses.centrality();
        Centrality b = scores.stream().filter(c -> c.provider().id() == TinyNetwork.B).findFirst().orElseThrow();
        // B lies on the shortest paths X->T and A->T.
        assertThat(b.betweenness()).isGreaterThan(0).isEqualTo(scores.get(0).betweenness());
        assertThat(b.inDegree()).isEqualTo(2);
        assertThat(b.outDegree()).isEqualTo(1);
        assertThat(b.tracedCallsIn()).isEqualTo(3);
        assertThat(scores).allSatisfy(c -> assertThat(c.pageRank()).isBetween(0.0, 1.0));
        assertThat(analyses.components()).singleElement().satisfies(c -> assertThat(c.members()).hasSize(6));
        Map<Long, Integer> coreness = analyses.coreness();
        assertThat(coreness.get(TinyNetwork.B)).isEqualTo(2);
        assertThat(analyses.kCore(2)).singleElement().satisfies(c -> assertThat(c.members()).extracting(Provider::name)
                .containsExactlyInAnyOrder("Gateway B", "Origin C", "Terminator T"));
    }

    @Test
    void filtersChooseCallsAndParties() {
        assertThat(CallGraph.build(data, GraphFilter.ofCase(2L)).vertexCount()).isEqualTo(3);
        assertThat(CallGraph.build(data, GraphFilter.ALL.withCampaigns(Set.of("Alpha"))).vertexCount()).isEqualTo(4);
        CallGraph noCustomers = CallGraph.build(data, GraphFilter.ALL.withRoles(Set.of(), false));
        assertThat(noCustomers.contains(TinyNetwork.X)).isFalse();
        CallGraph gateways = CallGraph.build(data, GraphFilter.ALL.withRoles(Set.of(HopRole.GATEWAY), false));
        assertThat(gateways.parties()).extracting(Party::name).containsExactly("Gateway B");
        CallGraph unlisted = CallGraph.build(data, GraphFilter.ALL.withRmdStatuses(Set.of(RmdStatus.NOT_FILED)).withRoles(Set.of(), false));
        assertThat(unlisted.parties()).extracting(Party::name).containsExactly("Origin C");
    }

    @Test
    void viewGraphMergesCollapsedGroups() {
        ViewGraph view = ViewGraph.of(graph, graph.parties().stream().map(Party::id).toList(),
                Map.of("Origins", Set.of(TinyNetwork.A, TinyNetwork.C)));
        assertThat(view.size()).isEqualTo(5);
        int group = view.indexOf("g:Origins");
        assertThat(view.node(group).label()).isEqualTo("Origins (2)");
        assertThat(view.edges()).filteredOn(e -> e.from() == group && e.to() == view.indexOfParty(TinyNetwork.B))
                .singleElement().satisfies(e -> assertThat(e.tracedCallIds()).containsExactlyInAnyOrder(101L, 102L, 103L));
    }
}
