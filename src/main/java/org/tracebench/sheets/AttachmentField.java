package org.tracebench.sheets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tracebench.calltable.AttachmentColumn;

/**
 * A column an attachment workbook can carry. The first seven are the FCC's Attachment A columns, in the
 * letter's order; the others are extras a user may add. {@code slug} is the stable name used by presets
 * and by {@code export-xlsx --columns}.
 */
public enum AttachmentField {
    CUSTOMER("customer", AttachmentColumn.CUSTOMER.header(), 28, AttachmentColumn.CUSTOMER),
    NOTIFIED("notified", AttachmentColumn.NOTIFIED.header() + " (UTC)", 24, AttachmentColumn.NOTIFIED),
    CALL_TIME("call-time", "Date of Call (UTC)", 24, AttachmentColumn.CALL_TIME),
    CALLER_ID("caller-id", AttachmentColumn.CALLER_ID.header(), 16, AttachmentColumn.CALLER_ID),
    CALLED_NUMBER("called-number", AttachmentColumn.CALLED_NUMBER.header(), 16, AttachmentColumn.CALLED_NUMBER),
    DESCRIPTION("description", AttachmentColumn.DESCRIPTION.header(), 22, AttachmentColumn.DESCRIPTION),
    VIOLATION("violation", AttachmentColumn.VIOLATION.header(), 30, AttachmentColumn.VIOLATION),
    TRACEBACK_ID("traceback-id", "Traceback ID", 14, null, "Traceback", "Traceback Number"),
    RESPONSE("response", "Response", 18, null, "Response Status");

    private final String slug;
    private final String defaultHeader;
    private final int defaultWidthChars;
    private final AttachmentColumn attachmentColumn;
    private final List<String> otherHeaders;

    AttachmentField(String slug, String defaultHeader, int defaultWidthChars, AttachmentColumn attachmentColumn,
            String... otherHeaders) {
        this.slug = slug;
        this.defaultHeader = defaultHeader;
        this.defaultWidthChars = defaultWidthChars;
        this.attachmentColumn = attachmentColumn;
        this.otherHeaders = List.of(otherHeaders);
    }

    public String slug() {
        return slug;
    }

    public String defaultHeader() {
        return defaultHeader;
    }

    /** The width to start from, in characters, before the values seen widen it. */
    public int defaultWidthChars() {
        return defaultWidthChars;
    }

    /** The Attachment A column this field reads back into, if it is one of the letter's columns. */
    public Optional<AttachmentColumn> attachmentColumn() {
        return Optional.ofNullable(attachmentColumn);
    }

    /**
     * Finds a field by slug, enum name, default header, the letter's header or another common wording
     * ("Campaign", "ANI", "DNIS"...), ignoring case, spaces and punctuation; a trailing "(UTC)" is ignored.
     * The wordings of the letter's columns are the call table's ({@link AttachmentColumn#recognise}), which
     * the importer reads too, so an export and an import agree on what a header means.
     */
    public static Optional<AttachmentField> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = fold(name).replaceFirst("utc$", "");
        Optional<AttachmentField> own = Arrays.stream(values())
                .filter(f -> f.names().anyMatch(n -> fold(n).replaceFirst("utc$", "").equals(key)))
                .findFirst();
        if (own.isPresent()) {
            return own;
        }
        return AttachmentColumn.recognise(name).flatMap(column -> Arrays.stream(values())
                .filter(f -> f.attachmentColumn == column).findFirst());
    }

    private java.util.stream.Stream<String> names() {
        java.util.stream.Stream<String> own = java.util.stream.Stream.of(slug, name(), defaultHeader);
        java.util.stream.Stream<String> letter = attachmentColumn == null ? java.util.stream.Stream.empty()
                : java.util.stream.Stream.of(attachmentColumn.header());
        return java.util.stream.Stream.concat(java.util.stream.Stream.concat(own, letter), otherHeaders.stream());
    }

    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
