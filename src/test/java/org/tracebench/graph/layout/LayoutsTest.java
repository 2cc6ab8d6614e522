package org.tracebench.graph.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LayoutsTest {

    private static LayoutGraph graph(int n, int... pairs) {
        int[] from = new int[pairs.length / 2];
        int[] to = new int[pairs.length / 2];
        for (int i = 0; i < from.length; i++) {
            from[i] = pairs[2 * i];
            to[i] = pairs[2 * i + 1];
        }
        return new LayoutGraph(n, from, to);
    }

    @Test
    void layeredRunsLeftToRightAlongTheEdges() {
        // 0 and 1 (callers) -> 2 (originator) -> 3 -> 4 (terminator)
        LayoutGraph g = graph(5, 0, 2, 1, 2, 2, 3, 3, 4);
        Placement p = new Placement(5);
        new LayeredLayout().apply(g, p);
        assertThat(p.x(0)).isEqualTo(p.x(1)).isLessThan(p.x(2));
        assertThat(p.x(2)).isLessThan(p.x(3));
        assertThat(p.x(3)).isLessThan(p.x(4));
        assertThat(p.y(0)).isNotEqualTo(p.y(1));
        assertThat(Crossings.count(g, p)).isZero();
    }

    @Test
    void layeredBreaksCyclesAndRoutesLongEdgesThroughBends() {
        // A cycle 0 -> 1 -> 2 -> 0 and a long edge 0 -> 3 past the chain 0 -> 1 -> 2 -> 3.
        LayoutGraph g = graph(4, 0, 1, 1, 2, 2, 0, 2, 3, 0, 3);
        Placement p = new Placement(4);
        new LayeredLayout().apply(g, p);
        for (int v = 0; v < 4; v++) {
            assertThat(p.placed(v)).isTrue();
        }
        assertThat(p.x(0)).isLessThan(p.x(1));
        assertThat(p.x(1)).isLessThan(p.x(2));
        assertThat(p.bends(4)).hasSize(4); // 0 -> 3 spans three layers: two dummies
        assertThat(p.bends(0)).isEmpty();
    }

    @Test
    void layeredReducesCrossingsOfATwoLayerGraph() {
        // Edges 0->5, 1->4, 2->3 cross pairwise in the given order; barycentre sweeps remove all of them.
        LayoutGraph g = graph(6, 0, 5, 1, 4, 2, 3);
        Placement p = new Placement(6);
        new LayeredLayout().apply(g, p);
        assertThat(Crossings.count(g, p)).isZero();
    }

    @Test
    void isotonicPlacementKeepsOrderAndGap() {
        double[] placed = LayeredLayout.isotonic(new double[] {10, 0, 5}, new double[] {1, 1, 1}, 10);
        assertThat(placed[1] - placed[0]).isGreaterThanOrEqualTo(10 - 1e-9);
        assertThat(placed[2] - placed[1]).isGreaterThanOrEqualTo(10 - 1e-9);
    }

    @Test
    void forceLayoutKeepsPinnedNodesAndGrowsIncrementally() {
        LayoutGraph g = randomGraph(200, 400, 7);
        Placement p = new Placement(200);
        p.set(0, 1234, 567);
        p.pin(0, true);
        new ForceLayout().apply(g, p);
        assertThat(p.x(0)).isEqualTo(1234);
        assertThat(p.y(0)).isEqualTo(567);
        for (int v = 0; v < 200; v++) {
            assertThat(Double.isFinite(p.x(v)) && Double.isFinite(p.y(v))).isTrue();
        }
        // Add one vertex linked to vertex 5: the others move only a little.
        int[] from = new int[g.edgeCount() + 1];
        int[] to = new int[g.edgeCount() + 1];
        for (int e = 0; e < g.edgeCount(); e++) {
            from[e] = g.from(e);
            to[e] = g.to(e);
        }
        from[g.edgeCount()] = 200;
        to[g.edgeCount()] = 5;
        LayoutGraph grown = new LayoutGraph(201, from, to);
        Placement next = new Placement(201);
        for (int v = 0; v < 200; v++) {
            next.set(v, p.x(v), p.y(v));
            next.pin(v, p.pinned(v));
        }
        new ForceLayout().apply(grown, next);
        double side = new ForceLayout().sideFor(201);
        double moved = 0;
        for (int v = 0; v < 200; v++) {
            moved += Math.hypot(next.x(v) - p.x(v), next.y(v) - p.y(v));
        }
        assertThat(moved / 200).as("average movement").isLessThan(side / 10);
        double meanToFive = 0;
        for (int v = 0; v < 200; v++) {
            meanToFive += Math.hypot(next.x(v) - next.x(5), next.y(v) - next.y(5)) / 200;
        }
        assertThat(Math.hypot(next.x(200) - next.x(5), next.y(200) - next.y(5))).as("new vertex near its neighbour")
                .isLessThan(meanToFive);
    }

    @Test
    void forceLayoutSeparatesCoincidentNodes() {
        LayoutGraph g = graph(3);
        Placement p = new Placement(3);
        for (int v = 0; v < 3; v++) {
            p.set(v, 10, 10);
        }
        new ForceLayout(50, 0.5, 1, 60).apply(g, p);
        assertThat(Math.hypot(p.x(0) - p.x(1), p.y(0) - p.y(1))).isGreaterThan(1);
    }

    @Test
    void circularPutsEveryUnpinnedNodeOnOneCircle() {
        LayoutGraph g = randomGraph(30, 40, 3);
        Placement p = new Placement(30);
        new CircularLayout().apply(g, p);
        double[] b = p.bounds();
        double cx = (b[0] + b[2]) / 2;
        double cy = (b[1] + b[3]) / 2;
        double r = Math.hypot(p.x(0) - cx, p.y(0) - cy);
        for (int v = 0; v < 30; v++) {
            assertThat(Math.hypot(p.x(v) - cx, p.y(v) - cy)).isCloseTo(r, org.assertj.core.data.Offset.offset(r * 0.02));
        }
    }

    @Test
    void crossingsCountsEachProperCrossingOnce() {
        // Two crossing diagonals of a square and one edge sharing an end with a diagonal.
        LayoutGraph g = graph(4, 0, 2, 1, 3, 0, 1);
        Placement p = new Placement(4);
        p.set(0, 0, 0);
        p.set(1, 100, 0);
        p.set(2, 100, 100);
        p.set(3, 0, 100);
        assertThat(Crossings.count(g, p)).isEqualTo(1);
        LayoutGraph many = randomGraph(60, 150, 11);
        Placement random = new Placement(60);
        new CircularLayout().apply(many, random);
        assertThat(Crossings.count(many, random)).isEqualTo(bruteForce(many, random));
    }

    @Test
    void unknownLayoutNamesAreRejected() {
        assertThat(GraphLayout.named("Layered")).isInstanceOf(LayeredLayout.class);
        assertThatThrownBy(() -> GraphLayout.named("spiral")).hasMessageContaining("layered, force or circular");
    }

    static long bruteForce(LayoutGraph g, Placement p) {
        long count = 0;
        for (int a = 0; a < g.edgeCount(); a++) {
            for (int b = a + 1; b < g.edgeCount(); b++) {
                int a1 = g.from(a);
                int a2 = g.to(a);
                int b1 = g.from(b);
                int b2 = g.to(b);
                if (a1 == b1 || a1 == b2 || a2 == b1 || a2 == b2) {
                    continue;
                }
                if (Crossings.intersection(p.x(a1), p.y(a1), p.x(a2), p.y(a2), p.x(b1), p.y(b1), p.x(b2), p.y(b2)) != null) {
                    count++;
                }
            }
        }
        return count;
    }

    static LayoutGraph randomGraph(int n, int m, long seed) {
        Random random = new Random(seed);
        int[] from = new int[m];
        int[] to = new int[m];
        for (int e = 0; e < m; e++) {
            from[e] = random.nextInt(n);
            do {
                to[e] = random.nextInt(n);
            } while (to[e] == from[e]);
        }
        return new LayoutGraph(n, from, to);
    }
}
