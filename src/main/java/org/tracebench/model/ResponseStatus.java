package org.tracebench.model;

/** How a provider answered a traceback request. */
public enum ResponseStatus {
    UPSTREAM_IDENTIFIED, CUSTOMER_IDENTIFIED, NO_RESPONSE, PENDING;

    public boolean answered() {
        return this == UPSTREAM_IDENTIFIED || this == CUSTOMER_IDENTIFIED;
    }
}
