package org.tracebench.graph.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A Sugiyama-style layered layout, left to right along the edges (originator to terminator): break
 * cycles, put each vertex in a layer (longest path, then pulled right towards its successors so edges
 * stay short), route long edges through dummy vertices, order each layer by barycentre sweeps keeping
 * the order with the fewest crossings, then place vertices vertically near their neighbours with at
 * least a minimum gap (isotonic regression per layer). Long edges get bend points at their dummies.
 * Vertices placed before keep their relative order where the crossings allow (incremental relayout).
 */
public final class LayeredLayout implements GraphLayout {

    private static final int SWEEPS = 24;
    private static final int PLACEMENT_ROUNDS = 8;
    private static final long DUMMY_BUDGET_FACTOR = 4;

    private final double layerGap;
    private final double vertexGap;

    public LayeredLayout() {
        this(260, 44);
    }

    public LayeredLayout(double layerGap, double vertexGap) {
        this.layerGap = layerGap;
        this.vertexGap = vertexGap;
    }

    @Override
    public void apply(LayoutGraph graph, Placement placement) {
        int n = graph.vertexCount();
        if (n == 0) {
            return;
        }
        boolean[] reversed = breakCycles(graph);
        int m = graph.edgeCount();
        int[] tail = new int[m];
        int[] head = new int[m];
        for (int e = 0; e < m; e++) {
            tail[e] = reversed[e] ? graph.to(e) : graph.from(e);
            head[e] = reversed[e] ? graph.from(e) : graph.to(e);
        }
        int[] layer = layers(n, tail, head);
        if (dummiesNeeded(layer, tail, head) > DUMMY_BUDGET_FACTOR * (n + m) + 1_000) {
            // Dense networks make the longest path very long (hundreds of layers, millions of dummies):
            // use hop distance instead, and let the few edges that then run backwards or within a layer be.
            layer = layersByDistance(n, tail, head);
        }
        Layering layering = new Layering(n, layer, tail, head);
        List<int[]> order = initialOrder(layering, placement);
        order = minimiseCrossings(layering, order);
        double[] y = verticalPositions(layering, order);
        for (int v = 0; v < n; v++) {
            if (!(placement.pinned(v) && placement.placed(v))) {
                placement.set(v, layering.layer[v] * layerGap, y[v]);
            }
        }
        double[][] bends = new double[m][];
        for (int e = 0; e < m; e++) {
            int[] chain = layering.dummies.get(e);
            if (chain.length > 0) {
                double[] points = new double[chain.length * 2];
                boolean backwards = reversed[e] ^ layering.flipped[e];
                for (int i = 0; i < chain.length; i++) {
                    int d = backwards ? chain[chain.length - 1 - i] : chain[i];
                    points[2 * i] = layering.layer[d] * layerGap;
                    points[2 * i + 1] = y[d];
                }
                bends[e] = points;
            }
        }
        placement.setBends(bends);
    }

    /** Marks the edges that close a cycle (found by depth-first search), to be laid out reversed. */
    static boolean[] breakCycles(LayoutGraph graph) {
        int n = graph.vertexCount();
        int m = graph.edgeCount();
        List<List<Integer>> out = new ArrayList<>(n);
        int[] inDegree = new int[n];
        for (int v = 0; v < n; v++) {
            out.add(new ArrayList<>());
        }
        for (int e = 0; e < m; e++) {
            out.get(graph.from(e)).add(e);
            inDegree[graph.to(e)]++;
        }
        boolean[] reversed = new boolean[m];
        int[] state = new int[n]; // 0 new, 1 on stack, 2 done
        Integer[] starts = new Integer[n];
        for (int v = 0; v < n; v++) {
            starts[v] = v;
        }
        Arrays.sort(starts, Comparator.comparingInt(v -> inDegree[v]));
        int[] stackVertex = new int[n];
        int[] stackNext = new int[n];
        for (int start : starts) {
            if (state[start] != 0) {
                continue;
            }
            int top = 0;
            stackVertex[top] = start;
            stackNext[top] = 0;
            state[start] = 1;
            top++;
            while (top > 0) {
                int v = stackVertex[top - 1];
                List<Integer> edges = out.get(v);
                if (stackNext[top - 1] < edges.size()) {
                    int e = edges.get(stackNext[top - 1]++);
                    int w = graph.to(e);
                    if (w == v || state[w] == 1) {
                        reversed[e] = w != v;
                    } else if (state[w] == 0) {
                        state[w] = 1;
                        stackVertex[top] = w;
                        stackNext[top] = 0;
                        top++;
                    }
                } else {
                    state[v] = 2;
                    top--;
                }
            }
        }
        return reversed;
    }

