package org.tracebench.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracebench.store.CasePart;

/** What an import did, part by part, and anything the user should know (a renamed key, records kept deleted). */
public record ImportSummary(long caseId, String caseKey, boolean newCase, Map<CasePart, Counts> counts, List<String> notes) {

    /**
     * Per part: records added, updated from the file, unchanged, kept as they are here (changed here only),
     * decided field by field, matched to an existing provider or campaign by name, and skipped.
     */
    public record Counts(int added, int updated, int unchanged, int keptMine, int decided, int matched, int skipped,
                         int deleted) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);
        /** One record deleted because the file says it was deleted there (decision 0710). */
        static final Counts DELETED = new Counts(0, 0, 0, 0, 0, 0, 0, 1);

        public Counts(int added, int updated, int unchanged, int keptMine, int decided, int matched, int skipped) {
            this(added, updated, unchanged, keptMine, decided, matched, skipped, 0);
        }

        Counts plus(Counts o) {
            return new Counts(added + o.added, updated + o.updated, unchanged + o.unchanged, keptMine + o.keptMine,
                    decided + o.decided, matched + o.matched, skipped + o.skipped, deleted + o.deleted);
        }

        String describe() {
            List<String> said = new ArrayList<>();
            add(said, added, "added");
            add(said, updated, "updated");
            add(said, matched, "matched");
            add(said, decided, "decided");
            add(said, keptMine, "kept as here");
            add(said, unchanged, "unchanged");
            add(said, skipped, "skipped");
            add(said, deleted, "deleted");
            return said.isEmpty() ? "none" : String.join(", ", said);
        }

        private static void add(List<String> said, int count, String what) {
            if (count > 0) {
                said.add(count + " " + what);
            }
        }
    }

    public Counts of(CasePart part) {
        return counts.getOrDefault(part, Counts.NONE);
    }

    /** One line per part that had records, then the notes. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add((newCase ? "Added case " : "Updated case ") + caseKey + " (id " + caseId + ")");
        for (CasePart part : CasePart.values()) {
            Counts c = of(part);
            if (!c.equals(Counts.NONE)) {
                lines.add("  " + part.stem() + ": " + c.describe());
            }
        }
        notes.forEach(note -> lines.add("  note: " + note));
        return lines;
    }
}
