package org.tracebench.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.AsWeightedGraph;
import org.tracebench.graph.Findings.CallPath;
import org.tracebench.graph.Findings.CampaignLastHops;
import org.tracebench.graph.Findings.Centrality;
import org.tracebench.graph.Findings.Cluster;
import org.tracebench.graph.Findings.LastHop;
import org.tracebench.graph.Findings.NonResponder;
import org.tracebench.graph.Findings.PartyCount;
import org.tracebench.graph.Findings.UnlistedProvider;
import org.tracebench.model.Hop;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.RmdStatus;
import org.tracebench.model.TracedCall;

/** The investigators' questions, answered on one {@link CallGraph}. */
public final class GraphAnalyses {

    /** Paths longer than this many links are not searched: the number of paths grows too fast. */
    public static final int MAX_PATH_HOPS = 12;

    private final CallGraph graph;

    public GraphAnalyses(CallGraph graph) {
        this.graph = graph;
    }

    /** Parties that accepted calls directly from the given one, most calls first. */
    public List<Neighbour> downstreamOf(long id) {
        return neighbours(graph.outgoing(id), true);
    }

    /** Parties that handed calls directly to the given one (customers included), most calls first. */
    public List<Neighbour> upstreamOf(long id) {
        return neighbours(graph.incoming(id), false);
    }

    private List<Neighbour> neighbours(Set<Link> links, boolean downstream) {
        List<Neighbour> result = new ArrayList<>();
        for (Link link : links) {
            Party other = graph.party(downstream ? link.to() : link.from());
            result.add(new Neighbour(other.provider(), link.calls(), link.campaigns(), link.first(), link.last(),
                    link.tracedCallIds()));
        }
        result.sort(Comparator.comparing((Neighbour n) -> -n.tracedCalls()).thenComparing(n -> n.provider().name()));
        return result;
    }

    /** The last traceable hop of each traced call in the graph, in call order. */
    public List<LastHop> lastHops() {
        List<LastHop> result = new ArrayList<>();
        for (TracedCall call : callsInGraph()) {
            List<Hop> hops = graph.data().hopsOf(call.id());
            if (hops.isEmpty()) {
                continue;
            }
            Hop top = hops.get(hops.size() - 1);
            Party party = graph.party(top.providerId());
            if (party != null) {
                result.add(new LastHop(call.id(), call.tracebackId(), call.campaign(), call.callTimeUtc(),
                        party.provider(), top.response()));
            }
        }
        return result;
    }

    /** For each campaign, which parties were the last traceable hop and for how many calls. */
    public List<CampaignLastHops> lastHopsByCampaign() {
        Map<String, Map<Long, List<Long>>> byCampaign = new java.util.TreeMap<>();
        for (LastHop hop : lastHops()) {
            String campaign = hop.campaign() == null ? "(no campaign)" : hop.campaign();
            byCampaign.computeIfAbsent(campaign, k -> new LinkedHashMap<>())
                    .computeIfAbsent(hop.provider().id(), k -> new ArrayList<>()).add(hop.tracedCallId());
        }
        List<CampaignLastHops> result = new ArrayList<>();
        byCampaign.forEach((campaign, counts) -> result.add(new CampaignLastHops(campaign, counted(counts))));
        return result;
    }

    private List<PartyCount> counted(Map<Long, List<Long>> callsByParty) {
        List<PartyCount> counts = new ArrayList<>();
        callsByParty.forEach((id, calls) -> counts.add(new PartyCount(graph.party(id).provider(), calls.size(), calls)));
        counts.sort(Comparator.comparing((PartyCount c) -> -c.tracedCalls()).thenComparing(c -> c.provider().name()));
        return counts;
    }

