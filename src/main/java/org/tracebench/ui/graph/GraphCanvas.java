package org.tracebench.ui.graph;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.tracebench.graph.GraphStyle;
import org.tracebench.graph.ViewGraph;
import org.tracebench.graph.export.EdgeGeometry;
import org.tracebench.graph.export.GraphPicture;
import org.tracebench.graph.layout.Placement;

/**
 * Draws the graph on one canvas and handles zoom (wheel), pan (drag on empty space), select (click,
 * Shift/Ctrl-click to add, Shift-drag for a box), drag a node to pin it, double-click to expand.
 * A full redraw culls to the visible area and lowers detail when zoomed out or crowded; during a pan or
 * zoom gesture the last full drawing is moved and scaled as a bitmap, and redrawn in full once the
 * gesture settles, so gestures stay smooth with tens of thousands of edges.
 */
final class GraphCanvas extends Region {

    /** Above this many edges in view, edges are drawn as one thin batch without arrow heads. */
    static final int DETAILED_EDGE_LIMIT = 3000;
    /** At most this many links are drawn in one frame (heaviest first); zooming in shows the rest. */
    static final int EDGE_BUDGET = 5000;
    /**
     * ... and at most this many pixels of line length: rasterising costs about in proportion to it on the
     * software pipeline, and zoomed in, the links crossing the view are long.
     */
    static final double PIXEL_BUDGET = 1_000_000;
    /** Above this many nodes in view, no labels are drawn. */
    static final int LABEL_LIMIT = 400;
    private static final int MAX_LABEL_CHARS = 23;

    private final GraphViewModel model;
    private final Canvas canvas = new Canvas();
    private final PauseTransition settle = new PauseTransition(Duration.millis(160));
    private final Map<Integer, Color> colours = new HashMap<>();
    private GraphPicture picture;
    private SpatialGrid grid;
    private double[] radius = new double[0];
    private int[] edgeOrder = new int[0];
    private int omittedEdges;
    private final javafx.scene.image.ImageView gestureView = new javafx.scene.image.ImageView();
    private double scale = 1;
    private double tx;
    private double ty;
    private WritableImage cache;
    private double cacheScale;
    private double cacheTx;
    private double cacheTy;
    private boolean fitPending = true;
    /** True while the camera is where the last fit put it: resizing the window then fits again. */
    private boolean autoFit;
    private IntConsumer onExpand = index -> { };

    private double pressX;
    private double pressY;
    private double pressTx;
    private double pressTy;
    private int dragNode = -1;
    private boolean boxSelect;
    private boolean moved;

