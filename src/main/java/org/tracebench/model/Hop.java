package org.tracebench.model;

import java.time.Instant;

/**
 * One answer in a traceback: which provider handed the call on. {@code order} 1 is the terminating
 * provider, rising upstream. {@code illustrative} marks hops we invented for sample data.
 */
public record Hop(
        long id,
        long tracedCallId,
        int order,
        long providerId,
        HopRole role,
        Instant notifiedAt,
        Instant respondedAt,
        ResponseStatus response,
        String attestation,
        boolean illustrative) {
}
