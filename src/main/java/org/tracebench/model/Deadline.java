package org.tracebench.model;

import java.time.Instant;

/** A date by which something is due on a case, and what set it. */
public record Deadline(long id, long caseId, Instant due, String description, String setBy, boolean done) {
}