    /** Providers that left traceback requests unanswered, most first, with counts and date ranges. */
    public List<NonResponder> nonResponsive() {
        Map<Long, List<TracedCall>> silent = new LinkedHashMap<>();
        for (TracedCall call : callsInGraph()) {
            for (Hop hop : graph.data().hopsOf(call.id())) {
                if (hop.response() == ResponseStatus.NO_RESPONSE && graph.contains(hop.providerId())) {
                    silent.computeIfAbsent(hop.providerId(), k -> new ArrayList<>()).add(call);
                }
            }
        }
        List<NonResponder> result = new ArrayList<>();
        silent.forEach((id, calls) -> result.add(new NonResponder(graph.party(id).provider(), nonResponses(calls))));
        result.sort(Comparator.comparing((NonResponder r) -> -r.nonResponses().count())
                .thenComparing(r -> r.provider().name()));
        return result;
    }

    /** The non-responses of one party in this graph. */
    public NonResponses nonResponsesOf(long id) {
        return nonResponsive().stream().filter(r -> r.provider().id() == id).map(NonResponder::nonResponses)
                .findFirst().orElse(new NonResponses(0, null, null, Set.of(), List.of()));
    }

    static NonResponses nonResponses(List<TracedCall> calls) {
        List<TracedCall> distinct = calls.stream().distinct().toList();
        return new NonResponses(distinct.size(),
                distinct.stream().map(TracedCall::callTimeUtc).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null),
                distinct.stream().map(TracedCall::callTimeUtc).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null),
                distinct.stream().map(TracedCall::campaign).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)),
                distinct.stream().map(TracedCall::id).toList());
    }

    /**
     * Providers not listed in the RMD (not filed or removed; with {@code includeUnknown} also those whose
     * status we do not know) and everyone who accepted traffic directly from them.
     */
    public List<UnlistedProvider> notInRmd(boolean includeUnknown) {
        List<UnlistedProvider> result = new ArrayList<>();
        for (Party party : graph.parties()) {
            RmdStatus status = party.provider().rmdStatus();
            boolean unlisted = status == RmdStatus.NOT_FILED || status == RmdStatus.REMOVED
                    || (includeUnknown && status == RmdStatus.UNKNOWN);
            if (!party.isCustomer() && unlisted) {
                result.add(new UnlistedProvider(party.provider(), downstreamOf(party.id()),
                        List.copyOf(party.tracedCallIds())));
            }
        }
        result.sort(Comparator.comparing(u -> u.provider().name()));
        return result;
    }

    /**
     * Paths from one party to another along the direction calls travelled, at most {@code maxHops} links
     * (capped at {@link #MAX_PATH_HOPS}) and at most {@code limit} paths, shortest first. With
     * {@code dateOrdered} only paths whose links can be taken in time order are kept: each link has a
     * traced call on or after one taken on the link before it.
     */
    public List<CallPath> paths(long from, long to, int maxHops, boolean dateOrdered, int limit) {
        if (!graph.contains(from) || !graph.contains(to) || from == to) {
            return List.of();
        }
        int bound = Math.max(1, Math.min(maxHops, MAX_PATH_HOPS));
        List<GraphPath<Long, Link>> found = new AllDirectedPaths<>(graph.jgrapht())
                .getAllPaths(Set.of(from), Set.of(to), true, bound);
        List<CallPath> result = new ArrayList<>();
        for (GraphPath<Long, Link> path : found) {
            if (dateOrdered && !inTimeOrder(path.getEdgeList())) {
                continue;
            }
            result.add(toCallPath(path));
        }
        result.sort(Comparator.comparingInt(CallPath::hops)
                .thenComparing(p -> p.first() == null ? Instant.MAX : p.first()));
        return result.size() > limit ? List.copyOf(result.subList(0, limit)) : result;
    }

    private static boolean inTimeOrder(List<Link> links) {
        Instant at = null;
        for (Link link : links) {
            at = link.earliestNotBefore(at);
            if (at == null) {
                return false;
            }
        }
        return true;
    }

    private CallPath toCallPath(GraphPath<Long, Link> path) {
        List<Provider> parties = path.getVertexList().stream().map(id -> graph.party(id).provider()).toList();
        Set<Long> calls = new LinkedHashSet<>();
        Set<Long> whole = null;
        Instant first = null;
        Instant last = null;
        for (Link link : path.getEdgeList()) {
            calls.addAll(link.tracedCallIds());
            if (whole == null) {
                whole = new LinkedHashSet<>(link.tracedCallIds());
            } else {
                whole.retainAll(link.tracedCallIds());
            }
            first = link.first() != null && (first == null || link.first().isBefore(first)) ? link.first() : first;
            last = link.last() != null && (last == null || link.last().isAfter(last)) ? link.last() : last;
        }
        return new CallPath(parties, path.getEdgeList(), List.copyOf(calls), whole == null ? List.of() : List.copyOf(whole),
                first, last);
    }

    /** Degree, betweenness and PageRank (weighted by traced calls) of every party, highest betweenness first. */
    public List<Centrality> centrality() {
        Graph<Long, Link> g = graph.jgrapht();
        Map<Long, Double> betweenness = new BetweennessCentrality<>(g, true).getScores();
        Map<Long, Double> pageRank = g.vertexSet().isEmpty() ? Map.of()
                : new PageRank<>(new AsWeightedGraph<>(g, link -> (double) link.calls(), false, false)).getScores();
        List<Centrality> result = new ArrayList<>();
        for (Party party : graph.parties()) {
            long id = party.id();
            result.add(new Centrality(party.provider(), g.inDegreeOf(id), g.outDegreeOf(id),
                    g.incomingEdgesOf(id).stream().mapToInt(Link::calls).sum(),
                    g.outgoingEdgesOf(id).stream().mapToInt(Link::calls).sum(),
                    betweenness.getOrDefault(id, 0.0), pageRank.getOrDefault(id, 0.0),
                    List.copyOf(party.tracedCallIds())));
        }
        result.sort(Comparator.comparing((Centrality c) -> -c.betweenness()).thenComparing(c -> -c.pageRank())
                .thenComparing(c -> c.provider().name()));
        return result;
    }

    /** Weakly connected components, largest first. */
    public List<Cluster> components() {
        return clustersOf(graph.jgrapht());
    }

    /** The k-core (every member linked to at least k others in it), split into its components. */
    public List<Cluster> kCore(int k) {
        Map<Long, Integer> coreness = new Coreness<>(new AsUndirectedGraph<>(graph.jgrapht())).getScores();
        Set<Long> members = coreness.entrySet().stream().filter(e -> e.getValue() >= k).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return clustersOf(new AsSubgraph<>(graph.jgrapht(), members));
    }

    /** The coreness of every party: the largest k for which it is in the k-core. */
    public Map<Long, Integer> coreness() {
        return new HashMap<>(new Coreness<>(new AsUndirectedGraph<>(graph.jgrapht())).getScores());
    }

    private List<Cluster> clustersOf(Graph<Long, Link> g) {
        List<Set<Long>> sets = new ArrayList<>(new ConnectivityInspector<>(g).connectedSets());
        sets.sort(Comparator.comparing((Set<Long> s) -> -s.size()));
        List<Cluster> result = new ArrayList<>();
        int number = 1;
        for (Set<Long> set : sets) {
            Set<String> campaigns = new TreeSet<>();
            Set<Long> calls = new LinkedHashSet<>();
            for (Long id : set) {
                for (Link link : g.outgoingEdgesOf(id)) {
                    campaigns.addAll(link.campaigns());
                    calls.addAll(link.tracedCallIds());
                }
            }
            List<Provider> members = set.stream().map(id -> graph.party(id).provider())
                    .sorted(Comparator.comparing(Provider::name)).toList();
            result.add(new Cluster(number++, members, campaigns, List.copyOf(calls)));
        }
        return result;
    }

    private List<TracedCall> callsInGraph() {
        return graph.data().calls().stream()
                .filter(c -> graph.filter().acceptsCall(c.caseId(), c.campaign(), c.callTimeUtc())).toList();
    }
}
