package org.tracebench.graph.export;

import java.util.Set;
import org.tracebench.graph.GraphStyle;
import org.tracebench.graph.ViewGraph;
import org.tracebench.graph.layout.Placement;

/**
 * A laid-out view ready to be drawn by an exporter: the graph, where its nodes are, how they look, and
 * which nodes and edges are highlighted (a path) or selected.
 */
public record GraphPicture(ViewGraph view, Placement placement, GraphStyle style, Set<Integer> selectedNodes,
                           Set<Integer> highlightedNodes, Set<Integer> highlightedEdges, String title) {

    public static final double MARGIN = 40;
    public static final double LABEL_ROOM = 180;

    public GraphPicture {
        selectedNodes = selectedNodes == null ? Set.of() : Set.copyOf(selectedNodes);
        highlightedNodes = highlightedNodes == null ? Set.of() : Set.copyOf(highlightedNodes);
        highlightedEdges = highlightedEdges == null ? Set.of() : Set.copyOf(highlightedEdges);
    }

    public static GraphPicture plain(ViewGraph view, Placement placement, GraphStyle style, String title) {
        return new GraphPicture(view, placement, style, Set.of(), Set.of(), Set.of(), title);
    }

    /** Labels longer than this are cut with an ellipsis in drawings (the full name stays in tooltips and data). */
    public static final int LABEL_CHARS = 30;

    public static String shortLabel(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1).strip() + "\u2026";
    }

    /** min x, min y, width, height of the drawing including margins and room for labels. */
    public double[] frame() {
        double[] b = placement.bounds();
        if (b == null) {
            return new double[] {0, 0, 200, 100};
        }
        return new double[] {b[0] - MARGIN - LABEL_ROOM / 2, b[1] - MARGIN - 30, b[2] - b[0] + 2 * MARGIN + LABEL_ROOM,
                b[3] - b[1] + 2 * MARGIN + 90};
    }
}
