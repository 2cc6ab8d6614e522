package org.tracebench.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One traced call: a row of an attachment table and the root of a traceback's hops.
 * {@code customers} are the callers named by the originating provider (none when it did not answer);
 * {@code notifications} are the ITG notification timestamps, oldest first as written.
 */
public record TracedCall(
        long id,
        long caseId,
        String tracebackId,
        Instant callTimeUtc,
        String callerId,
        String calledNumber,
        String campaign,
        String violation,
        List<Instant> notifications,
        ResponseStatus response,
        List<String> customers,
        String customerAsWritten,
        String description) {

    public TracedCall {
        notifications = notifications == null ? List.of() : List.copyOf(notifications);
        customers = customers == null ? List.of() : List.copyOf(customers);
        response = Objects.requireNonNullElse(response, ResponseStatus.PENDING);
    }

    public TracedCall withId(long newId) {
        return new TracedCall(newId, caseId, tracebackId, callTimeUtc, callerId, calledNumber, campaign, violation,
                notifications, response, customers, customerAsWritten, description);
    }

    public TracedCall withCaseId(long newCaseId) {
        return new TracedCall(id, newCaseId, tracebackId, callTimeUtc, callerId, calledNumber, campaign, violation,
                notifications, response, customers, customerAsWritten, description);
    }
}
