package org.tracebench.graph.layout;

import java.util.Arrays;

/**
 * A Barnes-Hut quadtree over points held in flat arrays (no object per node): each cell keeps the
 * number of points below it and their centre of mass, so far-away groups act as one body.
 */
final class QuadTree {

    private static final int MAX_DEPTH = 40;

    private double[] minX = new double[64];
    private double[] minY = new double[64];
    private double[] side = new double[64];
    private double[] massX = new double[64];
    private double[] massY = new double[64];
    private int[] count = new int[64];
    private int[] firstChild = new int[64];
    private int[] point = new int[64];
    private int cells;

    /** Rebuilds the tree over the given points. */
    void build(double[] x, double[] y, int n) {
        double lowX = Double.POSITIVE_INFINITY;
        double lowY = Double.POSITIVE_INFINITY;
        double highX = Double.NEGATIVE_INFINITY;
        double highY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lowX = Math.min(lowX, x[i]);
            lowY = Math.min(lowY, y[i]);
            highX = Math.max(highX, x[i]);
            highY = Math.max(highY, y[i]);
        }
        cells = 0;
        ensure(4 * n + 8);
        newCell(lowX, lowY, Math.max(Math.max(highX - lowX, highY - lowY), 1e-6) * 1.0001);
        for (int i = 0; i < n; i++) {
            insert(i, x[i], y[i]);
        }
    }

    private void insert(int p, double px, double py) {
        int cell = 0;
        int depth = 0;
        while (true) {
            if (count[cell] == 0 && firstChild[cell] < 0) {
                point[cell] = p;
                count[cell] = 1;
                massX[cell] = px;
                massY[cell] = py;
                return;
            }
            if (firstChild[cell] < 0) {
                if (depth >= MAX_DEPTH) {
                    // Points on (almost) the same spot: keep them together in one leaf.
                    massX[cell] += px;
                    massY[cell] += py;
                    count[cell]++;
                    point[cell] = -1;
                    return;
                }
                int old = point[cell];
                double oldX = massX[cell];
                double oldY = massY[cell];
                split(cell);
                int child = childFor(cell, oldX, oldY);
                point[child] = old;
                count[child] = 1;
                massX[child] = oldX;
                massY[child] = oldY;
                point[cell] = -1;
            }
            massX[cell] += px;
            massY[cell] += py;
            count[cell]++;
            cell = childFor(cell, px, py);
            depth++;
        }
    }

    private void split(int cell) {
        double half = side[cell] / 2;
        int first = cells;
        ensure(cells + 4);
        newCell(minX[cell], minY[cell], half);
        newCell(minX[cell] + half, minY[cell], half);
        newCell(minX[cell], minY[cell] + half, half);
        newCell(minX[cell] + half, minY[cell] + half, half);
        firstChild[cell] = first;
    }

    private int childFor(int cell, double px, double py) {
        double half = side[cell] / 2;
        int index = (px >= minX[cell] + half ? 1 : 0) + (py >= minY[cell] + half ? 2 : 0);
        return firstChild[cell] + index;
    }

    private void newCell(double x0, double y0, double size) {
        minX[cells] = x0;
        minY[cells] = y0;
        side[cells] = size;
        massX[cells] = 0;
        massY[cells] = 0;
        count[cells] = 0;
        firstChild[cells] = -1;
        point[cells] = -1;
        cells++;
    }

    private void ensure(int capacity) {
        if (capacity <= minX.length) {
            return;
        }
        int size = Math.max(capacity, minX.length * 2);
        minX = Arrays.copyOf(minX, size);
        minY = Arrays.copyOf(minY, size);
        side = Arrays.copyOf(side, size);
        massX = Arrays.copyOf(massX, size);
        massY = Arrays.copyOf(massY, size);
        count = Arrays.copyOf(count, size);
        firstChild = Arrays.copyOf(firstChild, size);
        point = Arrays.copyOf(point, size);
    }

    private int[] stack = new int[256];

    /**
     * Adds to force[0..1] the repulsion k^2/d on point p at (px, py) from all other points, treating a
     * cell as one body when side/distance is below theta.
     */
    void repulse(int p, double px, double py, double k2, double theta2, double[] force) {
        int top = 0;
        stack[top++] = 0;
        double fx = 0;
        double fy = 0;
        while (top > 0) {
            int cell = stack[--top];
            int n = count[cell];
            if (n == 0 || (n == 1 && point[cell] == p)) {
                continue;
            }
            double cx = massX[cell] / n;
            double cy = massY[cell] / n;
            double dx = px - cx;
            double dy = py - cy;
            double d2 = dx * dx + dy * dy;
            boolean leaf = firstChild[cell] < 0;
            if (leaf || side[cell] * side[cell] < theta2 * d2) {
                int bodies = leaf && point[cell] < 0 && containsSelf(cell, px, py) ? n - 1 : n;
                if (d2 < 1e-9) {
                    // Coincident: push in a fixed, point-dependent direction so they separate.
                    dx = 0.01 * ((p % 7) - 3);
                    dy = 0.01 * ((p % 5) - 2);
                    d2 = dx * dx + dy * dy + 1e-9;
                }
                double scale = bodies * k2 / d2;
                fx += dx * scale;
                fy += dy * scale;
            } else {
                if (top + 4 > stack.length) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                int child = firstChild[cell];
                stack[top++] = child;
                stack[top++] = child + 1;
                stack[top++] = child + 2;
                stack[top++] = child + 3;
            }
        }
        force[0] += fx;
        force[1] += fy;
    }

    private boolean containsSelf(int cell, double px, double py) {
        return px >= minX[cell] && px < minX[cell] + side[cell] && py >= minY[cell] && py < minY[cell] + side[cell];
    }
}
