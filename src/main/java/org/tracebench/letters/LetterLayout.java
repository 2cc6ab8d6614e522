package org.tracebench.letters;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out a letter's blocks as lines grouped into units that must not be split across pages (short
 * paragraphs, the first and last two lines of long ones, headings with what follows, the signature block
 * with the closing lines before it),
 * and its footnotes as lines. Page breaking is {@link Paginator}'s job.
 */
final class LetterLayout {

    static final float PAGE_WIDTH = 612;
    static final float PAGE_HEIGHT = 792;
    static final float MARGIN_X = 72;
    static final float MARGIN_TOP = 64;
    static final float MARGIN_BOTTOM = 64;
    static final float WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
    static final float BODY_SIZE = 11;
    static final float BODY_LEADING = 14;
    static final float FOOT_SIZE = 8.5f;
    static final float FOOT_LEADING = 10.5f;
    static final float PARAGRAPH_SPACE = 9;
    /** Space above a bullet: items of a list sit close together and close to the sentence that leads into them. */
    static final float ITEM_SPACE = 3;
    static final float LIST_INDENT = 22;
    /** A closing paragraph up to this many lines goes whole with the signature; a longer one sends its last two. */
    static final int CLOSING_LINES = 6;

    /**
     * Lines that stay together; {@code pageBreak} units force a new page. {@code closing} marks the unit that
     * holds the signature (with "Sincerely," and the closing lines before it), which must not open a page alone.
     */
    record Unit(List<TextLine> lines, boolean pageBreak, boolean closing) {

        Unit(List<TextLine> lines, boolean pageBreak) {
            this(lines, pageBreak, false);
        }

        /** How many lines carry text (the letterhead's spacer carries none). */
        int textLines() {
            return (int) lines.stream().filter(l -> !l.pieces().isEmpty()).count();
        }
        float height(boolean atTop) {
            float h = 0;
            for (int i = 0; i < lines.size(); i++) {
                // a merged unit (heading with its paragraph, closing lines with the signature) keeps its inner gaps
                h += (i == 0 && atTop ? 0 : lines.get(i).spaceBefore()) + lines.get(i).height();
            }
            return h;
        }

        List<Integer> footnotes() {
            List<Integer> refs = new ArrayList<>();
            lines.forEach(l -> refs.addAll(l.footnotes()));
            return refs;
        }
    }

    private final LineBreaker breaker;
    /** The block each body line was laid out from, for the PDF's tags: keyed by the identity of the line's pieces,
     * which page breaking keeps when it changes a line's space before. */
    private final Map<List<TextLine.Piece>, Block> blockOfLine = new IdentityHashMap<>();

    LetterLayout(LetterFonts fonts) {
        this.breaker = new LineBreaker(fonts);
    }