    GraphCanvas(GraphViewModel model) {
        this.model = model;
        canvas.setId("graph-canvas");
        gestureView.setManaged(false);
        gestureView.setVisible(false);
        gestureView.setMouseTransparent(true);
        // Nearest-neighbour scaling: a zoom frame must stay cheap; the full drawing follows when it settles.
        gestureView.setSmooth(false);
        getChildren().addAll(canvas, gestureView);
        // Keep the moved and scaled bitmap inside the drawing area during gestures.
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(200, 150);
        setFocusTraversable(true);
        settle.setOnFinished(e -> redraw());
        model.revisionProperty().addListener((obs, old, now) -> refresh());
        model.selection().addListener((javafx.collections.SetChangeListener<String>) change -> requestRedraw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    Canvas canvas() {
        return canvas;
    }

    void setOnExpand(IntConsumer onExpand) {
        this.onExpand = onExpand;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if ((fitPending || autoFit) && picture != null && w > 0) {
                fit();
            } else {
                redraw();
            }
        }
    }

    /** Call when the model's graph changed (a new revision): re-index and redraw. */
    void refresh() {
        if (model.view() == null) {
            return;
        }
        picture = model.picture();
        grid = new SpatialGrid(picture.placement());
        radius = new double[picture.view().size()];
        for (int v = 0; v < radius.length; v++) {
            radius[v] = picture.style().radius(picture.view().node(v));
        }
        java.util.List<ViewGraph.Edge> edges = picture.view().edges();
        edgeOrder = java.util.stream.IntStream.range(0, edges.size()).boxed()
                .sorted((a, b) -> Integer.compare(edges.get(b).calls(), edges.get(a).calls()))
                .mapToInt(Integer::intValue).toArray();
        if (fitPending && canvas.getWidth() > 0) {
            fit();
        } else {
            redraw();
        }
    }

    /** Fits the next graph to the window (after a case change) instead of keeping the camera. */
    void fitNext() {
        fitPending = true;
    }

    void fit() {
        fitPending = false;
        autoFit = true;
        double[] bounds = picture == null ? null : picture.placement().bounds();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (bounds == null || w <= 0) {
            redraw();
            return;
        }
        // Room in screen pixels for half a label on each side and for a label under the lowest node.
        double labelRoom = 80;
        double bw = Math.max(bounds[2] - bounds[0], 1) + 50;
        double bh = Math.max(bounds[3] - bounds[1], 1) + 50;
        scale = Math.max(0.01, Math.min(2.0, Math.min(Math.max(w - 2 * labelRoom, w / 3) / bw,
                Math.max(h - 60, h / 2) / bh)));
        tx = w / 2 - (bounds[0] + bounds[2]) / 2 * scale;
        ty = h / 2 - (bounds[1] + bounds[3]) / 2 * scale;
        redraw();
    }

    void zoom(double factor, double aroundX, double aroundY) {
        autoFit = false;
        double next = Math.max(0.005, Math.min(8, scale * factor));
        factor = next / scale;
        tx = aroundX - (aroundX - tx) * factor;
        ty = aroundY - (aroundY - ty) * factor;
        scale = next;
    }

    /** Moves the camera by screen pixels (a pan step, without redrawing). */
    void panBy(double dx, double dy) {
        autoFit = false;
        tx += dx;
        ty += dy;
    }

    void centreOn(int index) {
        Placement p = picture.placement();
        if (index < 0 || index >= p.size() || !p.placed(index)) {
            return;
        }
        autoFit = false;
        scale = Math.max(scale, 0.8);
        tx = canvas.getWidth() / 2 - p.x(index) * scale;
        ty = canvas.getHeight() / 2 - p.y(index) * scale;
        redraw();
    }

    /** Screen position of a node's centre (for tests and tooltips). */
    double[] screenOf(int index) {
        Placement p = picture.placement();
        return new double[] {p.x(index) * scale + tx, p.y(index) * scale + ty};
    }

    double scale() {
        return scale;
    }

    private void requestRedraw() {
        if (model.view() != null) {
            picture = model.picture();
            redraw();
        }
    }

    // ---- drawing ----

    /** Draws everything in view at full quality for the zoom level. */
    void redraw() {
        gestureView.setVisible(false);
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (picture == null || picture.view().size() == 0) {
            g.setFill(Color.gray(0.45));
            g.setFont(Font.font(14));
            g.fillText(model.loaded() ? "No traced calls match the filter." : "Loading the call graph…", 20, 30);
            return;
        }
        double x0 = -tx / scale;
        double y0 = -ty / scale;
        double x1 = (w - tx) / scale;
        double y1 = (h - ty) / scale;
        Set<Integer> inView = new LinkedHashSet<>();
        double pad = 30 / scale;
        grid.query(x0 - pad, y0 - pad, x1 + pad, y1 + pad, inView::add);
        g.setTransform(scale, 0, 0, scale, tx, ty);
        drawEdges(g, x0, y0, x1, y1);
        drawNodes(g, inView);
        g.setTransform(1, 0, 0, 1, 0, 0);
        if (omittedEdges > 0) {
            g.setFill(Color.gray(0.35));
            g.setFont(Font.font(11));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(String.format("Showing the busiest links; %,d more when zoomed in", omittedEdges),
                    w - 8, h - 6);
        }
    }

    /** Links left out of the last full drawing by the level-of-detail budget. */
    int omittedEdges() {
        return omittedEdges;
    }

    private void drawEdges(GraphicsContext g, double x0, double y0, double x1, double y1) {
        ViewGraph view = picture.view();
        Placement p = picture.placement();
        int count = view.edges().size();
        double[] clip = new double[4];
        int visible = 0;
        for (int e = 0; e < count && visible <= DETAILED_EDGE_LIMIT; e++) {
            ViewGraph.Edge edge = view.edges().get(e);
            if (p.bends(e).length > 0 || CanvasShapes.clip(p.x(edge.from()), p.y(edge.from()), p.x(edge.to()), p.y(edge.to()),
                    x0, y0, x1, y1, clip)) {
                visible++;
            }
        }
        // Arrows and widths only while few links are in view; otherwise one thin batch.
        boolean detailed = visible <= DETAILED_EDGE_LIMIT;
        Color edgeColour = colour(GraphStyle.EDGE_COLOUR);
        int drawn = 0;
        int inView = 0;
        double pixels = 0;
        if (!detailed) {
            // One batched path: the cost of a frame is then dominated by rasterising, not by state changes.
            g.setStroke(edgeColour);
            g.setLineWidth(1 / scale);
            g.beginPath();
        }
        // Heaviest links first, so that when the budget runs out the ones left out carry the fewest calls.
        for (int e : edgeOrder) {
            ViewGraph.Edge edge = view.edges().get(e);
            double[] bends = p.bends(e);
            if (bends.length == 0 && !CanvasShapes.clip(p.x(edge.from()), p.y(edge.from()), p.x(edge.to()), p.y(edge.to()),
                    x0, y0, x1, y1, clip)) {
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
                    g.moveTo(clip[0], clip[1]);
                    g.lineTo(clip[2], clip[3]);
                } else {
                    g.moveTo(p.x(edge.from()), p.y(edge.from()));
                    for (int i = 0; i < bends.length; i += 2) {
                        g.lineTo(bends[i], bends[i + 1]);
                    }
                    g.lineTo(p.x(edge.to()), p.y(edge.to()));
                }
                continue;
            }
            drawDetailed(g, e, edge, edgeColour);
        }
        if (!detailed) {
            g.stroke();
            for (int e : picture.highlightedEdges()) {
                drawDetailed(g, e, view.edges().get(e), edgeColour);
            }
        }
        omittedEdges = inView - drawn;
    }

