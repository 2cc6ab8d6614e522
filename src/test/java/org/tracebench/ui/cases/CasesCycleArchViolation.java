package org.tracebench.ui.cases;

/** A deliberate breach for ArchitectureRulesBiteTest, never used: the other half of the cycle. */
public final class CasesCycleArchViolation {
    org.tracebench.ui.calls.CallsCycleArchViolation other;
}
