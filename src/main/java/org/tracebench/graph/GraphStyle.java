package org.tracebench.graph;

import org.tracebench.model.RmdStatus;

/**
 * How parties and links look, shared by the screen and the exports so pictures match: colour by RMD
 * status or by response behaviour, node radius by traffic, edge width by traced calls. Colours are
 * 0xRRGGBB so no drawing toolkit is needed here.
 */
public final class GraphStyle {

    /** What the node colour shows. */
    public enum ColourBy { RMD_STATUS, RESPONSE }

    public static final int CUSTOMER_COLOUR = 0x8E6CBF;
    public static final int GROUP_COLOUR = 0x5C6B7A;
    public static final int EDGE_COLOUR = 0x8A97A6;
    public static final int HIGHLIGHT_COLOUR = 0xE8590C;
    public static final int SELECTION_COLOUR = 0x1C7ED6;

    private final ColourBy colourBy;
    private final int maxTraffic;
    private final int maxCalls;

    public GraphStyle(ColourBy colourBy, ViewGraph view) {
        this.colourBy = colourBy;
        this.maxTraffic = Math.max(1, view.nodes().stream().mapToInt(ViewGraph.Node::traffic).max().orElse(1));
        this.maxCalls = Math.max(1, view.edges().stream().mapToInt(ViewGraph.Edge::calls).max().orElse(1));
    }

    public ColourBy colourBy() {
        return colourBy;
    }

    public int colour(ViewGraph.Node node) {
        if (node.isGroup()) {
            return GROUP_COLOUR;
        }
        Party party = node.party();
        if (party.isCustomer()) {
            return CUSTOMER_COLOUR;
        }
        return colourBy == ColourBy.RMD_STATUS ? rmdColour(party.provider().rmdStatus()) : responseColour(party.behaviour());
    }

    public static int rmdColour(RmdStatus status) {
        return switch (status) {
            case REGISTERED -> 0x2F9E44;
            case DEFICIENT -> 0xF59F00;
            case NOT_FILED -> 0xE03131;
            case REMOVED -> 0x862E9C;
            case UNKNOWN -> 0x868E96;
        };
    }

    public static int responseColour(ResponseBehaviour behaviour) {
        return switch (behaviour) {
            case ANSWERS -> 0x2F9E44;
            case SOMETIMES_SILENT -> 0xF59F00;
            case SILENT -> 0xE03131;
            case PENDING -> 0x868E96;
            case CUSTOMER -> CUSTOMER_COLOUR;
        };
    }

    /** Radius in drawing units: 7 for the quietest, up to 22 for the busiest (square-root scale). */
    public double radius(ViewGraph.Node node) {
        return 7 + 15 * Math.sqrt((double) node.traffic() / maxTraffic);
    }

    /** Edge width: 1 for one call, up to 8 for the busiest link (square-root scale). */
    public double width(ViewGraph.Edge edge) {
        return 1 + 7 * Math.sqrt((double) (edge.calls() - 1) / Math.max(1, maxCalls - 1));
    }

    /** Legend entries for the current colouring: label and colour. */
    public java.util.List<java.util.Map.Entry<String, Integer>> legend() {
        java.util.List<java.util.Map.Entry<String, Integer>> entries = new java.util.ArrayList<>();
        if (colourBy == ColourBy.RMD_STATUS) {
            for (RmdStatus status : RmdStatus.values()) {
                entries.add(java.util.Map.entry("RMD: " + label(status), rmdColour(status)));
            }
        } else {
            for (ResponseBehaviour behaviour : ResponseBehaviour.values()) {
                if (behaviour != ResponseBehaviour.CUSTOMER) {
                    entries.add(java.util.Map.entry(behaviour.label(), responseColour(behaviour)));
                }
            }
        }
        entries.add(java.util.Map.entry("Customer (caller)", CUSTOMER_COLOUR));
        entries.add(java.util.Map.entry("Collapsed group", GROUP_COLOUR));
        return entries;
    }

    public static String label(RmdStatus status) {
        return switch (status) {
            case REGISTERED -> "registered";
            case DEFICIENT -> "deficient filing";
            case NOT_FILED -> "not filed";
            case REMOVED -> "removed";
            case UNKNOWN -> "unknown";
        };
    }

    public static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xFFFFFF);
    }
}
