package org.tracebench.letters;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns straight quotes and apostrophes into typographic ones, the one conversion both letter writers apply
 * to every text run (template prose, findings, merged fields, footnotes) when they set a letter. Text already
 * typographic passes unchanged; the conversion replaces one character by one, so run boundaries stay put.
 *
 * <p>The rules, in order, for a straight quote at a position (decision 0312):
 * <ul>
 * <li>inside a URL or e-mail address (a word holding "://", starting "www." or holding "@"): left alone;</li>
 * <li>{@code '} between two letters or digits is an apostrophe ({@code don’t}, {@code 1990’s}, {@code rock’n’roll});</li>
 * <li>{@code '} starting a word before a digit ({@code ’90s}) or in {@code 'n'} is an apostrophe too;</li>
 * <li>otherwise a quote after the start of text, a space, an opening bracket, a dash or an opening quote opens
 * ({@code “ ‘}); anywhere else it closes ({@code ” ’}).</li>
 * </ul>
 * A quote after a digit closes like after a letter: letters quote section numbers ({@code “§ 227”}) far more
 * often than they measure feet and inches, so no primes are made; a writer who needs them types ′ and ″.
 */
final class SmartQuotes {

    private SmartQuotes() {
    }

    /** The text with its straight quotes made typographic. */
    static String convert(String text) {
        return convert(text, ' ');
    }

    /**
     * As {@link #convert(String)}, with {@code before} the character that precedes the text (the end of the
     * run before it in the same line), so a quote that opens a run reads its context.
     */
    static String convert(String text, char before) {
        if (text.indexOf('\'') < 0 && text.indexOf('"') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        boolean[] verbatim = verbatim(text);
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if ((c != '\'' && c != '"') || verbatim[i]) {
                continue;
            }
            char prev = i == 0 ? before : out[i - 1];
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (c == '\'') {
                out[i] = single(text, i, prev, next);
            } else {
                out[i] = opens(prev) ? '“' : '”';
            }
        }
        return new String(out);
    }

    private static char single(String text, int i, char prev, char next) {
        if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
            return '’';
        }
        if (opens(prev)) {
            boolean elidedYear = Character.isDigit(next);
            boolean rockNRoll = next == 'n' && i + 2 < text.length() && text.charAt(i + 2) == '\''
                    && (i + 3 >= text.length() || Character.isWhitespace(text.charAt(i + 3)));
            return elidedYear || rockNRoll ? '’' : '‘';
        }
        return '’';
    }

    private static boolean opens(char prev) {
        return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '{' || prev == '<'
                || prev == '–' || prev == '—' || prev == '‘' || prev == '“' || prev == '/' || prev == '\u00a0';
    }

    /** Marks the characters of URL-like words, which keep every character as typed. */
    private static boolean[] verbatim(String text) {
        boolean[] marks = new boolean[text.length()];
        int start = 0;
        while (start < text.length()) {
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String word = text.substring(start, end);
            if (word.contains("://") || word.startsWith("www.") || word.startsWith("<www.") || word.contains("@")) {
                java.util.Arrays.fill(marks, start, end, true);
            }
            start = end;
        }
        return marks;
    }

    /** The runs with their text converted, each run reading the end of the one before it. */
    static List<Run> runs(List<Run> runs) {
        List<Run> out = new ArrayList<>(runs.size());
        char before = ' ';
        for (Run run : runs) {
            if (run.isFootnoteMark() || run.text().isEmpty()) {
                out.add(run);
                continue;
            }
            String text = convert(run.text(), before);
            out.add(text.equals(run.text()) ? run : new Run(text, run.bold(), run.italic(), run.footnote()));
            before = text.charAt(text.length() - 1);
        }
        return out;
    }

    /** The letter with every run of its blocks and footnotes converted; the attachment's cells stay as data. */
    static LetterDocument document(LetterDocument letter) {
        List<Block> blocks = new ArrayList<>(letter.blocks().size());
        for (Block block : letter.blocks()) {
            blocks.add(new Block(block.kind(), runs(block.runs()), block.number(),
                    block.lines().stream().map(SmartQuotes::runs).toList(), block.align(), block.keepTogether(),
                    block.role()));
        }
        List<Footnote> footnotes = letter.footnotes().stream()
                .map(f -> new Footnote(f.number(), runs(f.runs()))).toList();
        // The letterhead (its lines and logo) is carried over: only the letter's running text changes here.
        return new LetterDocument(letter.title(), letter.subject(), letter.author(), blocks, footnotes,
                letter.attachment()).withLetterhead(letter.letterhead());
    }
}
