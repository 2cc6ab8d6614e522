package org.tracebench.transfer;

/** Which copy of a field wins a conflict: the one in this database, or the one in the case file. */
public enum Side {
    MINE, THEIRS
}
