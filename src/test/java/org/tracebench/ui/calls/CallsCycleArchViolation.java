package org.tracebench.ui.calls;

/** A deliberate breach for ArchitectureRulesBiteTest, never used: half of a cycle between two screens. */
public final class CallsCycleArchViolation {
    org.tracebench.ui.cases.CasesCycleArchViolation other;
}
