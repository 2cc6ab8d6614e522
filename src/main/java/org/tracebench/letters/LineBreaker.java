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
    /**
     * The widest word space a justified line may have, as a multiple of the font's space. A line that would
     * need more is set ragged-right instead: a ragged line reads better than one with holes in it.
     */
    static final float MAX_SPACE_RATIO = 2.0f;
    /** How far a justified line may squeeze its word spaces to take one more word (a fraction of a space). */
    static final float MIN_SPACE_RATIO = 0.8f;
    /** Words longer than this that hold '/', '.' or '-' (URLs, file names, long dotted numbers) may break there. */
    private static final int LONG_WORD = 24;

    private record Fragment(String text, boolean bold, boolean italic, int mark) {
    }

    /**
     * A word; {@code glued} words follow the one before without a space (the pieces of a broken URL), and
     * {@code broken} marks those pieces: a line holding one is never stretched.
     */
    private record Word(List<Fragment> fragments, boolean glued, boolean broken) {
        Word(List<Fragment> fragments, boolean glued) {
            this(fragments, glued, false);
        }
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
        // justified lines may squeeze their spaces a little to take one more word; other lines keep them whole
        float fitSpace = align == Align.JUSTIFY ? space * MIN_SPACE_RATIO : space;
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
                    lines.add(line(List.of(new Word(parts.get(p), false, true)), size, leading, textIndent, available, space,
                            Align.LEFT, false, lines.isEmpty() ? label : null, indent));
                }
                current.add(new Word(parts.get(parts.size() - 1), false, true));
                currentWidth = width(parts.get(parts.size() - 1), size);
                continue;
            }
            float needed = current.isEmpty() ? w : currentWidth + (word.glued() ? 0 : fitSpace) + w;
            if (needed > available && !current.isEmpty()) {
                lines.add(line(current, size, leading, textIndent, available, space, align, false, lines.isEmpty() ? label : null, indent));
                current = new ArrayList<>();
                needed = w;
            }
            current.add(current.isEmpty() ? new Word(word.fragments(), false, word.broken()) : word);
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
        boolean hasBroken = words.stream().anyMatch(Word::broken);
        boolean squeezed = natural > available + 0.01f;
        if (align == Align.JUSTIFY && gaps > 0 && (!last || squeezed)) {
            float stretched = space + (available - natural) / gaps;
            // A line that holds a piece of a broken URL, or would show holes, stays ragged; a line filled by
            // squeezing its spaces must take the squeeze, even the last line of a paragraph.
            gapWidth = squeezed || (!hasBroken && stretched <= space * MAX_SPACE_RATIO) ? stretched : space;
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

    /**
     * Adds a word. A long word with slashes, dots or hyphens (a URL, a long file or docket name) becomes glued
     * pieces that may break after a slash or hyphen or before a dot, so it need not leave a short line behind.
     */
    private static void addWord(List<Word> words, List<Fragment> fragments) {
        StringBuilder whole = new StringBuilder();
        fragments.forEach(f -> whole.append(f.text()));
        String text = whole.toString();
        boolean urlLike = text.contains("://") || text.startsWith("www.") || text.startsWith("<www.");
        if (!urlLike && (text.length() <= LONG_WORD || text.chars().noneMatch(c -> c == '/' || c == '.' || c == '-'))) {
            words.add(new Word(fragments, false));
            return;
        }
        boolean glued = false;
        int offset = 0;
        for (Fragment f : fragments) {
            int start = 0;
            for (int i = 0; i < f.text().length(); i++) {
                int at = offset + i;
                if (breakAfter(text, at) && i + 1 < f.text().length()) {
                    words.add(new Word(List.of(piece(f, start, i + 1)), glued, true));
                    glued = true;
                    start = i + 1;
                } else if (breakBefore(text, at) && i > start) {
                    words.add(new Word(List.of(piece(f, start, i)), glued, true));
                    glued = true;
                    start = i;
                }
            }
            if (start < f.text().length()) {
                words.add(new Word(List.of(piece(f, start, f.text().length())), glued, true));
                glued = true;
            }
            offset += f.text().length();
        }
    }

    private static Fragment piece(Fragment f, int from, int to) {
        return new Fragment(f.text().substring(from, to), f.bold(), f.italic(), f.mark());
    }

    /** After a slash (not inside "//") or a hyphen, with something left to break off. */
    private static boolean breakAfter(String text, int at) {
        char c = text.charAt(at);
        boolean more = at + 2 < text.length();
        if (c == '/') {
            return more && text.charAt(at + 1) != '/';
        }
        return c == '-' && more && at > 0;
    }

    /** Before a dot that has text on both sides ("docs" | ".fcc" | ".gov/"), never before a closing ".pdf>"-like end. */
    private static boolean breakBefore(String text, int at) {
        return text.charAt(at) == '.' && at > 0 && text.charAt(at - 1) != '/' && at + 2 < text.length()
                && Character.isLetterOrDigit(text.charAt(at + 1));
    }
}
