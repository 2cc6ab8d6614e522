package org.tracebench.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tracebench.model.PartRecord;
import org.tracebench.store.CasePart;

/**
 * A case file's content: what its manifest says, each part's records as exported, and for each part the records
 * as the exporting database last exchanged them (the common starting point an import compares against).
 */
public record CaseBundle(Manifest manifest, Map<CasePart, List<PartRecord>> parts, Map<CasePart, List<PartRecord>> bases) {

    /** The format version this build writes, and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    /** The manifest's header and its list of parts (each file's path, record count and SHA-256). */
    public record Manifest(int version, String writtenBy, Instant exportedAt, String exportedBy, String caseUid,
                           String caseKey, String caseTitle, List<Entry> entries) {
    }

    public record Entry(String path, long records, String sha256) {
    }

    public List<PartRecord> part(CasePart part) {
        return parts.getOrDefault(part, List.of());
    }

    public List<PartRecord> base(CasePart part) {
        return bases.getOrDefault(part, List.of());
    }
}
