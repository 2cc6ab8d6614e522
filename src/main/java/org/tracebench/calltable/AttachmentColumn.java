package org.tracebench.calltable;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of an FCC-style Attachment A, one row per traced call, with the header wordings
 * recognised for each (compared after {@link HeaderFold}: case, punctuation, plurals, "(s)", a colon and a
 * bracketed unit or time zone ignored).
 */
public enum AttachmentColumn {
    CUSTOMER("Customer", "customer", "customer name", "caller", "caller name", "customer identified",
            "originator customer", "originating customer", "end user", "end customer", "client", "subscriber",
            "customer of record", "identified customer"),
    NOTIFIED("Date of ITG Notification", "date of itg notification", "itg notification", "itg notification date",
            "date of notification", "notification date", "notification", "notified", "notified at", "date notified",
            "notice date", "traceback notice", "traceback notice date", "itg notice date", "date of itg notice",
            "itg notice", "notice sent", "date notice sent", "itg notification sent", "date of traceback notice",
            "traceback notification date"),
    CALL_TIME("Date of Call", "date of call", "call date", "call time", "call date time", "call datetime",
            "date and time of call", "date time of call", "time of call", "call timestamp", "timestamp", "date",
            "call date and time", "date time", "datetime", "call start", "call start time", "date of the call"),
    CALLER_ID("Caller ID", "caller id", "callerid", "caller number", "calling number", "calling party", "ani",
            "from", "from number", "originating number", "cli", "caller id number", "calling party number",
            "caller id ani", "ani number", "source number", "calling line id"),
    CALLED_NUMBER("Called Number", "called number", "called party", "called party number", "dialed number",
            "dialled number", "dnis", "to", "to number", "destination", "destination number", "recipient number",
            "called", "dnis number", "terminating number", "number called"),
    DESCRIPTION("Description", "description", "campaign", "campaign name", "call description", "campaign description",
            "scam type", "call type", "type", "campaign type", "call content", "robocall description"),
    VIOLATION("Violation", "violation", "legal basis", "rule violated", "statute",
            "alleged violation", "violation type", "rule", "statute violated");

    private final String header;
    private final List<String> variants;
    /** The wordings folded once, as headers are: the list above is written for people to read. */
    private final Set<String> folded;

    AttachmentColumn(String header, String... variants) {
        this.header = header;
        this.variants = List.of(variants);
        this.folded = Stream.concat(Stream.of(header), Stream.of(variants)).map(HeaderFold::fold)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The header as printed in the FCC's letters. */
    public String header() {
        return header;
    }

    /** The header wordings this column is recognised by, as listed (each also matches its other spellings). */
    public List<String> variants() {
        return variants;
    }

    /** The wordings as compared: each passed through {@link HeaderFold#fold}. */
    public Set<String> foldedVariants() {
        return folded;
    }

    /** The column a header names, if it is one of the recognised wordings in any spelling {@link HeaderFold} folds. */
    public static Optional<AttachmentColumn> recognise(String header) {
        for (String candidate : HeaderFold.candidates(header)) {
            for (AttachmentColumn column : values()) {
                if (column.folded.contains(candidate)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The column a header names with its bracketed parts kept, as in {@link #recognise} before they are
     * dropped: "Date of Call (UTC)" names it so, "Date of Call (Local)" only once its bracket is dropped.
     */
    public static Optional<AttachmentColumn> recogniseAsWritten(String header) {
        String folded = HeaderFold.candidates(header).get(0);
        for (AttachmentColumn column : values()) {
            if (column.folded.contains(folded)) {
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

    /** The header as compared with the wordings; see {@link HeaderFold#fold}. */
    public static String fold(String header) {
        return HeaderFold.fold(header);
    }
}
