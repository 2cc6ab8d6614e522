package org.tracebench.graph.export;

import org.tracebench.graph.CallData;
import org.tracebench.graph.CallGraph;
import org.tracebench.graph.GraphFilter;
import org.tracebench.graph.GraphStyle;
import org.tracebench.graph.ViewGraph;
import org.tracebench.graph.layout.GraphLayout;
import org.tracebench.graph.layout.Placement;

/** Builds, lays out and styles a whole graph in one step, for the batch command and quick exports. */
public final class GraphDrawings {

    private GraphDrawings() {
    }

    public static GraphPicture draw(CallData data, GraphFilter filter, GraphLayout layout, GraphStyle.ColourBy colourBy,
                                    String title) {
        ViewGraph view = ViewGraph.of(CallGraph.build(data, filter));
        Placement placement = new Placement(view.size());
        layout.apply(view.layoutGraph(), placement);
        return GraphPicture.plain(view, placement, new GraphStyle(colourBy, view), title);
    }
}
