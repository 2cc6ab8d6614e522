package org.tracebench.letters;

import java.util.List;
import java.util.Optional;
import org.tracebench.model.CallSource;

/**
 * A finding computed from the data for a letter, with the traced calls behind it. {@code items} is a list
 * printed under the text (e.g. downstream providers). The attorney may drop it ({@code included} false) or
 * rewrite title and text ({@code edited}). {@code illustrative}, when not null, says why the finding rests on
 * records the data marks as illustrative (invented sample hops or providers) or on cells that could not be read;
 * a letter must not state it as fact unless the attorney allows it. {@code sources} says where its supporting
 * calls came from (import batches and their files, or typed in the editor), with how many calls each gave.
 */
public record Finding(String key, String title, String text, List<String> items, List<Long> supportingCallIds,
                      boolean included, boolean edited, String illustrative, List<CallSource> sources) {

    public Finding {
        items = items == null ? List.of() : List.copyOf(items);
        supportingCallIds = supportingCallIds == null ? List.of() : List.copyOf(supportingCallIds);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Finding(String key, String title, String text, List<String> items, List<Long> supportingCallIds,
                   boolean included, boolean edited, String illustrative) {
        this(key, title, text, items, supportingCallIds, included, edited, illustrative, List.of());
    }

    public Finding(String key, String title, String text, List<String> items, List<Long> supportingCallIds,
                   boolean included, boolean edited) {
        this(key, title, text, items, supportingCallIds, included, edited, null, List.of());
    }

    /** Why this finding rests on records marked illustrative or on unreadable cells, if it does. */
    public Optional<String> illustrativeReason() {
        return Optional.ofNullable(illustrative);
    }

    public Finding withIllustrative(String reason) {
        return new Finding(key, title, text, items, supportingCallIds, included, edited, reason, sources);
    }

    public Finding withSources(List<CallSource> newSources) {
        return new Finding(key, title, text, items, supportingCallIds, included, edited, illustrative, newSources);
    }

    public Finding withEdit(boolean newIncluded, String newTitle, String newText) {
        return new Finding(key, newTitle == null ? title : newTitle, newText == null ? text : newText, items,
                supportingCallIds, newIncluded, true, illustrative, sources);
    }
}
