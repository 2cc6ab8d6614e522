package org.tracebench.ingest;

import java.time.Instant;
import java.util.List;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.model.TracedCall;

/**
 * The checks of a call table cell, with the same readers the importer uses: what a typed text is worth, and
 * what about a stored value deserves the user's eye. How a cell reads is {@link org.tracebench.calltable.CallWording}.
 */
public final class CellChecks {

    private CellChecks() {
    }

    /**
     * Why a stored value deserves the user's eye, or null: a phone number that could not be put in E.164,
     * a missing call time, a notification before the call.
     */
    public static String concern(TracedCall call, AttachmentColumn column, String region) {
        return switch (column) {
            case CALLER_ID -> PhoneNumbers.normalize(call.callerId(), region).problem();
            case CALLED_NUMBER -> PhoneNumbers.normalize(call.calledNumber(), region).problem();
            case CALL_TIME -> call.callTimeUtc() == null ? "the date of the call is missing" : null;
            case NOTIFIED -> call.callTimeUtc() != null && call.notifications().stream().anyMatch(n -> n.isBefore(call.callTimeUtc()))
                    ? "a notification is dated before the call" : null;
            default -> null;
        };
    }

    /** A cell's text checked for its column: the problem (null when the text is acceptable). */
    public static String problem(AttachmentColumn column, String text) {
        try {
            switch (column) {
                case NOTIFIED -> TimestampParser.parseAll(text);
                case CALL_TIME -> TimestampParser.parseOne(text);
                default -> {
                    return null;
                }
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static List<Instant> notifications(String text) {
        return TimestampParser.parseAll(text);
    }
}
