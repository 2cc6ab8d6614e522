package org.tracebench.ingest;

import java.util.Locale;
import java.util.Optional;
import org.tracebench.calltable.HeaderFold;

/** The columns of Tracebench's traceback exchange format, one row per hop (see docs/formats.md). */
public enum TracebackColumn {
    TRACEBACK_ID(true), CALL_TIME_UTC(false), CALLER_ID(false), CALLED_NUMBER(false), CAMPAIGN(false),
    VIOLATION(false), HOP(true), PROVIDER(true), ROLE(true), NOTIFIED_AT_UTC(false), RESPONDED_AT_UTC(false),
    RESPONSE(true), CUSTOMER(false), ATTESTATION(false);

    private final boolean required;

    TracebackColumn(boolean required) {
        this.required = required;
    }

    /** The header as written in the format: lower case with underscores. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean required() {
        return required;
    }

    /** The header as compared: folded as Attachment A headers are, so both formats accept the same spellings. */
    public String folded() {
        return HeaderFold.fold(header());
    }

    /** The column a header names, in any spelling {@link HeaderFold} folds ("Call Time (UTC)", "Hops", "Role:"). */
    public static Optional<TracebackColumn> recognise(String header) {
        for (String candidate : HeaderFold.candidates(header)) {
            for (TracebackColumn column : values()) {
                if (column.folded().equals(candidate)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }
}
