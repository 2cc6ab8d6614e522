package org.tracebench.letters;

import java.util.List;

/**
 * A numbered footnote, its text resolved (citations in full, short or "Id." form). {@code cites} lists the
 * authorities it cites, in order, each with the form it was given and its plain text.
 */
public record Footnote(int number, List<Run> runs, List<Cite> cites) {

    /** The form a cite takes where it stands. */
    public enum Form { FULL, SHORT, ID }

    /** One cite as printed: which authority, which form, the text without markup. */
    public record Cite(String key, Form form, String text) {
    }

    public Footnote {
        runs = List.copyOf(runs);
        cites = cites == null ? List.of() : List.copyOf(cites);
    }

    public Footnote(int number, List<Run> runs) {
        this(number, runs, List.of());
    }

    public String plainText() {
        return Block.text(runs);
    }
}
