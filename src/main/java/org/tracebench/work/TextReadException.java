package org.tracebench.work;

import java.io.IOException;
import java.util.Locale;

/**
 * A text file refused part way through, at a known row (its line for plain text): bytes that are not in the
 * encoding chosen, a binary byte, or a row or cell larger than a reader holds. The message is one sentence
 * without the file's name; whoever reports it puts the file and row in front.
 */
public class TextReadException extends IOException {

    private final long row;

    public TextReadException(long row, String message) {
        super(message);
        this.row = row;
    }

    /** The row (line of text, or spreadsheet row) where reading stopped; 1 is the first. */
    public long row() {
        return row;
    }

    /** "1,234": how counts and byte offsets are written in these messages. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
