package org.tracebench.graph.layout;

/**
 * A graph reduced to what layouts need: vertices 0..n-1 and directed edges as index pairs. Kept
 * free of JGraphT and of the domain so layouts run on plain arrays (they are the hot loops).
 */
public final class LayoutGraph {

    private final int vertices;
    private final int[] from;
    private final int[] to;
    private int[][] adjacency;

    public LayoutGraph(int vertices, int[] from, int[] to) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("from and to differ in length");
        }
        for (int i = 0; i < from.length; i++) {
            if (from[i] < 0 || from[i] >= vertices || to[i] < 0 || to[i] >= vertices) {
                throw new IllegalArgumentException("edge " + i + " names a vertex outside 0.." + (vertices - 1));
            }
        }
        this.vertices = vertices;
        this.from = from.clone();
        this.to = to.clone();
    }

    public int vertexCount() {
        return vertices;
    }

    public int edgeCount() {
        return from.length;
    }

    public int from(int edge) {
        return from[edge];
    }

    public int to(int edge) {
        return to[edge];
    }

    /** Neighbours of each vertex in either direction (computed once). */
    public int[][] adjacency() {
        if (adjacency == null) {
            int[] degree = new int[vertices];
            for (int e = 0; e < from.length; e++) {
                degree[from[e]]++;
                degree[to[e]]++;
            }
            int[][] result = new int[vertices][];
            for (int v = 0; v < vertices; v++) {
                result[v] = new int[degree[v]];
            }
            int[] fill = new int[vertices];
            for (int e = 0; e < from.length; e++) {
                result[from[e]][fill[from[e]]++] = to[e];
                result[to[e]][fill[to[e]]++] = from[e];
            }
            adjacency = result;
        }
        return adjacency;
    }
}
