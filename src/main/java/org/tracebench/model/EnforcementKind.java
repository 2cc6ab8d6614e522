package org.tracebench.model;

/** The kinds of step taken against a provider that make up its enforcement history. */
public enum EnforcementKind {
    NOTICE("Notice"),
    CEASE_AND_DESIST("Cease-and-desist letter"),
    K4_NOTICE("K4 notice"),
    REMOVAL_ORDER("RMD removal order"),
    WARNING_LETTER("Warning letter"),
    OTHER("Other");

    private final String label;

    EnforcementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
