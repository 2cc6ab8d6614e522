package org.tracebench.model;

/** A deliberate breach for ArchitectureRulesBiteTest: the model reaching for JDBC. Never used. */
public final class ModelArchViolation {
    java.sql.Connection connection;
}
