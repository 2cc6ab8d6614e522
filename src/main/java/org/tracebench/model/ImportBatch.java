package org.tracebench.model;

import java.time.Instant;

/**
 * One import that wrote to the store: which file (name, size, SHA-256), how it was read, who imported it
 * when, and what it did with the rows. Undone when {@code undoneAt} is set; the record stays.
 *
 * @param onDuplicate the policy for rows already in the case: SKIP, UPDATE or KEEP
 */
public record ImportBatch(long id, Long caseId, String fileName, long fileSize, String sha256, String format,
                          String columnMapping, String onDuplicate, String actor, Instant importedAt, long rowsRead,
                          long rowsWritten, long rowsSkipped, long rowsUpdated, Long auditLogId, Instant undoneAt,
                          String undoneBy) {

    public boolean undone() {
        return undoneAt != null;
    }
}
