package org.tracebench.graph.export;

import java.io.Writer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.tracebench.graph.Party;
import org.tracebench.graph.ViewGraph;
import org.tracebench.graph.layout.Placement;

/**
 * Writes the drawn graph as GraphML (Gephi, yEd) or DOT (Graphviz) with jgrapht-io. Nodes carry their
 * label, kind, RMD status, response behaviour, traffic and position; edges their traced-call count,
 * campaigns, first and last call and the traced call ids.
 */
public final class NetworkWriter {

    private static final String[] NODE_STRINGS = {"label", "kind", "rmd_status", "rmd_number", "response", "members"};
    private static final String[] EDGE_STRINGS = {"campaigns", "first_call", "last_call", "traced_call_ids"};

    public void writeGraphMl(ViewGraph view, Placement placement, Writer out) {
        GraphMLExporter<Integer, Integer> exporter = new GraphMLExporter<>(v -> view.node(v).key());
        for (String name : NODE_STRINGS) {
            exporter.registerAttribute(name, AttributeCategory.NODE, AttributeType.STRING);
        }
        exporter.registerAttribute("traffic", AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("x", AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("y", AttributeCategory.NODE, AttributeType.DOUBLE);
        for (String name : EDGE_STRINGS) {
            exporter.registerAttribute(name, AttributeCategory.EDGE, AttributeType.STRING);
        }
        exporter.registerAttribute("calls", AttributeCategory.EDGE, AttributeType.INT);
        exporter.setVertexAttributeProvider(v -> nodeAttributes(view, placement, v));
        exporter.setEdgeAttributeProvider(e -> edgeAttributes(view.edges().get(e)));
        exporter.exportGraph(jgrapht(view), out);
    }

    public void writeDot(ViewGraph view, Placement placement, Writer out) {
        DOTExporter<Integer, Integer> exporter = new DOTExporter<>(v -> "n" + v);
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("rankdir", DefaultAttribute.createAttribute("LR"));
            return attributes;
        });
        exporter.setVertexAttributeProvider(v -> {
            Map<String, Attribute> attributes = nodeAttributes(view, placement, v);
            if (placement != null && placement.placed(v)) {
                // Graphviz reads pos in points, y up; neato -n keeps it.
                attributes.put("pos", DefaultAttribute.createAttribute(
                        String.format(java.util.Locale.ROOT, "%.1f,%.1f", placement.x(v), -placement.y(v))));
            }
            attributes.remove("x");
            attributes.remove("y");
            return attributes;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> attributes = edgeAttributes(view.edges().get(e));
            attributes.put("label", DefaultAttribute.createAttribute(String.valueOf(view.edges().get(e).calls())));
            return attributes;
        });
        exporter.exportGraph(jgrapht(view), out);
    }

    private static Graph<Integer, Integer> jgrapht(ViewGraph view) {
        Graph<Integer, Integer> graph = new DefaultDirectedGraph<>(null, null, false);
        for (int v = 0; v < view.size(); v++) {
            graph.addVertex(v);
        }
        for (int e = 0; e < view.edges().size(); e++) {
            graph.addEdge(view.edges().get(e).from(), view.edges().get(e).to(), e);
        }
        return graph;
    }

    private static Map<String, Attribute> nodeAttributes(ViewGraph view, Placement placement, int v) {
        ViewGraph.Node node = view.node(v);
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(node.label()));
        Party party = node.party();
        attributes.put("kind", DefaultAttribute.createAttribute(node.isGroup() ? "group"
                : party.isCustomer() ? "customer" : "provider"));
        if (party != null) {
            attributes.put("rmd_status", DefaultAttribute.createAttribute(party.provider().rmdStatus().name()));
            if (party.provider().rmdNumber() != null) {
                attributes.put("rmd_number", DefaultAttribute.createAttribute(party.provider().rmdNumber()));
            }
            attributes.put("response", DefaultAttribute.createAttribute(party.behaviour().name()));
        } else {
            attributes.put("members", DefaultAttribute.createAttribute(node.members().stream()
                    .map(id -> view.callGraph().party(id).name()).collect(Collectors.joining("; "))));
        }
        attributes.put("traffic", DefaultAttribute.createAttribute(node.traffic()));
        if (placement != null && placement.placed(v)) {
            attributes.put("x", DefaultAttribute.createAttribute(round(placement.x(v))));
            attributes.put("y", DefaultAttribute.createAttribute(round(placement.y(v))));
        }
        return attributes;
    }

    private static Map<String, Attribute> edgeAttributes(ViewGraph.Edge edge) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("calls", DefaultAttribute.createAttribute(edge.calls()));
        attributes.put("campaigns", DefaultAttribute.createAttribute(String.join("; ", edge.campaigns())));
        attributes.put("first_call", DefaultAttribute.createAttribute(text(edge.first())));
        attributes.put("last_call", DefaultAttribute.createAttribute(text(edge.last())));
        attributes.put("traced_call_ids", DefaultAttribute.createAttribute(edge.tracedCallIds().stream()
                .map(String::valueOf).collect(Collectors.joining(" "))));
        return attributes;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
