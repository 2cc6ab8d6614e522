package org.tracebench.ui.common;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.ObservableList;

/**
 * Brings a shown list up to a fresh read by touching only what differs: rows gone are removed, rows changed
 * are replaced where they stand, new rows are inserted where the read has them. A table over the list then
 * keeps its selection, its focused cell and its scroll position, which {@code setAll} would throw away
 * (decision 0713). Rows are matched by a key (their id).
 */
public final class InPlace {

    private InPlace() {
    }

    /**
     * Makes {@code shown} equal to {@code fresh}. Returns how many rows were touched (removed, replaced or
     * inserted); 0 means the list already matched. Rows whose key appears twice are not matched: the whole list
     * is then replaced.
     */
    public static <T> int update(ObservableList<T> shown, List<? extends T> fresh, Function<? super T, ?> key) {
        Map<Object, T> byKey = new HashMap<>();
        for (T row : fresh) {
            if (byKey.put(key.apply(row), row) != null) {
                shown.setAll(fresh);
                return fresh.size();
            }
        }
        int before = shown.size();
        shown.removeIf(row -> !byKey.containsKey(key.apply(row)));
        int touched = before - shown.size();
        Set<Object> present = new HashSet<>();
        for (T row : shown) {
            if (!present.add(key.apply(row))) {
                shown.setAll(fresh);
                return fresh.size();
            }
        }
        for (int j = 0; j < fresh.size(); j++) {
            T wanted = fresh.get(j);
            Object wantedKey = key.apply(wanted);
            if (j < shown.size() && Objects.equals(key.apply(shown.get(j)), wantedKey)) {
                if (!Objects.equals(shown.get(j), wanted)) {
                    shown.set(j, wanted);
                    touched++;
                }
                continue;
            }
            if (present.contains(wantedKey)) {
                // Moved (a date edited re-sorts a chronology): taken from where it was, put where it is now.
                for (int k = j + 1; k < shown.size(); k++) {
                    if (Objects.equals(key.apply(shown.get(k)), wantedKey)) {
                        shown.remove(k);
                        break;
                    }
                }
            }
            shown.add(j, wanted);
            touched++;
        }
        return touched;
    }
}
