package org.tracebench.transfer;

import java.time.Instant;
import org.tracebench.model.PartRecord;
import org.tracebench.store.CasePart;

/**
 * A record of the case that the exporting database deleted (decision 0710): its part and identity, when and by
 * whom, and the record as that database last exchanged it ({@code base}, null when it had none), so the
 * importing database can tell whether its own copy changed since.
 */
public record Deletion(CasePart part, String uid, Instant deletedAt, String deletedBy, PartRecord base) {
}
