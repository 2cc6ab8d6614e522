package org.tracebench.sheets;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;

/** What each field of a traced call shows in a cell, as text (dates are handled by the writer). */
final class CallCells {

    /** The text form of a timestamp inside a multi-timestamp cell; same look as the date cells. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.US)
            .withZone(ZoneOffset.UTC);

    private CallCells() {
    }

    /** The Customer cell: as written when we have it, else the named customers, else the response status. */
    static String customer(TracedCall call) {
        if (call.customerAsWritten() != null && !call.customerAsWritten().isBlank()) {
            return call.customerAsWritten();
        }
        if (!call.customers().isEmpty()) {
            return String.join(" / ", call.customers());
        }
        return call.response() == ResponseStatus.NO_RESPONSE ? "No Response" : "";
    }

    static String description(TracedCall call) {
        return call.description() != null && !call.description().isBlank() ? call.description() : call.campaign();
    }

    static String response(ResponseStatus status) {
        return switch (status) {
            case CUSTOMER_IDENTIFIED -> "Customer identified";
            case UPSTREAM_IDENTIFIED -> "Upstream identified";
            case NO_RESPONSE -> "No response";
            case PENDING -> "Pending";
        };
    }

    static ResponseStatus parseResponse(String text) {
        String folded = AttachmentField.fold(text == null ? "" : text);
        for (ResponseStatus status : ResponseStatus.values()) {
            if (AttachmentField.fold(response(status)).equals(folded) || AttachmentField.fold(status.name()).equals(folded)) {
                return status;
            }
        }
        return null;
    }

    static String timestamps(List<Instant> instants) {
        return instants.stream().map(TIMESTAMP::format).collect(Collectors.joining("\n"));
    }

    /** The text of a field, or null for the date fields and empty values. */
    static String text(TracedCall call, AttachmentField field) {
        return switch (field) {
            case CUSTOMER -> customer(call);
            case CALLER_ID -> call.callerId();
            case CALLED_NUMBER -> call.calledNumber();
            case DESCRIPTION -> description(call);
            case VIOLATION -> call.violation();
            case TRACEBACK_ID -> call.tracebackId();
            case RESPONSE -> response(call.response());
            case NOTIFIED, CALL_TIME -> null;
        };
    }
}
