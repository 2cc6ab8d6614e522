package org.tracebench.letters;

import java.util.List;

/**
 * A finding computed from the data for a letter, with the traced calls behind it. {@code items} is a list
 * printed under the text (e.g. downstream providers). The attorney may drop it ({@code included} false) or
 * rewrite title and text ({@code edited}).
 */
public record Finding(String key, String title, String text, List<String> items, List<Long> supportingCallIds,
                      boolean included, boolean edited) {

    public Finding {
        items = items == null ? List.of() : List.copyOf(items);
        supportingCallIds = supportingCallIds == null ? List.of() : List.copyOf(supportingCallIds);
    }

    public Finding withEdit(boolean newIncluded, String newTitle, String newText) {
        return new Finding(key, newTitle == null ? title : newTitle, newText == null ? text : newText, items,
                supportingCallIds, newIncluded, true);
    }
}
