package org.tracebench.transfer;

import java.util.List;
import java.util.Objects;
import org.tracebench.model.PartRecord;
import org.tracebench.store.CasePart;

/**
 * A record changed both in this database ({@code mine}) and in the case file ({@code theirs}) since the
 * starting point both sides share ({@code base}; null when there is none to compare with). Like
 * {@code model.EditConflict}, but over a case file's text fields, which every part has in the same shape.
 */
public record RecordConflict(CasePart part, String uid, String label, PartRecord base, PartRecord mine, PartRecord theirs) {

    /** The fields to decide: those the file has and the two copies now hold differently. */
    public List<String> fieldsToDecide() {
        return theirs.fields().keySet().stream()
                .filter(field -> !Objects.equals(mine.get(field), theirs.get(field)))
                .toList();
    }

    /** Whether both sides changed this field since the shared starting point (or there is none). */
    public boolean changedByBoth(String field) {
        if (base == null) {
            return true;
        }
        String before = base.get(field);
        return !Objects.equals(before, mine.get(field)) && !Objects.equals(before, theirs.get(field));
    }

    /** Whether this database changed the field since the shared starting point. */
    public boolean changedHere(String field) {
        return base == null || !Objects.equals(base.get(field), mine.get(field));
    }

    /**
     * The side a field takes unless the user says otherwise, as in the editors' conflict screen (decision 0701):
     * this database's value where it was changed here (so nothing here is overwritten by default), the file's
     * where only the file changed it.
     */
    public Side preselected(String field) {
        return changedHere(field) ? Side.MINE : Side.THEIRS;
    }

    /** The key of one field's decision, e.g. "calls/r12-34/caller_id". */
    public String key(String field) {
        return part.stem() + "/" + uid + "/" + field;
    }

    /** "calls: call 3 (T-77): caller_id here \"...\", in the file \"...\"" lines for a terminal, one per field. */
    public List<String> describe() {
        return fieldsToDecide().stream()
                .map(field -> label + ", " + field + (!field.contains(" / ") && changedByBoth(field) ? " (changed on both sides)" : "")
                        + ": here \"" + shown(mine.get(field)) + "\", in the file \"" + shown(theirs.get(field)) + "\"")
                .toList();
    }

    private static String shown(String value) {
        return value == null ? "" : value.replace("\n", " | ");
    }
}
