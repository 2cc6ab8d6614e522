package org.tracebench.model;

/** A voice service provider in a call path, or a caller (customer) named by an originating provider. */
public enum PartyKind {
    PROVIDER, CUSTOMER
}
