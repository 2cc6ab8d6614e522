package org.tracebench.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A save refused because someone else saved the same record after it was read: what the user started
 * from ({@code base}), what they want ({@code mine}) and what the store holds now ({@code theirs}).
 */
public record EditConflict<T extends Record>(String what, T base, T mine, T theirs) {

    public EditConflict {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
    }

    /** The fields to decide: changed by this user or by the other since the base, and now different. */
    public List<String> fieldsToDecide() {
        Set<String> touched = new LinkedHashSet<>(RecordFields.differences(base, mine));
        touched.addAll(RecordFields.differences(base, theirs));
        return touched.stream()
                .filter(path -> !Objects.equals(RecordFields.get(mine, path), RecordFields.get(theirs, path)))
                .toList();
    }

    /** Whether both changed this field, each in their own way. */
    public boolean changedByBoth(String path) {
        Object b = RecordFields.get(base, path);
        return !Objects.equals(b, RecordFields.get(mine, path)) && !Objects.equals(b, RecordFields.get(theirs, path));
    }

    /** The record the store holds now with the chosen fields taken from this user's version. */
    public T merged(Set<String> keepMine) {
        T merged = theirs;
        for (String path : keepMine) {
            merged = RecordFields.with(merged, path, RecordFields.get(mine, path));
        }
        return merged;
    }

    /** One line for a terminal: "case 7: someone else saved title, notes since you read it". */
    public String summary() {
        return what + ": saved by someone else since it was read (" + String.join(", ",
                fieldsToDecide().stream().map(RecordFields::label).toList()) + "); nothing was written";
    }
}
