package org.tracebench.calltable;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an FCC-style Attachment A, one row per traced call, with the header wordings
 * recognised for each (compared after {@link #fold}: case, punctuation and a "UTC" mention ignored).
 */
public enum AttachmentColumn {
    CUSTOMER("Customer", "customer", "customers", "customer name", "caller", "caller name", "customer identified",
            "originator customer", "end user", "end customer", "client", "subscriber"),
    NOTIFIED("Date of ITG Notification", "date of itg notification", "itg notification", "itg notification date",
            "date of notification", "notification date", "notification", "notified", "notified at", "date notified",
            "notice date", "traceback notice", "traceback notice date", "itg notice date", "date of itg notice"),
    CALL_TIME("Date of Call", "date of call", "call date", "call time", "call date time", "call datetime",
            "date and time of call", "date time of call", "time of call", "call timestamp", "timestamp", "date"),
    CALLER_ID("Caller ID", "caller id", "callerid", "caller number", "calling number", "calling party", "ani",
            "from", "from number", "originating number", "cli", "caller id number"),
    CALLED_NUMBER("Called Number", "called number", "called party", "called party number", "dialed number",
            "dialled number", "dnis", "to", "to number", "destination", "destination number", "recipient number"),
    DESCRIPTION("Description", "description", "campaign", "campaign name", "call description", "campaign description",
            "scam type", "call type", "type"),
    VIOLATION("Violation", "violation", "violations", "legal basis", "rule violated", "rules violated", "statute",
            "alleged violation");

    private final String header;
    private final List<String> variants;

    AttachmentColumn(String header, String... variants) {
        this.header = header;
        this.variants = List.of(variants);
    }

    /** The header as printed in the FCC's letters. */
    public String header() {
        return header;
    }

    /** The folded header wordings this column is recognised by. */
    public List<String> variants() {
        return variants;
    }

    /** The column a header names, if it is one of the recognised wordings. */
    public static Optional<AttachmentColumn> recognise(String header) {
        String folded = fold(header);
        for (AttachmentColumn column : values()) {
            if (column.variants.contains(folded)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The column with this enum name or printed header, for mappings typed by the user ("customer", "Caller ID"). */
    public static Optional<AttachmentColumn> byName(String name) {
        String folded = fold(name).replace(' ', '_');
        for (AttachmentColumn column : values()) {
            if (column.name().equalsIgnoreCase(folded) || fold(column.header).equals(fold(name))) {
                return Optional.of(column);
            }
        }
        return recognise(name);
    }

    /** Lower case, letters and digits only, single spaces; a "(UTC)" or "UTC" mention dropped. */
    public static String fold(String header) {
        if (header == null) {
            return "";
        }
        String lower = header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replace('_', ' ');
        String spaced = lower.replaceAll("[^a-z0-9]+", " ").strip();
        return spaced.replaceAll("\\b(utc|gmt|in utc)\\b", "").replaceAll("\\s+", " ").strip();
    }
}
