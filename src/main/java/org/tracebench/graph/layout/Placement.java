package org.tracebench.graph.layout;

import java.util.Arrays;

/**
 * Where each vertex of a {@link LayoutGraph} sits. NaN means "not placed yet". Pinned vertices keep
 * their place through every layout. A layout may add bend points to edges (layered layouts route long
 * edges through the layers they cross).
 */
public final class Placement {

    private final double[] x;
    private final double[] y;
    private final boolean[] pinned;
    private double[][] bends;

    public Placement(int vertices) {
        x = new double[vertices];
        y = new double[vertices];
        pinned = new boolean[vertices];
        Arrays.fill(x, Double.NaN);
        Arrays.fill(y, Double.NaN);
    }

    public int size() {
        return x.length;
    }

    public double x(int v) {
        return x[v];
    }

    public double y(int v) {
        return y[v];
    }

    public boolean placed(int v) {
        return !Double.isNaN(x[v]) && !Double.isNaN(y[v]);
    }

    public void set(int v, double newX, double newY) {
        x[v] = newX;
        y[v] = newY;
    }

    public boolean pinned(int v) {
        return pinned[v];
    }

    public void pin(int v, boolean pin) {
        pinned[v] = pin;
    }

    /** Bend points of an edge as x0, y0, x1, y1, ... or an empty array for a straight edge. */
    public double[] bends(int edge) {
        return bends == null || bends[edge] == null ? new double[0] : bends[edge];
    }

    void setBends(double[][] newBends) {
        bends = newBends;
    }

    public void clearBends() {
        bends = null;
    }

    /** An independent copy (places, pins and bends), e.g. for drawing on another thread while this one changes. */
    public Placement copy() {
        Placement result = new Placement(x.length);
        System.arraycopy(x, 0, result.x, 0, x.length);
        System.arraycopy(y, 0, result.y, 0, y.length);
        System.arraycopy(pinned, 0, result.pinned, 0, pinned.length);
        result.bends = bends == null ? null : bends.clone();
        return result;
    }

    /** How many vertices have a place. */
    public int placedCount() {
        int count = 0;
        for (int v = 0; v < x.length; v++) {
            if (placed(v)) {
                count++;
            }
        }
        return count;
    }

    /** min x, min y, max x, max y of the placed vertices, or null if none is placed. */
    public double[] bounds() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < x.length; v++) {
            if (placed(v)) {
                minX = Math.min(minX, x[v]);
                minY = Math.min(minY, y[v]);
                maxX = Math.max(maxX, x[v]);
                maxY = Math.max(maxY, y[v]);
            }
        }
        return minX == Double.POSITIVE_INFINITY ? null : new double[] {minX, minY, maxX, maxY};
    }
}
