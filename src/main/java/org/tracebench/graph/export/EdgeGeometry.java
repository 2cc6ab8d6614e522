package org.tracebench.graph.export;

import org.tracebench.graph.ViewGraph;
import org.tracebench.graph.layout.Placement;

/** The points an edge is drawn through: from the rim of its source, via bend points, to the rim of its target. */
public final class EdgeGeometry {

    private EdgeGeometry() {
    }

    public static double[] polyline(GraphPicture picture, int edgeIndex) {
        ViewGraph view = picture.view();
        ViewGraph.Edge edge = view.edges().get(edgeIndex);
        Placement p = picture.placement();
        double[] bends = p.bends(edgeIndex);
        double[] points = new double[bends.length + 4];
        points[0] = p.x(edge.from());
        points[1] = p.y(edge.from());
        System.arraycopy(bends, 0, points, 2, bends.length);
        points[points.length - 2] = p.x(edge.to());
        points[points.length - 1] = p.y(edge.to());
        trim(points, 0, picture.style().radius(view.node(edge.from())));
        trim(points, points.length - 2, picture.style().radius(view.node(edge.to())) + 1);
        return points;
    }

    // Moves an end point towards its neighbour by the node radius so arrows touch the circle's rim.
    private static void trim(double[] points, int at, double radius) {
        int other = at == 0 ? 2 : at - 2;
        double dx = points[other] - points[at];
        double dy = points[other + 1] - points[at + 1];
        double length = Math.sqrt(dx * dx + dy * dy);
        if (length > radius * 2) {
            points[at] += dx / length * radius;
            points[at + 1] += dy / length * radius;
        }
    }
}
