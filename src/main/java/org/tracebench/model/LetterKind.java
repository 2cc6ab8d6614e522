package org.tracebench.model;

/** The kind of letter a case is heading towards. */
public enum LetterKind {
    TASK_FORCE_NOTICE("task-force-notice", "Task Force notice"),
    FCC_CEASE_AND_DESIST("fcc-cease-and-desist", "FCC cease-and-desist letter"),
    WARNING_LETTER("warning-letter", "Warning letter");

    private final String slug;
    private final String label;

    LetterKind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static LetterKind fromSlug(String slug) {
        for (LetterKind kind : values()) {
            if (kind.slug.equalsIgnoreCase(slug) || kind.name().equalsIgnoreCase(slug)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown letter kind: " + slug);
    }
}
