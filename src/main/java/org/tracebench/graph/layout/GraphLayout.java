package org.tracebench.graph.layout;

/** Places the vertices of a graph; pinned vertices keep their places, placed ones are a starting point. */
public interface GraphLayout {

    void apply(LayoutGraph graph, Placement placement);

    /** The layouts offered to users, by the names the batch command takes. */
    static GraphLayout named(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "layered" -> new LayeredLayout();
            case "force" -> new ForceLayout();
            case "circular" -> new CircularLayout();
            default -> throw new IllegalArgumentException("Unknown layout \"" + name + "\": use layered, force or circular");
        };
    }
}
