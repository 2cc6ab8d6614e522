package org.tracebench.ui.cases;

/** A deliberate breach for ArchitectureRulesBiteTest, never used: a screen holding the database. */
public final class DatabaseArchViolation {
    org.tracebench.store.Database database;
}
