package org.tracebench.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tracebench.model.PartRecord;
import org.tracebench.store.CasePart;

/**
 * A case file's content: what its manifest says, each part's records as exported, and for each part the records
 * as the exporting database last exchanged them (the common starting point an import compares against), and the
 * records it deleted.
 */
public record CaseBundle(Manifest manifest, Map<CasePart, List<PartRecord>> parts, Map<CasePart, List<PartRecord>> bases,
                         List<Deletion> deletions) {

    /**
     * The format version this build writes, and the newest it reads. 2 added the deleted records
     * ({@code parts/deleted.csv}, decision 0710); a version-1 file reads as one with nothing deleted.
     */
    public static final int FORMAT_VERSION = 2;

    /** A case file with nothing deleted (as every version-1 file is). */
    public CaseBundle(Manifest manifest, Map<CasePart, List<PartRecord>> parts, Map<CasePart, List<PartRecord>> bases) {
        this(manifest, parts, bases, List.of());
    }

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
