package org.tracebench.model;

import java.util.List;
import java.util.Objects;

/**
 * A person who signs letters for an office: name, title and the office lines printed under them in the
 * signature block (division, department).
 */
public record Signatory(long id, long officeId, String name, String title, List<String> officeLines,
                        boolean sample) {

    public Signatory {
        Objects.requireNonNull(name, "name");
        officeLines = officeLines == null ? List.of() : List.copyOf(officeLines);
    }

    /** The signature block's lines: name, title, office lines. */
    public List<String> blockLines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(name);
        if (title != null && !title.isBlank()) {
            lines.addAll(title.strip().lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
        lines.addAll(officeLines);
        return lines;
    }

    public String displayName() {
        return title == null || title.isBlank() ? name : name + ", " + title.strip().lines().findFirst().orElse("");
    }

    public Signatory withId(long newId) {
        return new Signatory(newId, officeId, name, title, officeLines, sample);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signatory s && id == s.id && officeId == s.officeId && name.equals(s.name)
                && Objects.equals(title, s.title) && officeLines.equals(s.officeLines)
                && sample == s.sample;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, officeId, name, title, officeLines, sample);
    }

    @Override
    public String toString() {
        return "Signatory[" + displayName() + "]";
    }
}
