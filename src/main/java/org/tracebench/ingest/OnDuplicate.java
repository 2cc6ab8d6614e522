package org.tracebench.ingest;

/** What an import does with a row whose call is already in the case (see {@link CallIdentity}). */
public enum OnDuplicate {
    /** Write only the new calls; calls already there, identical or not, are left as they are. */
    SKIP,
    /** Write the new calls and rewrite those whose values changed; identical ones are left alone. */
    UPDATE,
    /** Write every row, as imports did before duplicates were looked for. */
    KEEP
}
