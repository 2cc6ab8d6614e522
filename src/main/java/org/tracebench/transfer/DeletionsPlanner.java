package org.tracebench.transfer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.tracebench.model.PartRecord;
import org.tracebench.store.CasePart;
import org.tracebench.transfer.CaseImport.Action;
import org.tracebench.transfer.CaseImport.Planned;

/**
 * Weighs a case file's deletions against this database's records, and this database's deletions against the file's
 * records (decisions 0710, 0711). Four rules: deleted there and unchanged here since the last exchange, it is
 * deleted here; deleted there and changed here, a conflict (keep it / delete it); deleted here and unchanged there,
 * it stays deleted; deleted here and changed there, a conflict (keep it deleted / take it back). Only plans:
 * {@link CaseImport} writes.
 */
final class DeletionsPlanner {

    /** The one field a deletion conflict has: its two sides are "keep it" (mine) and "delete it" (theirs). */
    static final String DELETED_THERE = "deleted there / changed here";
    /** The one field of a record deleted here and changed in the file: "keep it deleted" or "take it back". */
    static final String DELETED_HERE = "deleted here / changed there";

    private final CaseBundle bundle;
    private final Decisions decisions;
    /** A record of the file with its providers and campaigns named by their matches here. */
    private final BiFunction<CasePart, PartRecord, PartRecord> toLocal;

    DeletionsPlanner(CaseBundle bundle, Decisions decisions, BiFunction<CasePart, PartRecord, PartRecord> toLocal) {
        this.bundle = bundle;
        this.decisions = decisions;
        this.toLocal = toLocal;
    }

    /**
     * The file's deletions of this part: a record here unchanged since the last exchange is deleted; one changed
     * here since is a conflict (keep mine: keep it; take theirs: delete it). Undecided conflicts go to {@code undecided}.
     */
    List<Planned> deletedThere(CasePart part, Map<String, PartRecord> here, Map<String, String> myBase,
                               List<RecordConflict> undecided) {
        Set<String> inFile = new HashSet<>();
        bundle.part(part).forEach(r -> inFile.add(r.uid()));
        List<Planned> plan = new ArrayList<>();
        for (Deletion deletion : bundle.deletions()) {
            PartRecord mine = deletion.part() == part && !inFile.contains(deletion.uid()) ? here.get(deletion.uid()) : null;
            if (mine == null) {
                continue;
            }
            PartRecord base = deletion.base() != null ? toLocal.apply(part, deletion.base())
                    : Optional.ofNullable(myBase.get(mine.uid())).map(c -> CaseTransfer.parse(mine.uid(), c)).orElse(null);
            if (base != null && CaseImport.same(mine, base)) {
                plan.add(new Planned(part, mine, Action.DELETE, null, false, deletion));
                continue;
            }
            String by = " (deleted on " + deletion.deletedAt().toString().substring(0, 10)
                    + (deletion.deletedBy().isBlank() ? "" : " by " + deletion.deletedBy()) + ")";
            RecordConflict conflict = new RecordConflict(part, mine.uid(), CaseImport.label(part, mine), null,
                    new PartRecord(mine.uid(), Map.of(DELETED_THERE, "keep it as changed here: " + changes(mine, base))),
                    new PartRecord(mine.uid(), Map.of(DELETED_THERE, "delete it, as in the file" + by)));
            Optional<Side> side = decisions.decide(conflict, DELETED_THERE);
            if (side.isEmpty()) {
                undecided.add(conflict);
            }
            plan.add(new Planned(part, mine, side.orElse(Side.MINE) == Side.THEIRS ? Action.DELETE : Action.KEEP_CHANGED,
                    null, true, deletion));
        }
        return plan;
    }

    /** A record deleted here that the file has changed since the last exchange: keep it deleted (mine) or take it back. */
    Planned deletedHereChangedThere(CasePart part, PartRecord theirs, PartRecord myBase, List<RecordConflict> undecided) {
        RecordConflict conflict = new RecordConflict(part, theirs.uid(), CaseImport.label(part, theirs), null,
                new PartRecord(theirs.uid(), Map.of(DELETED_HERE, "keep it deleted, as here")),
                new PartRecord(theirs.uid(), Map.of(DELETED_HERE, "take it back as changed in the file: " + changes(theirs, myBase))));
        Optional<Side> side = decisions.decide(conflict, DELETED_HERE);
        if (side.isEmpty()) {
            undecided.add(conflict);
        }
        return side.orElse(Side.MINE) == Side.MINE ? new Planned(part, theirs, Action.KEEP_DELETED, null, true)
                : new Planned(part, theirs, Action.ADD, theirs, true);
    }

    /** "fact \"...\", source \"...\"": the fields of {@code record} that differ from {@code base} (all when none). */
    private static String changes(PartRecord record, PartRecord base) {
        List<String> said = new ArrayList<>();
        for (Map.Entry<String, String> field : record.fields().entrySet()) {
            if (base == null || !Objects.equals(base.get(field.getKey()), field.getValue())) {
                if (field.getValue() != null && !field.getValue().isBlank()) {
                    said.add(field.getKey().replace('_', ' ') + " \"" + CaseImport.shorten(field.getValue().replace("\n", " | ")) + "\"");
                }
            }
        }
        return said.isEmpty() ? "(emptied fields)" : String.join(", ", said);
    }
}
