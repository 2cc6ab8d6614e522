package org.tracebench.ingest;

/** The columns of an FCC-style Attachment A, one row per traced call. */
public enum AttachmentColumn {
    CUSTOMER("Customer"),
    NOTIFIED("Date of ITG Notification"),
    CALL_TIME("Date of Call"),
    CALLER_ID("Caller ID"),
    CALLED_NUMBER("Called Number"),
    DESCRIPTION("Description"),
    VIOLATION("Violation");

    private final String header;

    AttachmentColumn(String header) {
        this.header = header;
    }

    /** The header as printed in the FCC's letters. */
    public String header() {
        return header;
    }
}
