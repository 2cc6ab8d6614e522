package org.tracebench.ingest;

import java.util.Locale;
import java.util.Optional;

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

    /** Headers are matched ignoring case, spaces for underscores and a byte-order mark. */
    public static Optional<TracebackColumn> recognise(String header) {
        String folded = header == null ? "" : header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s-]+", "_");
        for (TracebackColumn column : values()) {
            if (column.header().equals(folded)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
