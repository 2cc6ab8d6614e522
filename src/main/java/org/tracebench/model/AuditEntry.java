package org.tracebench.model;

import java.time.Instant;

/** One line of the append-only audit log: who changed what, when. */
public record AuditEntry(long id, Instant at, String actor, String entity, Long entityId, String action,
                         String detail) {
}
