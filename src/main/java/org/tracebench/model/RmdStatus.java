package org.tracebench.model;

/** Where a provider stands in the FCC's Robocall Mitigation Database. */
public enum RmdStatus {
    REGISTERED, NOT_FILED, DEFICIENT, REMOVED, UNKNOWN;

    public boolean isListed() {
        return this == REGISTERED || this == DEFICIENT;
    }
}
