package org.tracebench.graph.layout;

/**
 * Counts pairs of straight edges that cross in a drawing. Edges are walked through a uniform grid
 * (Amanatides-Woo traversal), pairs are tested only inside shared cells, and a crossing is counted only
 * in the cell that contains it, so each is counted once. Edges sharing an end vertex never count.
 */
public final class Crossings {

    private Crossings() {
    }

    public static long count(LayoutGraph graph, Placement placement) {
        int m = graph.edgeCount();
        double[] bounds = placement.bounds();
        if (m < 2 || bounds == null) {
            return 0;
        }
        int grid = Math.max(1, Math.min(512, (int) Math.sqrt(m) * 2));
        double minX = bounds[0];
        double minY = bounds[1];
        double cellW = Math.max((bounds[2] - minX) / grid, 1e-9) * 1.000001;
        double cellH = Math.max((bounds[3] - minY) / grid, 1e-9) * 1.000001;
        int[] counts = new int[grid * grid + 1];
        for (int pass = 0; pass < 2; pass++) {
            int[] fill = pass == 0 ? null : new int[grid * grid];
            int[] members = pass == 0 ? null : new int[counts[grid * grid]];
            for (int e = 0; e < m; e++) {
                int edge = e;
                int[] finalFill = fill;
                int[] finalMembers = members;
                walk(placement, graph.from(e), graph.to(e), minX, minY, cellW, cellH, grid, cell -> {
                    if (finalFill == null) {
                        counts[cell + 1]++;
                    } else {
                        finalMembers[counts[cell] + finalFill[cell]++] = edge;
                    }
                });
            }
            if (pass == 0) {
                for (int c = 0; c < grid * grid; c++) {
                    counts[c + 1] += counts[c];
                }
            } else {
                return countPairs(graph, placement, counts, members, grid, minX, minY, cellW, cellH);
            }
        }
        return 0;
    }

    private static long countPairs(LayoutGraph graph, Placement p, int[] start, int[] members, int grid, double minX,
                                   double minY, double cellW, double cellH) {
        long total = 0;
        for (int cell = 0; cell < grid * grid; cell++) {
            int cx = cell % grid;
            int cy = cell / grid;
            for (int i = start[cell]; i < start[cell + 1]; i++) {
                int a = members[i];
                int a1 = graph.from(a);
                int a2 = graph.to(a);
                for (int j = i + 1; j < start[cell + 1]; j++) {
                    int b = members[j];
                    int b1 = graph.from(b);
                    int b2 = graph.to(b);
                    if (a1 == b1 || a1 == b2 || a2 == b1 || a2 == b2) {
                        continue;
                    }
                    double[] at = intersection(p.x(a1), p.y(a1), p.x(a2), p.y(a2), p.x(b1), p.y(b1), p.x(b2), p.y(b2));
                    if (at != null && (int) ((at[0] - minX) / cellW) == cx && (int) ((at[1] - minY) / cellH) == cy) {
                        total++;
                    }
                }
            }
        }
        return total;
    }

    /** The point where two segments cross properly, or null. */
    static double[] intersection(double x1, double y1, double x2, double y2, double x3, double y3, double x4, double y4) {
        double d = (x2 - x1) * (y4 - y3) - (y2 - y1) * (x4 - x3);
        if (Math.abs(d) < 1e-12) {
            return null;
        }
        double t = ((x3 - x1) * (y4 - y3) - (y3 - y1) * (x4 - x3)) / d;
        double u = ((x3 - x1) * (y2 - y1) - (y3 - y1) * (x2 - x1)) / d;
        if (t <= 0 || t >= 1 || u <= 0 || u >= 1) {
            return null;
        }
        return new double[] {x1 + t * (x2 - x1), y1 + t * (y2 - y1)};
    }

    private static void walk(Placement p, int from, int to, double minX, double minY, double cellW, double cellH,
                             int grid, java.util.function.IntConsumer visit) {
        double x0 = (p.x(from) - minX) / cellW;
        double y0 = (p.y(from) - minY) / cellH;
        double x1 = (p.x(to) - minX) / cellW;
        double y1 = (p.y(to) - minY) / cellH;
        int cx = clamp((int) x0, grid);
        int cy = clamp((int) y0, grid);
        int endX = clamp((int) x1, grid);
        int endY = clamp((int) y1, grid);
        double dx = x1 - x0;
        double dy = y1 - y0;
        int stepX = dx > 0 ? 1 : -1;
        int stepY = dy > 0 ? 1 : -1;
        double tDeltaX = dx == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dx);
        double tDeltaY = dy == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dy);
        double tMaxX = dx == 0 ? Double.POSITIVE_INFINITY : (stepX > 0 ? (cx + 1 - x0) : (x0 - cx)) * tDeltaX;
        double tMaxY = dy == 0 ? Double.POSITIVE_INFINITY : (stepY > 0 ? (cy + 1 - y0) : (y0 - cy)) * tDeltaY;
        int guard = 4 * grid + 4;
        visit.accept(cy * grid + cx);
        while ((cx != endX || cy != endY) && guard-- > 0) {
            if (tMaxX < tMaxY) {
                cx += stepX;
                tMaxX += tDeltaX;
            } else {
                cy += stepY;
                tMaxY += tDeltaY;
            }
            if (cx < 0 || cy < 0 || cx >= grid || cy >= grid) {
                break;
            }
            visit.accept(cy * grid + cx);
        }
    }

    private static int clamp(int value, int grid) {
        return Math.max(0, Math.min(grid - 1, value));
    }
}
