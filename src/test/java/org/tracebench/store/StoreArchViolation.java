package org.tracebench.store;

/** A deliberate breach for ArchitectureRulesBiteTest, never used: the other half of a store/cases cycle. */
public final class StoreArchViolation {
    Object cases = org.tracebench.cases.CasesArchViolation.class;
}
