package org.tracebench.transfer;

import java.nio.file.Path;
import java.util.Map;
import org.tracebench.store.CasePart;

/** What an export wrote: where, how many records of each part, and whether it is encrypted. */
public record ExportSummary(Path file, String caseKey, Map<CasePart, Integer> records, boolean encrypted, long bytes) {

    public String describe() {
        int total = records.values().stream().mapToInt(Integer::intValue).sum();
        return "Exported case " + caseKey + " to " + file + ": " + total + " records (" + records.getOrDefault(CasePart.CALLS, 0)
                + " calls, " + records.getOrDefault(CasePart.HOPS, 0) + " hops), " + bytes + " bytes"
                + (encrypted ? ", encrypted" : "");
    }
}
