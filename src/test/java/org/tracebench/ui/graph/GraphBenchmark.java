package org.tracebench.ui.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.tracebench.graph.CallData;
import org.tracebench.graph.layout.Crossings;
import org.tracebench.graph.layout.ForceLayout;
import org.tracebench.graph.layout.LayeredLayout;
import org.tracebench.graph.layout.LayoutGraph;
import org.tracebench.graph.layout.Placement;
import org.tracebench.model.Hop;
import org.tracebench.model.HopRole;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;

/**
 * The graph benchmark of issue #4 (not a unit test). Prints, in one run:
 * force layout time and edge crossings beside JGraphT's IndexedFRLayoutAlgorithm2D with the same
 * iterations on a generated network of 10,000 providers and 50,000 edges; layered layout time for a
 * 2,000-node call-flow graph; and per-frame redraw times of the Graph screen's canvas while panning and
 * zooming, with JavaFX's software pipeline (headless Monocle).
 *
 * <p>Run: see docs/benchmarks.md (needs the test class path and JDK 21+).
 */
public final class GraphBenchmark {

    /** The network's size: 10,000 providers and 50,000 links (issue 4) unless given as arguments. */
    private static int networkProviders = 10_000;
    private static int networkEdges = 50_000;
    private static final int ITERATIONS = 100;
    private static final long SEED = 42;

    public static void main(String[] args) throws Exception {
        if (args.length >= 2) {
            networkProviders = Integer.parseInt(args[0]);
            networkEdges = Integer.parseInt(args[1]);
        }
        System.out.printf(Locale.ROOT, "Java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        int[][] edges = network(networkProviders, networkEdges, SEED);
        LayoutGraph graph = new LayoutGraph(networkProviders, edges[0], edges[1]);
        int[][] small = network(2_000, 10_000, SEED + 1);
        // Warm up both implementations (JIT) on a smaller network first.
        runOurs(new LayoutGraph(2_000, small[0], small[1]));
        runJgrapht(2_000, small);

        System.out.printf(Locale.ROOT, "%nForce layout, %d providers, %d edges, %d iterations, theta 0.5:%n",
                networkProviders, edges[0].length, ITERATIONS);
        long t0 = System.nanoTime();
        Placement ours = runOurs(graph);
        long oursMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        Placement theirs = runJgrapht(networkProviders, edges);
        long theirsMs = (System.nanoTime() - t0) / 1_000_000;
        long oursCrossings = Crossings.count(graph, ours);
        long theirsCrossings = Crossings.count(graph, theirs);
        System.out.printf(Locale.ROOT, "  Tracebench ForceLayout (Barnes-Hut) : %6d ms, %,d edge crossings%n", oursMs, oursCrossings);
        System.out.printf(Locale.ROOT, "  JGraphT IndexedFRLayoutAlgorithm2D  : %6d ms, %,d edge crossings%n", theirsMs, theirsCrossings);
        System.out.printf(Locale.ROOT, "  goal (no slower, no more crossings) : %s%n",
                oursMs <= theirsMs && oursCrossings <= theirsCrossings ? "met" : "NOT met");

        LayoutGraph flow = callFlow(2_000, 6_000, SEED);
        new LayeredLayout().apply(flow, new Placement(flow.vertexCount()));
        t0 = System.nanoTime();
        Placement layered = new Placement(flow.vertexCount());
        new LayeredLayout().apply(flow, layered);
        long layeredMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT, "%nLayered layout, call-flow graph of %d nodes, %d edges: %d ms%n",
                flow.vertexCount(), flow.edgeCount(), layeredMs);

        redraw(edges);
        System.exit(0);
    }

    private static Placement runOurs(LayoutGraph graph) {
        Placement placement = new Placement(graph.vertexCount());
        new ForceLayout(ITERATIONS, 0.5, SEED, 60).apply(graph, placement);
        return placement;
    }

