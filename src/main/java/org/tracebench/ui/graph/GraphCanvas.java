package org.tracebench.ui.graph;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.tracebench.graph.GraphStyle;
import org.tracebench.graph.ViewGraph;
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

    /**
     * Views with at most this many nodes are drawn directly on the FX thread (a few milliseconds); larger
     * ones on the renderer's thread.
     */
    static final int DIRECT_LIMIT = 500;

    private final GraphViewModel model;
    private final Canvas canvas = new Canvas();
    private final PauseTransition settle = new PauseTransition(Duration.millis(160));
    private final Map<Integer, Color> colours = new HashMap<>();
    private final FrameRenderer renderer = new FrameRenderer();
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

    /**
     * Draws everything in view at full quality for the zoom level. Small views are drawn at once on the
     * canvas; larger ones are drawn off the FX thread from a snapshot of the view and swapped in when ready,
     * while the canvas keeps showing what it showed (the moved bitmap after a gesture).
     */
    void redraw() {
        long generation = renderer.next();
        FramePainter.Frame frame = frame(generation);
        if (frame.picture() == null || frame.picture().view().size() <= DIRECT_LIMIT) {
            paintNow(frame);
            renderer.shown(generation);
            return;
        }
        renderer.render(frame, this::swapIn, () -> paintNow(frame));
    }

    /** Draws the current view on the canvas on the FX thread, whatever its size (box selection, benchmark). */
    void paintNow() {
        paintNow(frame(renderer.next()));
        renderer.shown(renderer.generation());
    }

    private void paintNow(FramePainter.Frame frame) {
        gestureView.setVisible(false);
        omittedEdges = FramePainter.paint(frame, new FxPen(canvas.getGraphicsContext2D()));
    }

    /** On the FX thread: shows a finished background frame (the renderer has already dropped stale ones). */
    private void swapIn(FrameRenderer.Rendered rendered) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.drawImage(rendered.image(), 0, 0);
        gestureView.setVisible(false);
        omittedEdges = rendered.omittedEdges();
    }

    /** A snapshot of what to draw, taken on the FX thread: later changes to the view do not reach it. */
    private FramePainter.Frame frame(long generation) {
        String message = model.loaded() ? "No traced calls match the filter." : "Loading the call graph\u2026";
        if (picture == null || picture.view().size() == 0) {
            return new FramePainter.Frame(generation, null, null, radius, edgeOrder, new boolean[0],
                    canvas.getWidth(), canvas.getHeight(), scale, tx, ty, message);
        }
        boolean[] pinned = new boolean[picture.view().size()];
        for (int v = 0; v < pinned.length; v++) {
            pinned[v] = model.isPinned(v);
        }
        GraphPicture copy = new GraphPicture(picture.view(), picture.placement().copy(), picture.style(),
                picture.selectedNodes(), picture.highlightedNodes(), picture.highlightedEdges(), picture.title());
        return new FramePainter.Frame(generation, copy, grid, radius, edgeOrder, pinned,
                canvas.getWidth(), canvas.getHeight(), scale, tx, ty, message);
    }

    /** Links left out of the last full drawing by the level-of-detail budget. */
    int omittedEdges() {
        return omittedEdges;
    }

    /** The background renderer (for tests and the benchmark: generations shown and dropped). */
    FrameRenderer renderer() {
        return renderer;
    }

    /** True while the moved and scaled bitmap of a gesture is shown instead of a full drawing. */
    boolean showingGestureBitmap() {
        return gestureView.isVisible();
    }

    private Color colour(int rgb) {
        return colours.computeIfAbsent(rgb, c -> Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
    }

    // ---- gestures ----

    /** Keeps the current drawing as a bitmap to move and scale during a gesture. */
    void beginGesture() {
        // A newer gesture makes any background frame still on its way stale.
        renderer.next();
        if (gestureView.isVisible() && cache != null) {
            // The canvas is blank under the bitmap of the last gesture, whose full drawing never arrived: keep it.
            return;
        }
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
            paintNow();
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
