package org.tracebench.model;

/** The role a provider played in one traced call path. */
public enum HopRole {
    TERMINATING, INTERMEDIATE, GATEWAY, ORIGINATING
}
