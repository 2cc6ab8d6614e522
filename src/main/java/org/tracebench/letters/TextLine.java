package org.tracebench.letters;

import java.util.List;

/**
 * One laid-out line: its pieces with x offsets from the line's left edge, its height, where it starts, and
 * the footnotes referenced on it. {@code spaceBefore} is dropped at the top of a page.
 */
record TextLine(List<Piece> pieces, float indent, float height, float spaceBefore, List<Integer> footnotes,
                boolean keepWithNext) {

    /** A piece of text in one font at an x offset; {@code rise} lifts footnote marks. */
    record Piece(String text, boolean bold, boolean italic, float size, float rise, float x) {
    }

    TextLine withSpaceBefore(float space) {
        return new TextLine(pieces, indent, height, space, footnotes, keepWithNext);
    }

    TextLine keptWithNext() {
        return new TextLine(pieces, indent, height, spaceBefore, footnotes, true);
    }
}
