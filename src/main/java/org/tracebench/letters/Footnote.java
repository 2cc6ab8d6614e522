package org.tracebench.letters;

import java.util.List;

/** A numbered footnote, its text resolved (citations in full, short or "Id." form). */
public record Footnote(int number, List<Run> runs) {

    public Footnote {
        runs = List.copyOf(runs);
    }

    public String plainText() {
        return Block.text(runs);
    }
}
