package org.tracebench.letters;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled runs into lines of a given width, measuring with the embedded fonts. We break lines ourselves
 * (rather than through ColumnText) because footnotes must follow their reference marks: knowing the line of
 * every mark is what lets the paginator put each footnote on the page of its reference.
 */
final class LineBreaker {

    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    static final float MARK_SCALE = 0.62f;
    /** Words longer than this that contain '/' (URLs) may break after a slash. */
    private static final int LONG_WORD = 30;

    private record Fragment(String text, boolean bold, boolean italic, int mark) {
    }

    /** A word; {@code glued} words follow the one before without a space (the pieces of a broken URL). */
    private record Word(List<Fragment> fragments, boolean glued) {
    }

    private final LetterFonts fonts;

    LineBreaker(LetterFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Lays out runs. {@code indent} applies to every line; {@code label} (a list number or bullet) hangs in
     * the {@code labelWidth} before the text of the first line.
     */
    List<TextLine> lines(List<Run> runs, float width, float size, float leading, float indent, String label,
                         float labelWidth, Align align) {
        List<TextLine> lines = new ArrayList<>();
        float textIndent = indent + (label == null ? 0 : labelWidth);
        float available = width - textIndent;
        float space = fonts.regular.getWidthPoint(" ", size);
        List<Word> current = new ArrayList<>();
        float currentWidth = 0;
        for (Word word : words(runs)) {
            float w = width(word.fragments(), size);
            if (w > available) {
                // A word wider than the line is cut where it overflows.
                if (!current.isEmpty()) {
                    lines.add(line(current, size, leading, textIndent, available, space, align, false, lines.isEmpty() ? label : null, indent));
                    current = new ArrayList<>();
                }
                List<List<Fragment>> parts = split(word.fragments(), size, available);
                for (int p = 0; p < parts.size() - 1; p++) {
                    lines.add(line(List.of(new Word(parts.get(p), false)), size, leading, textIndent, available, space,
                            Align.LEFT, false, lines.isEmpty() ? label : null, indent));
                }
                current.add(new Word(parts.get(parts.size() - 1), false));
                currentWidth = width(parts.get(parts.size() - 1), size);
                continue;
            }
            float needed = current.isEmpty() ? w : currentWidth + (word.glued() ? 0 : space) + w;
            if (needed > available && !current.isEmpty()) {
                lines.add(line(current, size, leading, textIndent, available, space, align, false, lines.isEmpty() ? label : null, indent));
                current = new ArrayList<>();
                needed = w;
            }
            current.add(current.isEmpty() ? new Word(word.fragments(), false) : word);
            currentWidth = needed;
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(line(current, size, leading, textIndent, available, space, align, true, lines.isEmpty() ? label : null, indent));
        }
        return lines;
    }

    private TextLine line(List<Word> words, float size, float leading, float textIndent, float available,
                          float space, Align align, boolean last, String label, float indent) {
        float natural = 0;
        int gaps = 0;
        for (int i = 0; i < words.size(); i++) {
            boolean gap = i > 0 && !words.get(i).glued();
            natural += width(words.get(i).fragments(), size) + (gap ? space : 0);
            gaps += gap ? 1 : 0;
        }
        float gapWidth = space;
        float x = 0;
        if (align == Align.JUSTIFY && !last && gaps > 0) {
            float stretched = space + (available - natural) / gaps;
            // a line cut short by an unbreakable word stays ragged rather than showing holes
            gapWidth = stretched <= space * 3.5f ? stretched : space;
        } else if (align == Align.CENTER) {
            x = Math.max(0, (available - natural) / 2);
        } else if (align == Align.RIGHT) {
            x = Math.max(0, available - natural);
        }
        List<TextLine.Piece> pieces = new ArrayList<>();
        List<Integer> marks = new ArrayList<>();
        if (label != null) {
            pieces.add(new TextLine.Piece(label, false, false, size, 0, indent - textIndent));
        }
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && !words.get(i).glued()) {
                x += gapWidth;
            }
            for (Fragment f : words.get(i).fragments()) {
                float fsize = f.mark() > 0 ? size * MARK_SCALE : size;
                pieces.add(new TextLine.Piece(f.text(), f.bold(), f.italic(), fsize, f.mark() > 0 ? size * 0.36f : 0, x));
                x += fonts.of(f.bold(), f.italic()).getWidthPoint(f.text(), fsize);
                if (f.mark() > 0) {
                    marks.add(f.mark());
                }
            }
        }
        return new TextLine(pieces, textIndent, leading, 0, marks, false);
    }

    private float width(List<Fragment> word, float size) {
        float w = 0;
        for (Fragment f : word) {
            BaseFont font = fonts.of(f.bold(), f.italic());
            w += font.getWidthPoint(f.text(), f.mark() > 0 ? size * MARK_SCALE : size);
        }
        return w;
    }

    private List<List<Fragment>> split(List<Fragment> word, float size, float available) {
        List<List<Fragment>> parts = new ArrayList<>();
        List<Fragment> part = new ArrayList<>();
        float w = 0;
        for (Fragment f : word) {
            BaseFont font = fonts.of(f.bold(), f.italic());
            float fsize = f.mark() > 0 ? size * MARK_SCALE : size;
            StringBuilder chunk = new StringBuilder();
            for (int i = 0; i < f.text().length(); ) {
                int cp = f.text().codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float cw = font.getWidthPoint(ch, fsize);
                if (w + cw > available && w > 0) {
                    if (!chunk.isEmpty()) {
                        part.add(new Fragment(chunk.toString(), f.bold(), f.italic(), f.mark()));
                        chunk.setLength(0);
                    }
                    parts.add(part);
                    part = new ArrayList<>();
                    w = 0;
                }
                chunk.append(ch);
                w += cw;
                i += Character.charCount(cp);
            }
            if (!chunk.isEmpty()) {
                part.add(new Fragment(chunk.toString(), f.bold(), f.italic(), f.mark()));
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    private static List<Word> words(List<Run> runs) {
        List<Word> words = new ArrayList<>();
        List<Fragment> current = new ArrayList<>();
        for (Run run : runs) {
            if (run.isFootnoteMark()) {
                current.add(new Fragment(run.text(), false, false, run.footnote()));
                continue;
            }
            String[] parts = run.text().split(" ", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0 && !current.isEmpty()) {
                    addWord(words, current);
                    current = new ArrayList<>();
                }
                if (!parts[i].isEmpty()) {
                    current.add(new Fragment(parts[i], run.bold(), run.italic(), 0));
                }
            }
        }
        if (!current.isEmpty()) {
            addWord(words, current);
        }
        return words;
    }

    /** Adds a word; a long word with slashes (a URL) becomes glued pieces that may break after each slash. */
    private static void addWord(List<Word> words, List<Fragment> fragments) {
        int length = fragments.stream().mapToInt(f -> f.text().length()).sum();
        if (length <= LONG_WORD || fragments.stream().noneMatch(f -> f.text().indexOf('/') >= 0)) {
            words.add(new Word(fragments, false));
            return;
        }
        boolean glued = false;
        for (Fragment f : fragments) {
            int start = 0;
            for (int i = 0; i < f.text().length(); i++) {
                if (f.text().charAt(i) == '/' && i + 1 < f.text().length() && f.text().charAt(i + 1) != '/') {
                    words.add(new Word(List.of(new Fragment(f.text().substring(start, i + 1), f.bold(), f.italic(), f.mark())), glued));
                    glued = true;
                    start = i + 1;
                }
            }
            if (start < f.text().length()) {
                words.add(new Word(List.of(new Fragment(f.text().substring(start), f.bold(), f.italic(), f.mark())), glued));
                glued = true;
            }
        }
    }
}
