package org.tracebench.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.tracebench.model.Hop;
import org.tracebench.model.NameKey;
import org.tracebench.model.Provider;
import org.tracebench.model.TracedCall;

/**
 * The call-path graph: parties (providers and their customers) as vertices, keyed by party id, and
 * "handed calls to" as directed edges ({@link Link}) from upstream to downstream. Customers sit upstream
 * of the highest hop of each call that names them. Built from a {@link CallData} read through a
 * {@link GraphFilter}; immutable once built.
 */
public final class CallGraph {

    private final Graph<Long, Link> graph;
    private final Map<Long, Party> parties;
    private final CallData data;
    private final GraphFilter filter;

    private CallGraph(Graph<Long, Link> graph, Map<Long, Party> parties, CallData data, GraphFilter filter) {
        this.graph = graph;
        this.parties = parties;
        this.data = data;
        this.filter = filter;
    }

    public static CallGraph build(CallData data, GraphFilter filter) {
        Graph<Long, Link> graph = GraphTypeBuilder.<Long, Link>directed().allowingMultipleEdges(false)
                .allowingSelfLoops(false).weighted(false).buildGraph();
        Map<Long, Party> parties = new LinkedHashMap<>();
        for (TracedCall call : data.calls()) {
            if (!filter.acceptsCall(call.caseId(), call.campaign(), call.callTimeUtc())) {
                continue;
            }
            List<Hop> hops = data.hopsOf(call.id());
            Long previous = null;
            for (Hop hop : hops) {
                Party party = party(data, parties, graph, hop.providerId());
                if (party == null) {
                    continue;
                }
                party.addCall(call.id(), call.caseId(), call.callTimeUtc());
                party.addHop(hop.role(), hop.response());
                // Hops run terminating first; the hop above hands its calls to the one below.
                if (previous != null && previous != hop.providerId()) {
                    link(graph, hop.providerId(), previous).add(call.id(), call.campaign(), call.callTimeUtc());
                }
                previous = hop.providerId();
            }
            if (previous != null && parties.containsKey(previous)) {
                parties.get(previous).addLastHop(call.id());
                for (Long customerId : data.customersOf(call.id())) {
                    Party customer = party(data, parties, graph, customerId);
                    if (customer != null && customerId.longValue() != previous.longValue()) {
                        customer.addCall(call.id(), call.caseId(), call.callTimeUtc());
                        link(graph, customerId, previous).add(call.id(), call.campaign(), call.callTimeUtc());
                    }
                }
            }
        }
        for (Party party : List.copyOf(parties.values())) {
            if (!keeps(filter, party)) {
                parties.remove(party.id());
                graph.removeVertex(party.id());
            }
        }
        return new CallGraph(graph, parties, data, filter);
    }

    private static boolean keeps(GraphFilter filter, Party party) {
        if (party.isCustomer()) {
            return filter.includeCustomers();
        }
        if (!filter.roles().isEmpty() && filter.roles().stream().noneMatch(party.roles()::containsKey)) {
            return false;
        }
        if (!filter.responses().isEmpty() && filter.responses().stream().noneMatch(party.responses()::containsKey)) {
            return false;
        }
        return filter.rmdStatuses().isEmpty() || filter.rmdStatuses().contains(party.provider().rmdStatus());
    }

    private static Party party(CallData data, Map<Long, Party> parties, Graph<Long, Link> graph, long id) {
        Party party = parties.get(id);
        if (party == null) {
            Provider provider = data.provider(id);
            if (provider == null) {
                return null;
            }
            party = new Party(provider);
            parties.put(id, party);
            graph.addVertex(id);
        }
        return party;
    }

    private static Link link(Graph<Long, Link> graph, long from, long to) {
        Link link = graph.getEdge(from, to);
        if (link == null) {
            link = new Link(from, to);
            graph.addEdge(from, to, link);
        }
        return link;
    }

    /** The JGraphT graph itself, read-only by convention: vertices are party ids. */
    public Graph<Long, Link> jgrapht() {
        return graph;
    }

    public CallData data() {
        return data;
    }

    public GraphFilter filter() {
        return filter;
    }

    public Collection<Party> parties() {
        return parties.values();
    }

    public Party party(long id) {
        return parties.get(id);
    }

    public boolean contains(long id) {
        return parties.containsKey(id);
    }

    public Set<Link> links() {
        return graph.edgeSet();
    }

    public int vertexCount() {
        return parties.size();
    }

    public int linkCount() {
        return graph.edgeSet().size();
    }

    public Set<Link> outgoing(long id) {
        return contains(id) ? graph.outgoingEdgesOf(id) : Set.of();
    }

    public Set<Link> incoming(long id) {
        return contains(id) ? graph.incomingEdgesOf(id) : Set.of();
    }

    /** The party whose name or alias matches (same name key), or whose name contains the text. */
    public Optional<Party> find(String name) {
        String key = NameKey.of(name);
        Optional<Party> exact = parties.values().stream()
                .filter(p -> NameKey.of(p.name()).equals(key)
                        || p.provider().aliases().stream().anyMatch(a -> NameKey.of(a).equals(key)))
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return parties.values().stream().filter(p -> p.name().toLowerCase(java.util.Locale.ROOT).contains(lower))
                .min(Comparator.comparing(Party::name));
    }

    /** Party ids within {@code depth} links of the given ones, in either direction. */
    public Set<Long> neighbourhood(Collection<Long> start, int depth) {
        Set<Long> seen = new HashSet<>();
        List<Long> frontier = new ArrayList<>();
        for (Long id : start) {
            if (contains(id) && seen.add(id)) {
                frontier.add(id);
            }
        }
        for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
            List<Long> next = new ArrayList<>();
            for (Long id : frontier) {
                for (Link link : graph.edgesOf(id)) {
                    long other = link.from() == id ? link.to() : link.from();
                    if (seen.add(other)) {
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }

    /** A plain JGraphT copy restricted to the given vertices (for exports and layouts of a view). */
    public Graph<Long, Link> inducedBy(Collection<Long> ids) {
        Graph<Long, Link> copy = new DefaultDirectedGraph<>(null, null, false);
        Set<Long> keep = new HashSet<>(ids);
        for (Long id : ids) {
            if (contains(id)) {
                copy.addVertex(id);
            }
        }
        for (Link link : graph.edgeSet()) {
            if (keep.contains(link.from()) && keep.contains(link.to())) {
                copy.addEdge(link.from(), link.to(), link);
            }
        }
        return copy;
    }
}
