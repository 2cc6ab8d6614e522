package org.tracebench.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tracebench.graph.layout.LayoutGraph;

/**
 * What is drawn: the visible parties of a {@link CallGraph}, with collapsed groups shown as one node,
 * and the links between them merged accordingly. Nodes and edges are numbered for layouts and drawing.
 */
public final class ViewGraph {

    /** A drawn node: one party, or a collapsed group of parties. */
    public record Node(String key, String label, List<Long> members, Party party, int traffic) {
        public boolean isGroup() {
            return party == null;
        }
    }

    /** A drawn edge with the traced calls behind it. */
    public record Edge(int from, int to, int calls, List<Long> tracedCallIds, SortedSet<String> campaigns,
                       Instant first, Instant last) {
    }

    private final CallGraph graph;
    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Map<String, Integer> indexByKey;
    private final Map<Long, Integer> indexByParty;

    private ViewGraph(CallGraph graph, List<Node> nodes, List<Edge> edges, Map<Long, Integer> indexByParty) {
        this.graph = graph;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.indexByParty = indexByParty;
        this.indexByKey = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            indexByKey.put(nodes.get(i).key(), i);
        }
    }

    /** Every party of the graph, none grouped. */
    public static ViewGraph of(CallGraph graph) {
        return of(graph, graph.parties().stream().map(Party::id).toList(), Map.of());
    }

    /**
     * @param visible party ids to show (ids not in the graph are ignored)
     * @param groups  collapsed groups by name; a group is shown when any member is visible
     */
    public static ViewGraph of(CallGraph graph, Collection<Long> visible, Map<String, Set<Long>> groups) {
        Map<Long, String> groupOf = new HashMap<>();
        groups.forEach((name, members) -> members.forEach(id -> groupOf.put(id, name)));
        List<Node> nodes = new ArrayList<>();
        Map<Long, Integer> indexByParty = new HashMap<>();
        Map<String, List<Long>> groupMembers = new LinkedHashMap<>();
        for (Long id : new LinkedHashSet<>(visible)) {
            Party party = graph.party(id);
            if (party == null) {
                continue;
            }
            String group = groupOf.get(id);
            if (group != null) {
                groupMembers.computeIfAbsent(group, k -> new ArrayList<>()).add(id);
            } else {
                indexByParty.put(id, nodes.size());
                nodes.add(new Node("p:" + id, party.name(), List.of(id), party, party.traffic()));
            }
        }
        groupMembers.forEach((name, members) -> {
            Set<Long> calls = new LinkedHashSet<>();
            for (Long id : members) {
                indexByParty.put(id, nodes.size());
                calls.addAll(graph.party(id).tracedCallIds());
            }
            nodes.add(new Node("g:" + name, name + " (" + members.size() + ")", List.copyOf(members), null, calls.size()));
        });
        Map<Long, EdgeBuilder> merged = new LinkedHashMap<>();
        for (Link link : graph.links()) {
            Integer from = indexByParty.get(link.from());
            Integer to = indexByParty.get(link.to());
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            merged.computeIfAbsent(((long) from << 32) | to, k -> new EdgeBuilder(from, to)).add(link);
        }
        List<Edge> edges = merged.values().stream().map(EdgeBuilder::build).toList();
        return new ViewGraph(graph, nodes, edges, indexByParty);
    }

    private static final class EdgeBuilder {
        final int from;
        final int to;
        final Set<Long> calls = new LinkedHashSet<>();
        final SortedSet<String> campaigns = new TreeSet<>();
        Instant first;
        Instant last;

        EdgeBuilder(int from, int to) {
            this.from = from;
            this.to = to;
        }

        void add(Link link) {
            calls.addAll(link.tracedCallIds());
            campaigns.addAll(link.campaigns());
            if (link.first() != null && (first == null || link.first().isBefore(first))) {
                first = link.first();
            }
            if (link.last() != null && (last == null || link.last().isAfter(last))) {
                last = link.last();
            }
        }

        Edge build() {
            return new Edge(from, to, calls.size(), List.copyOf(calls), Collections.unmodifiableSortedSet(campaigns),
                    first, last);
        }
    }

    public CallGraph callGraph() {
        return graph;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public int size() {
        return nodes.size();
    }

    public Node node(int index) {
        return nodes.get(index);
    }

    public int indexOf(String key) {
        return indexByKey.getOrDefault(key, -1);
    }

    /** The node showing the given party (itself or its group), or -1. */
    public int indexOfParty(long id) {
        return indexByParty.getOrDefault(id, -1);
    }

    public LayoutGraph layoutGraph() {
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            from[i] = edges.get(i).from();
            to[i] = edges.get(i).to();
        }
        return new LayoutGraph(nodes.size(), from, to);
    }
}
