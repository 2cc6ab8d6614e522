package org.tracebench.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Which call a row describes, so that importing a file twice does not count its calls twice. A traceback
 * id names its call outright. Without one, a call is its time, the two numbers, the campaign and the
 * customer: two calls of one campaign at the same minute (PZ/Illum's Attachment A has them) differ by
 * their customer, so the customer belongs to the identity.
 */
final class CallIdentity {

    private CallIdentity() {
    }

    static String ofTraceback(String tracebackId) {
        return tracebackId == null || tracebackId.isBlank() ? null : "tb:" + tracebackId.strip();
    }

    static String ofFields(Instant callTime, String callerId, String calledNumber, String campaign, String customer) {
        // Seconds are dropped: spreadsheets round them differently from the text they were copied from.
        return "call:" + (callTime == null ? "" : callTime.truncatedTo(ChronoUnit.MINUTES).toString())
                + "|" + digits(callerId) + "|" + digits(calledNumber) + "|" + fold(campaign) + "|" + fold(customer);
    }

    private static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }

    private static String fold(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
