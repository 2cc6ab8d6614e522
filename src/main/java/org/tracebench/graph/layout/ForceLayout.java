package org.tracebench.graph.layout;

import java.util.Random;

/**
 * Fruchterman-Reingold force-directed layout with Barnes-Hut repulsion (a quadtree, so each iteration
 * costs n log n instead of n squared). Pinned vertices do not move. When most vertices are already
 * placed (the graph grew), the new ones start beside their placed neighbours and the run starts cool,
 * so the drawing changes a little instead of jumping.
 */
public final class ForceLayout implements GraphLayout {

    public static final int DEFAULT_ITERATIONS = 100;
    public static final double DEFAULT_THETA = 0.5;

    private final int iterations;
    private final double theta;
    private final long seed;
    private final double spacing;

    public ForceLayout() {
        this(DEFAULT_ITERATIONS, DEFAULT_THETA, 42L, 60);
    }

    /**
     * @param spacing the ideal distance between linked vertices; the drawing area grows with the
     *                square root of the vertex count so density stays the same
     */
    public ForceLayout(int iterations, double theta, long seed, double spacing) {
        this.iterations = iterations;
        this.theta = theta;
        this.seed = seed;
        this.spacing = spacing;
    }

    /** The side of the square area used for n vertices. */
    public double sideFor(int n) {
        return spacing * Math.sqrt(Math.max(n, 1)) * 2;
    }

    @Override
    public void apply(LayoutGraph graph, Placement placement) {
        int n = graph.vertexCount();
        if (n == 0) {
            return;
        }
        placement.clearBends();
        double side = sideFor(n);
        Random random = new Random(seed);
        int placedBefore = placement.placedCount();
        boolean incremental = placedBefore >= n / 2 && placedBefore > 0;
        double[] x = new double[n];
        double[] y = new double[n];
        seedPositions(graph, placement, x, y, side, random);
        double k = side / Math.sqrt(n);
        double k2 = k * k;
        double theta2 = theta * theta;
        // Growing a laid-out graph: a short, cool run in which the vertices placed before barely move.
        double start = incremental ? k / 2 : side / 10;
        int rounds = incremental ? Math.max(20, iterations / 2) : iterations;
        boolean[] settled = new boolean[n];
        for (int v = 0; v < n; v++) {
            settled[v] = incremental && placement.placed(v);
        }
        double[] dx = new double[n];
        double[] dy = new double[n];
        double[] force = new double[2];
        QuadTree tree = new QuadTree();
        for (int iteration = 0; iteration < rounds; iteration++) {
            double temperature = start * (1.0 - (double) iteration / rounds);
            tree.build(x, y, n);
            for (int v = 0; v < n; v++) {
                force[0] = 0;
                force[1] = 0;
                tree.repulse(v, x[v], y[v], k2, theta2, force);
                dx[v] = force[0];
                dy[v] = force[1];
            }
            for (int e = 0; e < graph.edgeCount(); e++) {
                int a = graph.from(e);
                int b = graph.to(e);
                if (a == b) {
                    continue;
                }
                double ex = x[a] - x[b];
                double ey = y[a] - y[b];
                double d = Math.sqrt(ex * ex + ey * ey);
                if (d < 1e-9) {
                    continue;
                }
                // Attraction d^2/k along the edge, applied as (ex/d) * d^2/k = ex * d / k.
                double pull = d / k;
                dx[a] -= ex * pull;
                dy[a] -= ey * pull;
                dx[b] += ex * pull;
                dy[b] += ey * pull;
            }
            for (int v = 0; v < n; v++) {
                if (placement.pinned(v) && placement.placed(v)) {
                    continue;
                }
                double length = Math.sqrt(dx[v] * dx[v] + dy[v] * dy[v]);
                if (length > 1e-9) {
                    double limit = settled[v] ? temperature * 0.1 : temperature;
                    double step = Math.min(length, limit) / length;
                    x[v] += dx[v] * step;
                    y[v] += dy[v] * step;
                }
            }
        }
        for (int v = 0; v < n; v++) {
            if (!(placement.pinned(v) && placement.placed(v))) {
                placement.set(v, x[v], y[v]);
            }
        }
    }

    private static void seedPositions(LayoutGraph graph, Placement placement, double[] x, double[] y, double side,
                                      Random random) {
        int n = graph.vertexCount();
        int[][] adjacency = graph.adjacency();
        boolean[] known = new boolean[n];
        for (int v = 0; v < n; v++) {
            if (placement.placed(v)) {
                x[v] = placement.x(v);
                y[v] = placement.y(v);
                known[v] = true;
            }
        }
        for (int v = 0; v < n; v++) {
            if (known[v]) {
                continue;
            }
            double sx = 0;
            double sy = 0;
            int placedNeighbours = 0;
            for (int w : adjacency[v]) {
                if (known[w]) {
                    sx += x[w];
                    sy += y[w];
                    placedNeighbours++;
                }
            }
            if (placedNeighbours > 0) {
                double jitter = side / Math.sqrt(n) / 2;
                x[v] = sx / placedNeighbours + (random.nextDouble() - 0.5) * jitter;
                y[v] = sy / placedNeighbours + (random.nextDouble() - 0.5) * jitter;
            } else {
                x[v] = random.nextDouble() * side;
                y[v] = random.nextDouble() * side;
            }
        }
    }
}
