package org.tracebench.letters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tracebench.ingest.AttachmentColumn;
import org.tracebench.ingest.CallCells;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;

/** Attachment A of a letter: one row per traced call, in the columns the FCC's letters use. */
final class AttachmentRows {

    static final List<String> HEADER = List.of("Customer", "Date of ITG Notification", "Date of Call", "Caller ID",
            "Called Number", "Description", "Violation");
    static final float[] WIDTHS = {17, 15, 13, 11, 11, 14, 19};

    private AttachmentRows() {
    }

    static AttachmentTable of(String title, List<TracedCall> calls) {
        List<List<String>> rows = new ArrayList<>(calls.size());
        for (TracedCall call : calls) {
            // Timestamps, numbers and violation read as on the Calls screen; the customer, the description and
            // one notification per line are the letter's own.
            rows.add(List.of(customer(call), notifications(call.notifications()),
                    CallCells.text(call, AttachmentColumn.CALL_TIME),
                    CallCells.text(call, AttachmentColumn.CALLER_ID), CallCells.text(call, AttachmentColumn.CALLED_NUMBER),
                    call.description() == null || call.description().isBlank() ? nullToEmpty(call.campaign()) : call.description(),
                    CallCells.text(call, AttachmentColumn.VIOLATION)));
        }
        return new AttachmentTable(title, HEADER, rows, WIDTHS);
    }

    private static String customer(TracedCall call) {
        if (call.customerAsWritten() != null && !call.customerAsWritten().isBlank()) {
            return call.customerAsWritten();
        }
        if (!call.customers().isEmpty()) {
            return String.join(" / ", call.customers());
        }
        return call.response() == ResponseStatus.NO_RESPONSE ? "No Response" : "";
    }

    private static String notifications(List<Instant> stamps) {
        return String.join("\n", stamps.stream().map(CallCells.PRINTED::format).toList());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
