package org.tracebench.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.model.TracedCall;

/** Turns the cells of one attachment-table row into a traced call. */
public final class AttachmentRows {

    private AttachmentRows() {
    }

    /**
     * Builds the call from cells keyed by column; values are kept as written except the timestamps and the
     * customer cell, which are parsed. Throws IllegalArgumentException naming the column on a bad cell.
     */
    public static TracedCall toCall(long caseId, Map<AttachmentColumn, String> cells) {
        CustomerCell customer = CustomerCell.parse(cells.get(AttachmentColumn.CUSTOMER));
        List<Instant> notifications;
        try {
            notifications = TimestampParser.parseAll(cells.get(AttachmentColumn.NOTIFIED));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(AttachmentColumn.NOTIFIED.header() + ": " + e.getMessage(), e);
        }
        Instant callTime = parseColumn(AttachmentColumn.CALL_TIME, cells);
        String campaign = blankToNull(cells.get(AttachmentColumn.DESCRIPTION));
        return new TracedCall(0, caseId, null, callTime, blankToNull(cells.get(AttachmentColumn.CALLER_ID)),
                blankToNull(cells.get(AttachmentColumn.CALLED_NUMBER)), campaign,
                blankToNull(cells.get(AttachmentColumn.VIOLATION)), notifications, customer.response(),
                customer.names(), blankToNull(cells.get(AttachmentColumn.CUSTOMER)), campaign);
    }

    private static Instant parseColumn(AttachmentColumn column, Map<AttachmentColumn, String> cells) {
        try {
            return TimestampParser.parseOne(cells.get(column));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(column.header() + ": " + e.getMessage(), e);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
