package org.tracebench.graph;

/** A deliberate breach for ArchitectureRulesBiteTest, never used: a service using a JavaFX type. */
public final class GraphFxArchViolation {
    javafx.scene.paint.Color colour;
}
