package org.tracebench.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracebench.graph.GraphStyle;
import org.tracebench.graph.ViewGraph;
import org.tracebench.graph.export.EdgeGeometry;
import org.tracebench.graph.export.GraphPicture;
import org.tracebench.graph.layout.Placement;

/**
 * Draws one full-detail frame of the graph with a {@link Pen}: culled to the view (node grid, segment
 * clipping), at most {@link #EDGE_BUDGET} links and {@link #PIXEL_BUDGET} pixels of line length (busiest
 * first), thin batched edges above {@link #DETAILED_EDGE_LIMIT} links in view, tiny nodes as one path per
 * colour, labels only up to {@link #LABEL_LIMIT} nodes in view. It reads only its {@link Frame}, so it can
 * run on any thread.
 */
final class FramePainter {

    /** Above this many edges in view, edges are drawn as one thin batch without arrow heads. */
    static final int DETAILED_EDGE_LIMIT = 3000;
    /** At most this many links are drawn in one frame (heaviest first); zooming in shows the rest. */
    static final int EDGE_BUDGET = 5000;
    /**
     * ... and at most this many pixels of line length: rasterising costs about in proportion to it, and
     * zoomed in, the links crossing the view are long.
     */
    static final double PIXEL_BUDGET = 1_000_000;
    /** Above this many nodes in view, no labels are drawn. */
    static final int LABEL_LIMIT = 400;
    private static final int MAX_LABEL_CHARS = 23;
    private static final int WHITE = 0xFFFFFF;

    /**
     * Everything one frame needs, fixed when it was taken on the FX thread: the picture (with its own copy
     * of the placement), the node index, radii, link order, pins, the camera and the drawing area's size.
     */
    record Frame(long generation, GraphPicture picture, SpatialGrid grid, double[] radius, int[] edgeOrder,
                 boolean[] pinned, double width, double height, double scale, double tx, double ty, String message) {
    }

    private final Frame f;
    private final Pen pen;

    private FramePainter(Frame frame, Pen pen) {
        this.f = frame;
        this.pen = pen;
    }

    /** Paints the frame; returns how many links in view the budget left out. */
    static int paint(Frame frame, Pen pen) {
        return new FramePainter(frame, pen).paint();
    }

    private int paint() {
        pen.clear(f.width(), f.height());
        if (f.picture() == null || f.picture().view().size() == 0) {
            pen.fill(0x737373);
            pen.font(14);
            pen.text(f.message(), 20, 30);
            return 0;
        }
        double scale = f.scale();
        double x0 = -f.tx() / scale;
        double y0 = -f.ty() / scale;
        double x1 = (f.width() - f.tx()) / scale;
        double y1 = (f.height() - f.ty()) / scale;
        Set<Integer> inView = new LinkedHashSet<>();
        double pad = 30 / scale;
        f.grid().query(x0 - pad, y0 - pad, x1 + pad, y1 + pad, inView::add);
        pen.transform(scale, f.tx(), f.ty());
        int omitted = drawEdges(x0, y0, x1, y1);
        drawNodes(inView);
        pen.identity();
        if (omitted > 0) {
            pen.fill(0x595959);
            pen.font(11);
            pen.textBottomRight(String.format("Showing the busiest links; %,d more when zoomed in", omitted),
                    f.width() - 8, f.height() - 6);
        }
        return omitted;
    }

    private int drawEdges(double x0, double y0, double x1, double y1) {
        GraphPicture picture = f.picture();
        ViewGraph view = picture.view();
        Placement p = picture.placement();
        double scale = f.scale();
        int count = view.edges().size();
        double[] clip = new double[4];
        int visible = 0;
        for (int e = 0; e < count && visible <= DETAILED_EDGE_LIMIT; e++) {
            ViewGraph.Edge edge = view.edges().get(e);
            if (p.bends(e).length > 0 || CanvasShapes.clip(p.x(edge.from()), p.y(edge.from()), p.x(edge.to()),
                    p.y(edge.to()), x0, y0, x1, y1, clip)) {
                visible++;
            }
        }
        // Arrows and widths only while few links are in view; otherwise one thin batch.
        boolean detailed = visible <= DETAILED_EDGE_LIMIT;
        int drawn = 0;
        int inView = 0;
        double pixels = 0;
        if (!detailed) {
            // One batched path: the cost of a frame is then dominated by rasterising, not by state changes.
            pen.stroke(GraphStyle.EDGE_COLOUR);
            pen.lineWidth(1 / scale);
            pen.beginPath();
        }
        // Heaviest links first, so that when the budget runs out the ones left out carry the fewest calls.
        for (int e : f.edgeOrder()) {
            ViewGraph.Edge edge = view.edges().get(e);
            double[] bends = p.bends(e);
            if (bends.length == 0 && !CanvasShapes.clip(p.x(edge.from()), p.y(edge.from()), p.x(edge.to()),
                    p.y(edge.to()), x0, y0, x1, y1, clip)) {
                continue;
            }
            inView++;
            boolean marked = picture.highlightedEdges().contains(e) || picture.selectedNodes().contains(edge.from())
                    || picture.selectedNodes().contains(edge.to());
            double length = bends.length > 0 ? 0 : Math.hypot(clip[2] - clip[0], clip[3] - clip[1]) * scale;
            if ((drawn >= EDGE_BUDGET || pixels + length > PIXEL_BUDGET) && !marked) {
                continue;
            }
            drawn++;
            pixels += length;
            if (!detailed) {
                if (bends.length == 0) {
                    // Clipped to the view: off-screen lengths cost nothing to rasterise.
                    pen.moveTo(clip[0], clip[1]);
                    pen.lineTo(clip[2], clip[3]);
                } else {
                    pen.moveTo(p.x(edge.from()), p.y(edge.from()));
                    for (int i = 0; i < bends.length; i += 2) {
                        pen.lineTo(bends[i], bends[i + 1]);
                    }
                    pen.lineTo(p.x(edge.to()), p.y(edge.to()));
                }
                continue;
            }
            drawDetailed(e, edge);
        }
        if (!detailed) {
            pen.strokePath();
            for (int e : picture.highlightedEdges()) {
                drawDetailed(e, view.edges().get(e));
            }
        }
        return inView - drawn;
    }

