package org.tracebench.sheets;

import java.util.Objects;

/** A named, saved column layout; the built-in one ("Attachment A (FCC letter)") is not stored. */
public record ColumnPreset(String name, ColumnLayout layout, boolean builtIn) {

    public static final String BUILT_IN_NAME = "Attachment A (FCC letter)";

    public ColumnPreset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layout, "layout");
    }

    public static ColumnPreset attachmentA() {
        return new ColumnPreset(BUILT_IN_NAME, ColumnLayout.attachmentA(), true);
    }

    @Override
    public String toString() {
        return name;
    }
}
