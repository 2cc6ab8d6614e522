package org.tracebench.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracebench.store.CasePart;

/**
 * What an export wrote: where, how many records of each part, how many deletions of each part the file carries
 * (so the sender knows the other database will delete them too: decision 0710), and whether it is encrypted.
 */
public record ExportSummary(Path file, String caseKey, Map<CasePart, Integer> records, boolean encrypted, long bytes,
                            Map<CasePart, Integer> deletions) {

    public ExportSummary {
        records = Map.copyOf(records);
        deletions = Map.copyOf(deletions);
    }

    public int deletionsCarried() {
        return deletions.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String describe() {
        int total = records.values().stream().mapToInt(Integer::intValue).sum();
        return "Exported case " + caseKey + " to " + file + ": " + total + " records (" + records.getOrDefault(CasePart.CALLS, 0)
                + " calls, " + records.getOrDefault(CasePart.HOPS, 0) + " hops), " + bytes + " bytes"
                + (encrypted ? ", encrypted" : "") + "; " + describeDeletions();
    }

    /** "deletions carried: none", or "deletions carried: 2 (facts: 1, calls: 1)" in the parts' order. */
    private String describeDeletions() {
        List<String> perPart = new ArrayList<>();
        for (CasePart part : CasePart.values()) {
            int count = deletions.getOrDefault(part, 0);
            if (count > 0) {
                perPart.add(part.stem() + ": " + count);
            }
        }
        return perPart.isEmpty() ? "deletions carried: none"
                : "deletions carried: " + deletionsCarried() + " (" + String.join(", ", perPart) + ")";
    }
}