    private void drawDetailed(int e, ViewGraph.Edge edge) {
        double[] line = EdgeGeometry.polyline(f.picture(), e);
        boolean highlighted = f.picture().highlightedEdges().contains(e);
        int colour = highlighted ? GraphStyle.HIGHLIGHT_COLOUR : GraphStyle.EDGE_COLOUR;
        pen.stroke(colour);
        pen.fill(colour);
        double width = f.picture().style().width(edge) + (highlighted ? 2 : 0);
        pen.lineWidth(Math.max(width, 1 / f.scale()));
        pen.strokePolyline(CanvasShapes.xs(line), CanvasShapes.ys(line), line.length / 2);
        arrowHead(line, 5 + width);
    }

    private void arrowHead(double[] line, double size) {
        int n = line.length;
        double tipX = line[n - 2];
        double tipY = line[n - 1];
        double angle = Math.atan2(tipY - line[n - 3], tipX - line[n - 4]);
        pen.fillPolygon(new double[] {tipX, tipX - size * Math.cos(angle - 0.4), tipX - size * Math.cos(angle + 0.4)},
                new double[] {tipY, tipY - size * Math.sin(angle - 0.4), tipY - size * Math.sin(angle + 0.4)}, 3);
    }

    private void drawNodes(Set<Integer> inView) {
        Map<Integer, List<Integer>> tiny = new HashMap<>();
        GraphPicture picture = f.picture();
        ViewGraph view = picture.view();
        Placement p = picture.placement();
        double scale = f.scale();
        double[] radius = f.radius();
        boolean labels = inView.size() <= LABEL_LIMIT;
        pen.font(12 / Math.min(scale, 1));
        Map<Integer, Integer> labelChars = labels ? labelBudgets(inView, p) : Map.of();
        for (int v : inView) {
            if (!p.placed(v)) {
                continue;
            }
            ViewGraph.Node node = view.node(v);
            double r = radius[v];
            double x = p.x(v);
            double y = p.y(v);
            int rgb = picture.style().colour(node);
            if (r * scale < 2) {
                // Too small to show a circle: collected and filled as one path per colour below.
                tiny.computeIfAbsent(rgb, k -> new ArrayList<>()).add(v);
                continue;
            }
            pen.fill(rgb);
            pen.fillOval(x - r, y - r, 2 * r, 2 * r);
            boolean selected = picture.selectedNodes().contains(v);
            boolean lit = picture.highlightedNodes().contains(v);
            pen.stroke(selected ? GraphStyle.SELECTION_COLOUR : lit ? GraphStyle.HIGHLIGHT_COLOUR : WHITE);
            pen.lineWidth((selected || lit ? 3.5 : 1.5) / Math.max(scale, 0.5));
            pen.strokeOval(x - r, y - r, 2 * r, 2 * r);
            if (f.pinned()[v]) {
                pen.fill(0x262626);
                pen.fillOval(x + r * 0.5, y - r * 1.1, r * 0.6, r * 0.6);
            }
            if (labels && (r * scale >= 4 || selected)) {
                pen.fill(0x212121);
                pen.textCentredBelow(CanvasShapes.fitted(node.label(), labelChars.getOrDefault(v, MAX_LABEL_CHARS)),
                        x, y + r + 2);
            }
        }
        // One filled path per colour: far cheaper to rasterise than thousands of separate shapes.
        for (Map.Entry<Integer, List<Integer>> entry : tiny.entrySet()) {
            pen.fill(entry.getKey());
            pen.beginPath();
            for (int v : entry.getValue()) {
                double r = radius[v];
                pen.rect(p.x(v) - r, p.y(v) - r, 2 * r, 2 * r);
            }
            pen.fillPath();
        }
    }

    private Map<Integer, Integer> labelBudgets(Set<Integer> inView, Placement p) {
        List<Integer> placed = inView.stream().filter(p::placed).toList();
        double[] xs = new double[placed.size()];
        double[] ys = new double[placed.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = p.x(placed.get(i));
            ys[i] = p.y(placed.get(i));
        }
        int[] chars = CanvasShapes.labelChars(xs, ys, f.scale(), MAX_LABEL_CHARS);
        Map<Integer, Integer> result = new HashMap<>();
        for (int i = 0; i < chars.length; i++) {
            result.put(placed.get(i), chars[i]);
        }
        return result;
    }
}