    /** Longest-path layers, then each vertex moved as far right as its successors allow. */
    static int[] layers(int n, int[] tail, int[] head) {
        int[] inDegree = new int[n];
        List<List<Integer>> successors = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            successors.add(new ArrayList<>());
        }
        for (int e = 0; e < tail.length; e++) {
            if (tail[e] != head[e]) {
                successors.get(tail[e]).add(head[e]);
                inDegree[head[e]]++;
            }
        }
        int[] topological = new int[n];
        int count = 0;
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int v = 0; v < n; v++) {
            if (inDegree[v] == 0) {
                ready.add(v);
            }
        }
        int[] layer = new int[n];
        while (!ready.isEmpty()) {
            int v = ready.poll();
            topological[count++] = v;
            for (int w : successors.get(v)) {
                layer[w] = Math.max(layer[w], layer[v] + 1);
                if (--inDegree[w] == 0) {
                    ready.add(w);
                }
            }
        }
        for (int i = count - 1; i >= 0; i--) {
            int v = topological[i];
            if (!successors.get(v).isEmpty()) {
                int tightest = Integer.MAX_VALUE;
                for (int w : successors.get(v)) {
                    tightest = Math.min(tightest, layer[w] - 1);
                }
                layer[v] = Math.max(layer[v], tightest);
            }
        }
        return layer;
    }

    private static long dummiesNeeded(int[] layer, int[] tail, int[] head) {
        long total = 0;
        for (int e = 0; e < tail.length; e++) {
            total += Math.max(0, Math.abs(layer[head[e]] - layer[tail[e]]) - 1);
        }
        return total;
    }

    /**
     * Layers by hop distance from the sources (breadth first), with sinks moved just right of their
     * furthest predecessor so terminators line up. Few layers even in dense networks; some edges may
     * then point backwards or stay within a layer.
     */
    static int[] layersByDistance(int n, int[] tail, int[] head) {
        List<List<Integer>> successors = new ArrayList<>(n);
        List<List<Integer>> predecessors = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            successors.add(new ArrayList<>());
            predecessors.add(new ArrayList<>());
        }
        for (int e = 0; e < tail.length; e++) {
            if (tail[e] != head[e]) {
                successors.get(tail[e]).add(head[e]);
                predecessors.get(head[e]).add(tail[e]);
            }
        }
        int[] layer = new int[n];
        Arrays.fill(layer, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int v = 0; v < n; v++) {
            if (predecessors.get(v).isEmpty()) {
                layer[v] = 0;
                queue.add(v);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : successors.get(v)) {
                if (layer[w] < 0) {
                    layer[w] = layer[v] + 1;
                    queue.add(w);
                }
            }
        }
        for (int v = 0; v < n; v++) {
            if (layer[v] < 0) {
                layer[v] = 0;
            }
        }
        for (int v = 0; v < n; v++) {
            if (successors.get(v).isEmpty() && !predecessors.get(v).isEmpty()) {
                int furthest = 0;
                for (int u : predecessors.get(v)) {
                    furthest = Math.max(furthest, layer[u]);
                }
                layer[v] = furthest + 1;
            }
        }
        return layer;
    }

    /** Real and dummy vertices by layer, with the links between neighbouring layers. */
    static final class Layering {
        final int real;
        int[] layer;
        int layers;
        final List<int[]> dummies = new ArrayList<>();
        /** Edges laid out against their direction because their head ended in an earlier layer. */
        final boolean[] flipped;
        final List<List<Integer>> up = new ArrayList<>();
        final List<List<Integer>> down = new ArrayList<>();

        Layering(int n, int[] realLayer, int[] tail, int[] head) {
            real = n;
            flipped = new boolean[tail.length];
            List<Integer> layerList = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                layerList.add(realLayer[v]);
                up.add(new ArrayList<>());
                down.add(new ArrayList<>());
            }
            for (int e = 0; e < tail.length; e++) {
                int from = tail[e];
                int to = head[e];
                if (realLayer[to] < realLayer[from]) {
                    flipped[e] = true;
                    from = head[e];
                    to = tail[e];
                }
                if (from == to || realLayer[from] == realLayer[to]) {
                    // Self-loops and edges within a layer take no part in ordering; drawn straight.
                    dummies.add(new int[0]);
                    continue;
                }
                int span = layerList.get(to) - layerList.get(from);
                int[] chain = new int[Math.max(0, span - 1)];
                int previous = from;
                for (int i = 0; i < chain.length; i++) {
                    int d = layerList.size();
                    layerList.add(layerList.get(from) + i + 1);
                    up.add(new ArrayList<>());
                    down.add(new ArrayList<>());
                    chain[i] = d;
                    connect(previous, d);
                    previous = d;
                }
                connect(previous, to);
                dummies.add(chain);
            }
            layer = layerList.stream().mapToInt(Integer::intValue).toArray();
            layers = Arrays.stream(layer).max().orElse(0) + 1;
        }

        private void connect(int from, int to) {
            down.get(from).add(to);
            up.get(to).add(from);
        }

        int size() {
            return layer.length;
        }
    }

    private static List<int[]> initialOrder(Layering layering, Placement placement) {
        List<List<Integer>> byLayer = new ArrayList<>();
        for (int l = 0; l < layering.layers; l++) {
            byLayer.add(new ArrayList<>());
        }
        // Depth-first discovery order keeps paths together; vertices placed before keep their order.
        boolean[] seen = new boolean[layering.size()];
        double[] key = new double[layering.size()];
        int counter = 0;
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int v = 0; v < layering.real; v++) {
            if (seen[v] || !layering.up.get(v).isEmpty()) {
                continue;
            }
            stack.push(v);
            while (!stack.isEmpty()) {
                int u = stack.pop();
                if (seen[u]) {
                    continue;
                }
                seen[u] = true;
                key[u] = counter++;
                byLayer.get(layering.layer[u]).add(u);
                List<Integer> next = layering.down.get(u);
                for (int i = next.size() - 1; i >= 0; i--) {
                    stack.push(next.get(i));
                }
            }
        }
        for (int v = 0; v < layering.size(); v++) {
            if (!seen[v]) {
                seen[v] = true;
                key[v] = counter++;
                byLayer.get(layering.layer[v]).add(v);
            }
        }
        boolean usePrevious = placement.placedCount() > 0;
        List<int[]> order = new ArrayList<>();
        for (List<Integer> vertices : byLayer) {
            if (usePrevious) {
                vertices.sort(Comparator.comparingDouble(v -> v < layering.real && placement.placed(v)
                        ? placement.y(v) : Double.MAX_VALUE));
            }
            order.add(vertices.stream().mapToInt(Integer::intValue).toArray());
        }
        return order;
    }

    private static List<int[]> minimiseCrossings(Layering layering, List<int[]> start) {
        List<int[]> order = copy(start);
        List<int[]> best = copy(order);
        long bestCrossings = crossings(layering, order);
        double[] position = new double[layering.size()];
        for (int sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
            boolean downward = sweep % 2 == 0;
            positions(order, position);
            if (downward) {
                for (int l = 1; l < layering.layers; l++) {
                    reorder(order.get(l), layering.up, position);
                }
            } else {
                for (int l = layering.layers - 2; l >= 0; l--) {
                    reorder(order.get(l), layering.down, position);
                }
            }
            long now = crossings(layering, order);
            if (now < bestCrossings) {
                bestCrossings = now;
                best = copy(order);
            }
        }
        return best;
    }

    private static void reorder(int[] vertices, List<List<Integer>> neighbours, double[] position) {
        double[] barycentre = new double[vertices.length];
        Integer[] index = new Integer[vertices.length];
        for (int i = 0; i < vertices.length; i++) {
            List<Integer> adjacent = neighbours.get(vertices[i]);
            double sum = 0;
            for (int w : adjacent) {
                sum += position[w];
            }
            barycentre[i] = adjacent.isEmpty() ? position[vertices[i]] : sum / adjacent.size();
            index[i] = i;
        }
        Arrays.sort(index, Comparator.comparingDouble(i -> barycentre[i]));
        int[] sorted = new int[vertices.length];
        for (int i = 0; i < vertices.length; i++) {
            sorted[i] = vertices[index[i]];
        }
        System.arraycopy(sorted, 0, vertices, 0, vertices.length);
        for (int i = 0; i < vertices.length; i++) {
            position[vertices[i]] = i;
        }
    }

    private static void positions(List<int[]> order, double[] position) {
        for (int[] vertices : order) {
            for (int i = 0; i < vertices.length; i++) {
                position[vertices[i]] = i;
            }
        }
    }

    /** Crossings between all neighbouring layers, counted as inversions with a Fenwick tree. */
    static long crossings(Layering layering, List<int[]> order) {
        double[] position = new double[layering.size()];
        positions(order, position);
        long total = 0;
        for (int l = 0; l + 1 < layering.layers; l++) {
            int[] upper = order.get(l);
            int width = order.get(l + 1).length;
            List<long[]> edges = new ArrayList<>();
            for (int u : upper) {
                for (int w : layering.down.get(u)) {
                    edges.add(new long[] {(long) position[u], (long) position[w]});
                }
            }
            edges.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            long[] tree = new long[width + 1];
            long seen = 0;
            for (long[] edge : edges) {
                int target = (int) edge[1] + 1;
                long notAfter = 0;
                for (int i = target; i > 0; i -= i & -i) {
                    notAfter += tree[i];
                }
                total += seen - notAfter;
                for (int i = target; i <= width; i += i & -i) {
                    tree[i]++;
                }
                seen++;
            }
        }
        return total;
    }

    private double[] verticalPositions(Layering layering, List<int[]> order) {
        double[] y = new double[layering.size()];
        for (int[] vertices : order) {
            for (int i = 0; i < vertices.length; i++) {
                y[vertices[i]] = i * vertexGap;
            }
        }
        for (int round = 0; round < PLACEMENT_ROUNDS; round++) {
            boolean downward = round % 2 == 0;
            for (int step = 0; step < layering.layers; step++) {
                int l = downward ? step : layering.layers - 1 - step;
                int[] vertices = order.get(l);
                double[] desired = new double[vertices.length];
                double[] weight = new double[vertices.length];
                for (int i = 0; i < vertices.length; i++) {
                    int v = vertices[i];
                    List<Integer> adjacent = new ArrayList<>(layering.up.get(v));
                    adjacent.addAll(layering.down.get(v));
                    desired[i] = adjacent.isEmpty() ? y[v] : median(adjacent, y);
                    // Dummies pull harder so long edges run straight.
                    weight[i] = v >= layering.real ? 2.0 : 1.0;
                }
                double[] placed = isotonic(desired, weight, vertexGap);
                for (int i = 0; i < vertices.length; i++) {
                    y[vertices[i]] = placed[i];
                }
            }
        }
        return y;
    }

    private static double median(List<Integer> vertices, double[] y) {
        double[] values = new double[vertices.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = y[vertices.get(i)];
        }
        Arrays.sort(values);
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /**
     * Positions as close as possible (least squares) to the desired ones while keeping the given order and
     * at least {@code gap} between neighbours: pool-adjacent-violators on desired[i] - i * gap.
     */
    static double[] isotonic(double[] desired, double[] weight, double gap) {
        int n = desired.length;
        double[] blockValue = new double[n];
        double[] blockWeight = new double[n];
        int[] blockSize = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            blockValue[blocks] = desired[i] - i * gap;
            blockWeight[blocks] = weight[i];
            blockSize[blocks] = 1;
            blocks++;
            while (blocks > 1 && blockValue[blocks - 2] > blockValue[blocks - 1]) {
                double w = blockWeight[blocks - 2] + blockWeight[blocks - 1];
                blockValue[blocks - 2] = (blockValue[blocks - 2] * blockWeight[blocks - 2]
                        + blockValue[blocks - 1] * blockWeight[blocks - 1]) / w;
                blockWeight[blocks - 2] = w;
                blockSize[blocks - 2] += blockSize[blocks - 1];
                blocks--;
            }
        }
        double[] result = new double[n];
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < blockSize[b]; k++, i++) {
                result[i] = blockValue[b] + i * gap;
            }
        }
        return result;
    }

    private static List<int[]> copy(List<int[]> order) {
        List<int[]> result = new ArrayList<>(order.size());
        for (int[] vertices : order) {
            result.add(vertices.clone());
        }
        return result;
    }
}
