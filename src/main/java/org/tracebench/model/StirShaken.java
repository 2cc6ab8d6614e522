package org.tracebench.model;

/** STIR/SHAKEN implementation as certified in the RMD. */
public enum StirShaken {
    COMPLETE, PARTIAL, NONE, UNKNOWN
}
