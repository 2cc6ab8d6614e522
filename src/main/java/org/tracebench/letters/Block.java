package org.tracebench.letters;

import java.util.List;

/**
 * One block of a letter. Paragraph-like kinds wrap their runs; {@code LINES} keeps each entry of
 * {@code lines} on a line of its own (addresses, letterhead, signature).
 */
public record Block(Kind kind, List<Run> runs, int number, List<List<Run>> lines, Align align, boolean keepTogether,
                    String role) {

    public enum Kind { PARAGRAPH, HEADING, NUMBERED, BULLET, LINES, PAGE_BREAK }

    public enum Align { LEFT, CENTER, RIGHT }

    public Block {
        runs = runs == null ? List.of() : List.copyOf(runs);
        lines = lines == null ? List.of() : lines.stream().map(List::copyOf).toList();
        align = align == null ? Align.LEFT : align;
    }

    /** Whether the end of the block before must stay on this block's page (the signature block). */
    public boolean keepsWithPrevious() {
        return "signature".equals(role);
    }

    /** The block's plain text, lines joined by newlines (for tests, previews and search). */
    public String plainText() {
        if (kind == Kind.LINES) {
            return String.join("\n", lines.stream().map(Block::text).toList());
        }
        return text(runs);
    }

    static String text(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            out.append(run.isFootnoteMark() ? Integer.toString(run.footnote()) : run.text());
        }
        return out.toString();
    }
}
