package org.tracebench.ui.graph;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.tracebench.graph.layout.Placement;

/**
 * Node indices bucketed in a uniform grid over the drawing, so drawing and hit testing only look at
 * nodes near the visible area (spatial culling) instead of all of them.
 */
final class SpatialGrid {

    private final double minX;
    private final double minY;
    private final double cell;
    private final int columns;
    private final int rows;
    private final int[] start;
    private final int[] members;

    SpatialGrid(Placement placement) {
        int n = placement.size();
        double[] bounds = placement.bounds();
        if (bounds == null) {
            bounds = new double[] {0, 0, 1, 1};
        }
        minX = bounds[0];
        minY = bounds[1];
        double width = Math.max(bounds[2] - bounds[0], 1);
        double height = Math.max(bounds[3] - bounds[1], 1);
        // About two nodes per cell on average.
        cell = Math.max(Math.sqrt(width * height / Math.max(n / 2.0, 1)), 1);
        columns = Math.min(2048, (int) (width / cell) + 1);
        rows = Math.min(2048, (int) (height / cell) + 1);
        start = new int[columns * rows + 1];
        int[] cellOf = new int[n];
        for (int v = 0; v < n; v++) {
            cellOf[v] = placement.placed(v) ? cellIndex(placement.x(v), placement.y(v)) : -1;
            if (cellOf[v] >= 0) {
                start[cellOf[v] + 1]++;
            }
        }
        for (int c = 0; c < columns * rows; c++) {
            start[c + 1] += start[c];
        }
        members = new int[start[columns * rows]];
        int[] fill = Arrays.copyOf(start, columns * rows);
        for (int v = 0; v < n; v++) {
            if (cellOf[v] >= 0) {
                members[fill[cellOf[v]]++] = v;
            }
        }
    }

    private int cellIndex(double x, double y) {
        int cx = Math.max(0, Math.min(columns - 1, (int) ((x - minX) / cell)));
        int cy = Math.max(0, Math.min(rows - 1, (int) ((y - minY) / cell)));
        return cy * columns + cx;
    }

    /** Calls back every node in cells overlapping the rectangle (a superset of the nodes inside it). */
    void query(double x0, double y0, double x1, double y1, IntConsumer visit) {
        int c0 = Math.max(0, (int) Math.floor((x0 - minX) / cell));
        int c1 = Math.min(columns - 1, (int) Math.floor((x1 - minX) / cell));
        int r0 = Math.max(0, (int) Math.floor((y0 - minY) / cell));
        int r1 = Math.min(rows - 1, (int) Math.floor((y1 - minY) / cell));
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int index = r * columns + c;
                for (int i = start[index]; i < start[index + 1]; i++) {
                    visit.accept(members[i]);
                }
            }
        }
    }
}