    private void drawDetailed(GraphicsContext g, int e, ViewGraph.Edge edge, Color edgeColour) {
        double[] line = EdgeGeometry.polyline(picture, e);
        boolean highlighted = picture.highlightedEdges().contains(e);
        Color lit = colour(GraphStyle.HIGHLIGHT_COLOUR);
        g.setStroke(highlighted ? lit : edgeColour);
        g.setFill(highlighted ? lit : edgeColour);
        double width = picture.style().width(edge) + (highlighted ? 2 : 0);
        g.setLineWidth(Math.max(width, 1 / scale));
        g.strokePolyline(CanvasShapes.xs(line), CanvasShapes.ys(line), line.length / 2);
        CanvasShapes.arrowHead(g, line, 5 + width);
    }

    private void drawNodes(GraphicsContext g, Set<Integer> inView) {
        Map<Integer, java.util.List<Integer>> tiny = new HashMap<>();
        ViewGraph view = picture.view();
        Placement p = picture.placement();
        boolean labels = inView.size() <= LABEL_LIMIT;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFont(Font.font(12 / Math.min(scale, 1)));
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
                tiny.computeIfAbsent(rgb, k -> new java.util.ArrayList<>()).add(v);
                continue;
            }
            g.setFill(colour(rgb));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            boolean selected = picture.selectedNodes().contains(v);
            boolean lit = picture.highlightedNodes().contains(v);
            g.setStroke(selected ? colour(GraphStyle.SELECTION_COLOUR) : lit ? colour(GraphStyle.HIGHLIGHT_COLOUR) : Color.WHITE);
            g.setLineWidth((selected || lit ? 3.5 : 1.5) / Math.max(scale, 0.5));
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            if (model.isPinned(v)) {
                g.setFill(Color.gray(0.15));
                g.fillOval(x + r * 0.5, y - r * 1.1, r * 0.6, r * 0.6);
            }
            if (labels && (r * scale >= 4 || selected)) {
                g.setFill(Color.gray(0.13));
                g.fillText(CanvasShapes.fitted(node.label(), labelChars.getOrDefault(v, MAX_LABEL_CHARS)), x, y + r + 2);
            }
        }
        // One filled path per colour: far cheaper to rasterise than thousands of separate shapes.
        for (Map.Entry<Integer, java.util.List<Integer>> entry : tiny.entrySet()) {
            g.setFill(colour(entry.getKey()));
            g.beginPath();
            for (int v : entry.getValue()) {
                double r = radius[v];
                g.rect(p.x(v) - r, p.y(v) - r, 2 * r, 2 * r);
            }
            g.fill();
        }
    }

    private Map<Integer, Integer> labelBudgets(Set<Integer> inView, Placement p) {
        java.util.List<Integer> placed = inView.stream().filter(p::placed).toList();
        double[] xs = new double[placed.size()];
        double[] ys = new double[placed.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = p.x(placed.get(i));
            ys[i] = p.y(placed.get(i));
        }
        int[] chars = CanvasShapes.labelChars(xs, ys, scale, MAX_LABEL_CHARS);
        Map<Integer, Integer> result = new HashMap<>();
        for (int i = 0; i < chars.length; i++) {
            result.put(placed.get(i), chars[i]);
        }
        return result;
    }

    private Color colour(int rgb) {
        return colours.computeIfAbsent(rgb, c -> Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
    }

    // ---- gestures ----

    /** Keeps the current drawing as a bitmap to move and scale during a gesture. */
    void beginGesture() {
        if (cache == null || cache.getWidth() != (int) canvas.getWidth() || cache.getHeight() != (int) canvas.getHeight()) {
            cache = new WritableImage(Math.max(1, (int) canvas.getWidth()), Math.max(1, (int) canvas.getHeight()));
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        canvas.snapshot(parameters, cache);
        cacheScale = scale;
        cacheTx = tx;
        cacheTy = ty;
    }

    /**
     * Shows the cached bitmap where the current camera puts it, by moving and scaling an image view over
     * the canvas: no drawing commands at all, so a frame costs one image composite.
     */
    void drawGestureFrame() {
        if (cache == null) {
            redraw();
            return;
        }
        double k = scale / cacheScale;
        gestureView.setImage(cache);
        gestureView.setLayoutX(0);
        gestureView.setLayoutY(0);
        gestureView.setFitWidth(cache.getWidth() * k);
        gestureView.setFitHeight(cache.getHeight() * k);
        gestureView.setTranslateX(tx - cacheTx * k);
        gestureView.setTranslateY(ty - cacheTy * k);
        if (!gestureView.isVisible()) {
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setTransform(1, 0, 0, 1, 0, 0);
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            gestureView.setVisible(true);
        }
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        if (picture == null || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = event.getX();
        pressY = event.getY();
        pressTx = tx;
        pressTy = ty;
        moved = false;
        dragNode = nodeAt(event.getX(), event.getY());
        boxSelect = dragNode < 0 && event.isShiftDown();
        if (dragNode < 0 && !boxSelect) {
            beginGesture();
        }
    }

    private void dragged(MouseEvent event) {
        if (picture == null || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = event.getX() - pressX;
        double dy = event.getY() - pressY;
        moved |= Math.abs(dx) + Math.abs(dy) > 3;
        if (!moved) {
            return;
        }
        if (dragNode >= 0) {
            picture.placement().set(dragNode, (event.getX() - tx) / scale, (event.getY() - ty) / scale);
            redraw();
        } else if (boxSelect) {
            redraw();
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setStroke(colour(GraphStyle.SELECTION_COLOUR));
            g.setLineWidth(1);
            g.strokeRect(Math.min(pressX, event.getX()), Math.min(pressY, event.getY()), Math.abs(dx), Math.abs(dy));
        } else {
            tx = pressTx + dx;
            ty = pressTy + dy;
            autoFit = false;
            drawGestureFrame();
        }
    }

    private void released(MouseEvent event) {
        if (picture == null || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (dragNode >= 0 && moved) {
            model.pin(dragNode, (event.getX() - tx) / scale, (event.getY() - ty) / scale);
        } else if (boxSelect && moved) {
            selectBox(pressX, pressY, event.getX(), event.getY(), event.isControlDown() || event.isShortcutDown());
        } else if (!moved) {
            click(dragNode, event.isShiftDown() || event.isControlDown() || event.isShortcutDown(), event.getClickCount());
        } else {
            redraw();
        }
        dragNode = -1;
        boxSelect = false;
    }

    private void click(int node, boolean add, int clicks) {
        if (node < 0) {
            if (!add) {
                model.selection().clear();
            }
            redraw();
            return;
        }
        String key = picture.view().node(node).key();
        if (clicks >= 2) {
            model.selection().clear();
            model.selection().add(key);
            onExpand.accept(node);
            return;
        }
        if (add) {
            if (!model.selection().remove(key)) {
                model.selection().add(key);
            }
        } else {
            model.selection().clear();
            model.selection().add(key);
        }
    }

    private void selectBox(double ax, double ay, double bx, double by, boolean add) {
        double x0 = (Math.min(ax, bx) - tx) / scale;
        double y0 = (Math.min(ay, by) - ty) / scale;
        double x1 = (Math.max(ax, bx) - tx) / scale;
        double y1 = (Math.max(ay, by) - ty) / scale;
        Set<String> keys = new LinkedHashSet<>();
        Placement p = picture.placement();
        grid.query(x0, y0, x1, y1, v -> {
            if (p.x(v) >= x0 && p.x(v) <= x1 && p.y(v) >= y0 && p.y(v) <= y1) {
                keys.add(picture.view().node(v).key());
            }
        });
        if (!add) {
            model.selection().clear();
        }
        model.selection().addAll(keys);
        redraw();
    }

    private void scrolled(ScrollEvent event) {
        if (picture == null || event.getDeltaY() == 0) {
            return;
        }
        if (settle.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            beginGesture();
        }
        zoom(Math.pow(1.0015, event.getDeltaY()), event.getX(), event.getY());
        drawGestureFrame();
        settle.playFromStart();
        event.consume();
    }

    /** The node under a screen point, or -1. */
    int nodeAt(double sx, double sy) {
        if (picture == null) {
            return -1;
        }
        double wx = (sx - tx) / scale;
        double wy = (sy - ty) / scale;
        double reach = 4 / scale;
        double maxR = 24;
        int[] best = {-1};
        double[] bestDistance = {Double.MAX_VALUE};
        Placement p = picture.placement();
        grid.query(wx - maxR - reach, wy - maxR - reach, wx + maxR + reach, wy + maxR + reach, v -> {
            double d = Math.hypot(p.x(v) - wx, p.y(v) - wy);
            if (d <= radius[v] + reach && d < bestDistance[0]) {
                best[0] = v;
                bestDistance[0] = d;
            }
        });
        return best[0];
    }
}
