package org.tracebench.graph.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Vertices on one circle, ordered component by component and breadth-first inside each, so linked
 * vertices sit close together and chords stay short. Pinned vertices keep their places.
 */
public final class CircularLayout implements GraphLayout {

    private final double spacing;

    public CircularLayout() {
        this(50);
    }

    public CircularLayout(double spacing) {
        this.spacing = spacing;
    }

    @Override
    public void apply(LayoutGraph graph, Placement placement) {
        int n = graph.vertexCount();
        placement.clearBends();
        List<Integer> order = breadthFirstOrder(graph);
        double radius = Math.max(80, n * spacing / (2 * Math.PI));
        for (int i = 0; i < order.size(); i++) {
            int v = order.get(i);
            if (placement.pinned(v) && placement.placed(v)) {
                continue;
            }
            double angle = 2 * Math.PI * i / Math.max(n, 1) - Math.PI / 2;
            placement.set(v, radius + radius * Math.cos(angle), radius + radius * Math.sin(angle));
        }
    }

    static List<Integer> breadthFirstOrder(LayoutGraph graph) {
        int n = graph.vertexCount();
        int[][] adjacency = graph.adjacency();
        boolean[] seen = new boolean[n];
        List<Integer> order = new ArrayList<>(n);
        // Start each component at its best-connected vertex.
        Integer[] byDegree = new Integer[n];
        for (int v = 0; v < n; v++) {
            byDegree[v] = v;
        }
        java.util.Arrays.sort(byDegree, (a, b) -> adjacency[b].length - adjacency[a].length);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start : byDegree) {
            if (seen[start]) {
                continue;
            }
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                order.add(v);
                for (int w : adjacency[v]) {
                    if (!seen[w]) {
                        seen[w] = true;
                        queue.add(w);
                    }
                }
            }
        }
        return order;
    }
}
