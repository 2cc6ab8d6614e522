package org.tracebench.ui.graph;


/** Small geometry and drawing helpers of the graph canvas. */
final class CanvasShapes {

    private CanvasShapes() {
    }

    /** Liang-Barsky: clips the segment to the rectangle into out; false when it lies wholly outside. */
    static boolean clip(double ax, double ay, double bx, double by, double x0, double y0, double x1, double y1,
                        double[] out) {
        double t0 = 0;
        double t1 = 1;
        double dx = bx - ax;
        double dy = by - ay;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {ax - x0, x1 - ax, ay - y0, y1 - ay};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        if (t0 > t1) {
            return false;
        }
        out[0] = ax + t0 * dx;
        out[1] = ay + t0 * dy;
        out[2] = ax + t1 * dx;
        out[3] = ay + t1 * dy;
        return true;
    }

    /** Labels are cut to about 150 screen pixels so neighbouring layers' labels do not run together. */
    static String fitted(String label) {
        return fitted(label, 23);
    }

    /** Label sizing on screen: a 12 px font averages about 7 px a character; rows closer than 16 px collide. */
    private static final double LABEL_CHAR_PX = 7;
    private static final double LABEL_ROW_PX = 16;
    private static final int MIN_LABEL_CHARS = 4;

    /**
     * How many characters each node's label may take (nodes at world positions xs, ys, drawn at scale) so
     * that it does not run into the label of a node beside it on the same row: labels are centred under
     * their nodes, so each may use the screen gap to its nearest neighbour in its row. A narrow window
     * shortens labels instead of piling them on each other.
     */
    static int[] labelChars(double[] xs, double[] ys, double scale, int maxChars) {
        Integer[] order = new Integer[xs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> ys[i]));
        double[] nearest = new double[xs.length];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        double band = LABEL_ROW_PX / scale;
        for (int i = 0; i < order.length; i++) {
            int a = order[i];
            for (int j = i + 1; j < order.length && ys[order[j]] - ys[a] < band; j++) {
                int b = order[j];
                double gap = Math.abs(xs[a] - xs[b]) * scale;
                nearest[a] = Math.min(nearest[a], gap);
                nearest[b] = Math.min(nearest[b], gap);
            }
        }
        int[] chars = new int[xs.length];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (int) Math.max(MIN_LABEL_CHARS, Math.min(maxChars, (nearest[i] - 8) / LABEL_CHAR_PX));
        }
        return chars;
    }

    static String fitted(String label, int chars) {
        return label.length() <= chars ? label : label.substring(0, Math.max(1, chars - 1)).strip() + "\u2026";
    }

    static double[] xs(double[] line) {
        double[] result = new double[line.length / 2];
        for (int i = 0; i < result.length; i++) {
            result[i] = line[2 * i];
        }
        return result;
    }

    static double[] ys(double[] line) {
        double[] result = new double[line.length / 2];
        for (int i = 0; i < result.length; i++) {
            result[i] = line[2 * i + 1];
        }
        return result;
    }
}
