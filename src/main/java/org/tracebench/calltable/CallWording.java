package org.tracebench.calltable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;

/**
 * How each cell of a traced call reads, in every output: the Calls screen, the XLSX workbook and the letter's
 * Attachment A (PDF and DOCX). The wording follows the FCC's letters ("Sep 07, 2021 17:36", "Aug 24, 2021
 * 20:05 UTC", "No Response"). Only the separator between several notification times is the output's
 * choice: a line each where a cell wraps, a space on a one-line table cell.
 */
public final class CallWording {

    /** The timestamp pattern of the letters, day zero-padded ("Oct 01"), always UTC. */
    public static final String TIMESTAMP_PATTERN = "MMM dd, yyyy HH:mm";
    /** Several notification times in a cell that wraps (letters, workbook). */
    public static final String ONE_PER_LINE = "\n";
    /** Several notification times on a one-line cell (the Calls screen), as the FCC's own tables paste. */
    public static final String ONE_LINE = " ";
    public static final String NO_RESPONSE = "No Response";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern(TIMESTAMP_PATTERN, Locale.US)
            .withZone(ZoneOffset.UTC);

    private CallWording() {
    }

    /** A timestamp as the letters print it, without the zone ("Sep 07, 2021 17:36"). */
    public static String timestamp(Instant instant) {
        return instant == null ? "" : TIMESTAMP.format(instant);
    }

    public static String timestamps(List<Instant> instants, String separator) {
        return instants.stream().map(CallWording::timestamp).collect(Collectors.joining(separator));
    }

    /**
     * The customer as written when we have it (it may name several, or say "No Response" itself); otherwise
     * the named customers; otherwise "No Response" when the provider did not answer, else nothing.
     */
    public static String customer(TracedCall call) {
        if (call.customerAsWritten() != null && !call.customerAsWritten().isBlank()) {
            return call.customerAsWritten();
        }
        if (!call.customers().isEmpty()) {
            return String.join(" / ", call.customers());
        }
        return call.response() == ResponseStatus.NO_RESPONSE ? NO_RESPONSE : "";
    }

    public static String notifications(TracedCall call, String separator) {
        return timestamps(call.notifications(), separator);
    }

    /** The call's time with its zone, as the letters' "Date of Call" column has it. */
    public static String callTime(TracedCall call) {
        return call.callTimeUtc() == null ? "" : timestamp(call.callTimeUtc()) + " UTC";
    }

    /** The description as written, else the campaign it was filed under. */
    public static String description(TracedCall call) {
        return call.description() != null && !call.description().isBlank() ? call.description() : orEmpty(call.campaign());
    }

    public static String response(ResponseStatus status) {
        return switch (status) {
            case CUSTOMER_IDENTIFIED -> "Customer identified";
            case UPSTREAM_IDENTIFIED -> "Upstream identified";
            case NO_RESPONSE -> "No response";
            case PENDING -> "Pending";
        };
    }

    /** The status a cell names in the wording of {@link #response} or by its enum name, any case or spacing. */
    public static Optional<ResponseStatus> responseNamed(String text) {
        String folded = squeeze(text);
        for (ResponseStatus status : ResponseStatus.values()) {
            if (squeeze(response(status)).equals(folded) || squeeze(status.name()).equals(folded)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public static String tracebackId(TracedCall call) {
        return orEmpty(call.tracebackId());
    }

    /** The text of one Attachment A cell ("" when empty). */
    public static String text(TracedCall call, AttachmentColumn column, String separator) {
        return switch (column) {
            case CUSTOMER -> customer(call);
            case NOTIFIED -> notifications(call, separator);
            case CALL_TIME -> callTime(call);
            case CALLER_ID -> orEmpty(call.callerId());
            case CALLED_NUMBER -> orEmpty(call.calledNumber());
            case DESCRIPTION -> description(call);
            case VIOLATION -> orEmpty(call.violation());
        };
    }

    /** The Attachment A cells of a call, in column order. */
    public static List<String> row(TracedCall call, String separator) {
        return java.util.Arrays.stream(AttachmentColumn.values()).map(column -> text(call, column, separator)).toList();
    }

    private static String squeeze(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