    private static Placement runJgrapht(int n, int[][] edges) {
        Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (int e = 0; e < edges[0].length; e++) {
            g.addEdge(edges[0][e], edges[1][e]);
        }
        double side = new ForceLayout(ITERATIONS, 0.5, SEED, 60).sideFor(n);
        MapLayoutModel2D<Integer> model = new MapLayoutModel2D<>(new Box2D(side, side));
        new IndexedFRLayoutAlgorithm2D<Integer, DefaultEdge>(ITERATIONS, 0.5, 0.5, new Random(SEED)).layout(g, model);
        Placement placement = new Placement(n);
        for (int v = 0; v < n; v++) {
            Point2D point = model.get(v);
            placement.set(v, point.getX(), point.getY());
        }
        return placement;
    }

    /** A network with hubs: sources uniform, targets by preferential attachment; no self-loops or duplicates. */
    static int[][] network(int n, int m, long seed) {
        Random random = new Random(seed);
        int[] from = new int[m];
        int[] to = new int[m];
        int[] ends = new int[2 * m + n];
        int endCount = 0;
        for (int v = 0; v < n; v++) {
            ends[endCount++] = v;
        }
        Set<Long> seen = new HashSet<>();
        int e = 0;
        while (e < m) {
            int a = random.nextInt(n);
            int b = ends[random.nextInt(endCount)];
            if (a == b || !seen.add((long) a * n + b) || seen.contains((long) b * n + a)) {
                continue;
            }
            from[e] = a;
            to[e] = b;
            ends[endCount++] = a;
            ends[endCount++] = b;
            e++;
        }
        return new int[][] {from, to};
    }

    /** Customers -> originators -> (gateways) -> intermediates -> terminators, like traced call paths. */
    static LayoutGraph callFlow(int n, int calls, long seed) {
        Random random = new Random(seed);
        int customers = n / 5;
        int originators = n * 3 / 20;
        int gateways = n / 13;
        int intermediates = n * 3 / 10;
        int terminators = n - customers - originators - gateways - intermediates;
        int[] start = {0, customers, customers + originators, customers + originators + gateways,
                customers + originators + gateways + intermediates};
        Set<Long> seen = new HashSet<>();
        List<int[]> edges = new ArrayList<>();
        for (int c = 0; c < calls; c++) {
            List<Integer> path = new ArrayList<>();
            path.add(start[0] + random.nextInt(customers));
            path.add(start[1] + skewed(random, originators));
            if (random.nextBoolean()) {
                path.add(start[2] + skewed(random, gateways));
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                path.add(start[3] + skewed(random, intermediates));
            }
            path.add(start[4] + random.nextInt(terminators));
            for (int i = 0; i + 1 < path.size(); i++) {
                int a = path.get(i);
                int b = path.get(i + 1);
                if (a != b && seen.add((long) a * n + b)) {
                    edges.add(new int[] {a, b});
                }
            }
        }
        int[] from = edges.stream().mapToInt(x -> x[0]).toArray();
        int[] to = edges.stream().mapToInt(x -> x[1]).toArray();
        return new LayoutGraph(n, from, to);
    }

    private static int skewed(Random random, int size) {
        double u = random.nextDouble();
        return Math.min(size - 1, (int) (size * u * u));
    }

    // ---- redraw ----

