package org.tracebench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A form being edited meets a newer stored version: the fields the user has not touched follow the store,
 * the fields they changed keep their text. {@code base} is what the form's save now says it was made from:
 * the stored version, except for the {@code clashes} (fields both changed, differently), which keep the old
 * reading so that the save goes through the conflict check and the user decides them.
 */
public record Rebased<T extends Record>(T base, T shown, List<String> clashes) {

    public Rebased {
        clashes = List.copyOf(clashes);
    }

    /** {@code base}: what the form was loaded with; {@code edited}: what it shows now; {@code stored}: the newer version. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> Rebased<T> of(T base, T edited, T stored) {
        T newBase = stored;
        T shown = stored;
        List<String> clashes = new ArrayList<>();
        for (String path : RecordFields.paths((Class<? extends Record>) base.getClass())) {
            Object was = RecordFields.get(base, path);
            Object mine = RecordFields.get(edited, path);
            Object theirs = RecordFields.get(stored, path);
            if (Objects.equals(was, mine)) {
                continue;
            }
            shown = RecordFields.with(shown, path, mine);
            if (!Objects.equals(was, theirs) && !Objects.equals(mine, theirs)) {
                newBase = RecordFields.with(newBase, path, was);
                clashes.add(path);
            }
        }
        return new Rebased<>(newBase, shown, clashes);
    }
}
