package org.tracebench.graph;

/** How a party answered traceback requests across the calls in a graph. */
public enum ResponseBehaviour {
    ANSWERS("Answers tracebacks"),
    SOMETIMES_SILENT("Sometimes silent"),
    SILENT("Never answered"),
    PENDING("Pending"),
    CUSTOMER("Customer (caller)");

    private final String label;

    ResponseBehaviour(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
