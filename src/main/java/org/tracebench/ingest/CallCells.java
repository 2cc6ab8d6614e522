package org.tracebench.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;

/**
 * The cells of a traced call as an attachment table shows them, and the checks of a cell's text: the same
 * wording the letters print ("Sep 07, 2021 17:36", "... UTC") and the same readers the importer uses.
 */
public final class CallCells {

    public static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("MMM dd, yyyy HH:mm", Locale.US)
            .withZone(ZoneOffset.UTC);

    private CallCells() {
    }

    /** The text of a stored call's cell. */
    public static String text(TracedCall call, AttachmentColumn column) {
        return switch (column) {
            case CUSTOMER -> call.customerAsWritten() != null ? call.customerAsWritten()
                    : call.response() == ResponseStatus.NO_RESPONSE ? "No Response" : String.join(" / ", call.customers());
            case NOTIFIED -> call.notifications().stream().map(PRINTED::format).collect(Collectors.joining(" "));
            case CALL_TIME -> call.callTimeUtc() == null ? "" : PRINTED.format(call.callTimeUtc()) + " UTC";
            case CALLER_ID -> nullToEmpty(call.callerId());
            case CALLED_NUMBER -> nullToEmpty(call.calledNumber());
            case DESCRIPTION -> nullToEmpty(call.campaign());
            case VIOLATION -> nullToEmpty(call.violation());
        };
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

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