    private static void redraw(int[][] edges) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        Platform.startup(() -> { });
        CallData data = syntheticData(edges);
        GraphViewModel model = new GraphViewModel();
        model.setLayout("force");
        long t0 = System.nanoTime();
        model.load(data, null, "Benchmark");
        System.out.printf(Locale.ROOT, "%nGraph screen (software rendering, 1200x760 canvas), %d nodes, %d edges"
                + " (model build + force layout %d ms):%n", model.view().size(), model.view().edges().size(),
                (System.nanoTime() - t0) / 1_000_000);
        GraphCanvas canvas = onFx(() -> {
            GraphCanvas c = new GraphCanvas(model);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(c), 1200, 760));
            stage.show();
            c.applyCss();
            c.layout();
            c.refresh();
            c.fit();
            return c;
        });
        double[] empty = measure(10, () -> {
            canvas.snapshot(null, null);
        });
        report("snapshot of an unchanged canvas (measuring overhead)", empty);
        report("full redraw, whole graph in view (level of detail)", measure(10, () -> {
            canvas.paintNow();
            canvas.snapshot(null, null);
        }));
        System.out.printf(Locale.ROOT, "    (links left out by the level-of-detail budget at this zoom: %,d)%n", canvas.omittedEdges());
        onFx(() -> {
            canvas.beginGesture();
            return null;
        });
        report("pan frame (cached bitmap moved)", measure(30, () -> {
            canvas.panBy(7, 3);
            canvas.drawGestureFrame();
            canvas.snapshot(null, null);
        }));
        report("zoom frame (cached bitmap scaled)", measure(30, () -> {
            canvas.zoom(1.03, 600, 380);
            canvas.drawGestureFrame();
            canvas.snapshot(null, null);
        }));
        onFx(() -> {
            canvas.fit();
            canvas.zoom(12, 600, 380);
            return null;
        });
        report("full redraw when the gesture settles, zoomed in x12 (culling)", measure(10, () -> {
            canvas.paintNow();
            canvas.snapshot(null, null);
        }));
        System.out.printf(Locale.ROOT, "    (links left out at this zoom: %,d)%n", canvas.omittedEdges());
        gestureEnd(canvas, model);
    }

    /**
     * FX-thread time blocked when a zoom gesture ends, drawing on the FX thread (as before the background
     * renderer) beside drawing in the background: then the FX thread only takes the snapshot of the view,
     * and later swaps the finished image in. Also prints how long the finished image takes to arrive.
     */
    private static void gestureEnd(GraphCanvas canvas, GraphViewModel model) throws Exception {
        System.out.printf(Locale.ROOT, "%nFX thread blocked when a zoom gesture ends (whole network in view, then x12):%n");
        for (double zoom : new double[] {1, 12}) {
            onFx(() -> {
                canvas.fit();
                canvas.zoom(zoom, 600, 380);
                return null;
            });
            waitShown(canvas);
            double[] direct = measure(10, () -> {
                canvas.beginGesture();
                canvas.zoom(1.03, 600, 380);
                canvas.drawGestureFrame();
                canvas.snapshot(null, null);
                long t = System.nanoTime();
                canvas.paintNow();
                canvas.snapshot(null, null);
                lastBlocked = (System.nanoTime() - t) / 1e6;
            }, () -> lastBlocked);
            int frames = 10;
            double[] blocked = new double[frames];
            double[] arrival = new double[frames];
            for (int i = -1; i < frames; i++) {
                long[] times = onFx(() -> {
                    canvas.beginGesture();
                    canvas.zoom(1 / 1.03, 600, 380);
                    canvas.drawGestureFrame();
                    canvas.snapshot(null, null);
                    long t = System.nanoTime();
                    canvas.redraw();
                    return new long[] {System.nanoTime() - t, t};
                });
                waitShown(canvas);
                long swap = onFx(() -> {
                    long t = System.nanoTime();
                    canvas.snapshot(null, null);
                    return System.nanoTime() - t + canvas.renderer().lastSwapNanos();
                });
                if (i >= 0) {
                    blocked[i] = (times[0] + swap) / 1e6;
                    arrival[i] = (System.nanoTime() - times[1]) / 1e6;
                }
            }
            String where = zoom == 1 ? "whole network" : "zoomed in x12";
            shoot(canvas, zoom == 1 ? "whole" : "x12");
            report("  drawn on the FX thread (before), " + where, direct);
            report("  drawn in the background (after), " + where, blocked);
            report("    ... time until the full drawing is shown", arrival);
        }
        if (System.getProperty("tracebench.shots") != null) {
            // Close in with a selected node, to compare labels and the selection ring of both pens.
            onFx(() -> {
                canvas.fit();
                canvas.zoom(80, 600, 380);
                int node = canvas.nodeAt(600, 380);
                model.selection().add(model.view().node(node < 0 ? 0 : node).key());
                return null;
            });
            waitShown(canvas);
            shoot(canvas, "x80-selected");
        }
    }

    private static double lastBlocked;

    /**
     * With -Dtracebench.shots=DIR, writes the background drawing now on the canvas and the same camera drawn
     * on the FX thread, to compare by eye.
     */
    private static void shoot(GraphCanvas canvas, String name) throws Exception {
        String dir = System.getProperty("tracebench.shots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
        onFx(() -> {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(canvas.snapshot(null, null), null),
                    "png", java.nio.file.Path.of(dir, "graph-10k-" + name + "-background.png").toFile());
            canvas.paintNow();
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(canvas.snapshot(null, null), null),
                    "png", java.nio.file.Path.of(dir, "graph-10k-" + name + "-fx-thread.png").toFile());
            return null;
        });
    }

    private static void waitShown(GraphCanvas canvas) throws Exception {
        while (onFx(() -> canvas.renderer().shownGeneration() != canvas.renderer().generation())) {
            Thread.sleep(1);
        }
    }

    /** Runs the frame, then reports the figure {@code sample} gives after each run (warm-up first). */
    private static double[] measure(int frames, Runnable frame, java.util.function.DoubleSupplier sample) throws Exception {
        return onFx(() -> {
            frame.run();
            double[] times = new double[frames];
            for (int i = 0; i < frames; i++) {
                frame.run();
                times[i] = sample.getAsDouble();
            }
            return times;
        });
    }

    private static void report(String what, double[] millis) {
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "  %-62s median %6.1f ms, p95 %6.1f ms%n", what, millis[millis.length / 2],
                millis[(int) Math.min(millis.length - 1, Math.ceil(millis.length * 0.95) - 1)]);
    }

    private static double[] measure(int frames, Runnable frame) throws Exception {
        return onFx(() -> {
            frame.run();
            double[] times = new double[frames];
            for (int i = 0; i < frames; i++) {
                long t = System.nanoTime();
                frame.run();
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            return times;
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    /** One traced call per edge: two hops, the edge's source handing the call to its target. */
    static CallData syntheticData(int[][] edges) {
        return syntheticData(networkProviders, edges);
    }

    /** As above for a network of {@code count} providers (also used by GraphCanvasRenderTest). */
    static CallData syntheticData(int count, int[][] edges) {
        List<Provider> providers = new ArrayList<>(count);
        for (int v = 0; v < count; v++) {
            providers.add(Provider.named("Provider " + v).withId(v + 1));
        }
        List<TracedCall> calls = new ArrayList<>(edges[0].length);
        List<Hop> hops = new ArrayList<>(edges[0].length * 2);
        Instant time = Instant.parse("2024-01-01T00:00:00Z");
        for (int e = 0; e < edges[0].length; e++) {
            long id = e + 1;
            calls.add(new TracedCall(id, 0, "TB-" + id, time.plusSeconds(e * 60L), null, null, "Campaign " + (e % 7),
                    null, List.of(), ResponseStatus.UPSTREAM_IDENTIFIED, List.of(), null, null));
            hops.add(new Hop(2 * id, id, 1, edges[1][e] + 1, HopRole.TERMINATING, null, null,
                    ResponseStatus.UPSTREAM_IDENTIFIED, null, false));
            hops.add(new Hop(2 * id + 1, id, 2, edges[0][e] + 1, HopRole.ORIGINATING, null, null,
                    e % 5 == 0 ? ResponseStatus.NO_RESPONSE : ResponseStatus.CUSTOMER_IDENTIFIED, null, false));
        }
        return new CallData(providers, calls, hops, List.of());
    }
}