    List<Unit> units(List<Block> blocks) {
        List<Unit> units = new ArrayList<>();
        boolean keepNext = false;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() == Block.Kind.PAGE_BREAK) {
                units.add(new Unit(List.of(), true));
                continue;
            }
            List<TextLine> lines = lines(block);
            lines.forEach(line -> blockOfLine.put(line.pieces(), block));
            if (lines.isEmpty()) {
                continue;
            }
            lines.set(0, lines.get(0).withSpaceBefore(units.isEmpty() ? 0
                    : block.kind() == Block.Kind.BULLET ? ITEM_SPACE : PARAGRAPH_SPACE));
            List<Unit> blockUnits = new ArrayList<>();
            // the closing paragraph moves whole with "Sincerely," and the signature unless it is long
            boolean closesLetter = b + 1 < blocks.size() && blocks.get(b + 1).keepsWithPrevious();
            if (block.keepTogether() || lines.size() <= 3 || (closesLetter && lines.size() <= CLOSING_LINES)) {
                blockUnits.add(new Unit(lines, false));
            } else {
                // no single first line at the foot of a page, no single last line at the top of the next
                blockUnits.add(new Unit(lines.subList(0, 2), false));
                for (int i = 2; i < lines.size() - 2; i++) {
                    blockUnits.add(new Unit(List.of(lines.get(i)), false));
                }
                blockUnits.add(new Unit(lines.subList(lines.size() - 2, lines.size()), false));
            }
            if (keepNext && !units.isEmpty()) {
                Unit heading = units.remove(units.size() - 1);
                List<TextLine> merged = new ArrayList<>(heading.lines());
                merged.addAll(blockUnits.get(0).lines());
                blockUnits.set(0, new Unit(merged, false));
            } else if (block.keepsWithPrevious() && !units.isEmpty() && !units.get(units.size() - 1).pageBreak()) {
                // The closing lines go with the signature: the last unit of the block before is the whole of a
                // short paragraph or the last two lines of a long one, so "Sincerely," never stands alone.
                Unit closing = units.remove(units.size() - 1);
                List<TextLine> merged = new ArrayList<>(closing.lines());
                merged.addAll(blockUnits.get(0).lines());
                blockUnits.set(0, new Unit(merged, false, true));
            }
            units.addAll(blockUnits);
            // A heading, a bold display line ("Re: ...", "Estimated volumes:") and a sentence that leads into a
            // list stay with what follows.
            keepNext = block.kind() == Block.Kind.HEADING || displayLine(block) || leadsIntoList(blocks, b);
        }
        return units;
    }

    /** The block a body line of {@link #units} came from, or null for a line this layout did not make. */
    Block blockOf(TextLine line) {
        return blockOfLine.get(line.pieces());
    }

    /** How many lines the block takes in the PDF: the DOCX writer uses it to decide what must not split. */
    int lineCount(Block block) {
        return lines(block).size();
    }

    private List<TextLine> lines(Block block) {
        return switch (block.kind()) {
            case PARAGRAPH -> new ArrayList<>(breaker.lines(block.runs(), WIDTH, BODY_SIZE, BODY_LEADING, 0, null, 0,
                    displayLine(block) ? LineBreaker.Align.LEFT : LineBreaker.Align.JUSTIFY));
            case HEADING -> new ArrayList<>(breaker.lines(bold(block.runs()), WIDTH, BODY_SIZE, BODY_LEADING, 0, null, 0,
                    LineBreaker.Align.LEFT));
            case NUMBERED -> new ArrayList<>(breaker.lines(block.runs(), WIDTH, BODY_SIZE, BODY_LEADING, 18,
                    block.number() + ".", LIST_INDENT, LineBreaker.Align.JUSTIFY));
            case BULLET -> new ArrayList<>(breaker.lines(block.runs(), WIDTH, BODY_SIZE, BODY_LEADING, 18, "•",
                    LIST_INDENT - 8, LineBreaker.Align.LEFT));
            case LINES -> {
                List<TextLine> result = new ArrayList<>();
                LineBreaker.Align align = switch (block.align()) {
                    case CENTER -> LineBreaker.Align.CENTER;
                    case RIGHT -> LineBreaker.Align.RIGHT;
                    case LEFT -> LineBreaker.Align.LEFT;
                };
                for (List<Run> line : block.lines()) {
                    result.addAll(breaker.lines(line, WIDTH, BODY_SIZE, BODY_LEADING, 0, null, 0, align));
                }
                yield result;
            }
            case PAGE_BREAK -> new ArrayList<>();
        };
    }

    /**
     * A paragraph set wholly in bold (the "Re:" line, a run-in title on its own): a display line, set flush
     * left like a heading rather than justified.
     */
    static boolean displayLine(Block block) {
        return block.kind() == Block.Kind.PARAGRAPH && block.runs().stream().anyMatch(r -> !r.isFootnoteMark())
                && block.runs().stream().allMatch(r -> r.isFootnoteMark() || r.bold() || r.text().isBlank());
    }

    /** A paragraph followed by a bullet: the first item goes where the sentence leading into it goes. */
    private static boolean leadsIntoList(List<Block> blocks, int at) {
        return blocks.get(at).kind() != Block.Kind.BULLET && at + 1 < blocks.size()
                && blocks.get(at + 1).kind() == Block.Kind.BULLET;
    }

    private static List<Run> bold(List<Run> runs) {
        return runs.stream().map(r -> r.isFootnoteMark() ? r : new Run(r.text(), true, r.italic(), 0)).toList();
    }

    /** Each footnote's lines, its number hanging raised before the first line. */
    Map<Integer, List<TextLine>> footnotes(List<Footnote> footnotes) {
        Map<Integer, List<TextLine>> result = new TreeMap<>();
        for (Footnote footnote : footnotes) {
            List<TextLine> lines = new ArrayList<>(breaker.lines(footnote.runs(), WIDTH, FOOT_SIZE, FOOT_LEADING, 0,
                    Integer.toString(footnote.number()), 12, LineBreaker.Align.JUSTIFY));
            TextLine first = lines.get(0);
            List<TextLine.Piece> pieces = new ArrayList<>(first.pieces());
            TextLine.Piece label = pieces.get(0);
            pieces.set(0, new TextLine.Piece(label.text(), false, false, FOOT_SIZE * 0.75f, FOOT_SIZE * 0.35f, label.x()));
            // the first line carries the gap above the footnote in its height; spaceBefore marks where a footnote starts
            lines.set(0, new TextLine(pieces, first.indent(), first.height() + 3, 3, first.footnotes(), false));
            result.put(footnote.number(), lines);
        }
        return result;
    }
}
