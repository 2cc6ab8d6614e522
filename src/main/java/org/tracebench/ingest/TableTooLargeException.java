package org.tracebench.ingest;

import java.io.IOException;
import java.util.Locale;

/**
 * A row, cell or header larger than a reader accepts. Readers refuse it as soon as they see it, before
 * holding it whole, so a hostile file ends in one line naming the row rather than in running out of memory.
 */
public final class TableTooLargeException extends IOException {

    private final long row;

    TableTooLargeException(long row, String message) {
        super(message);
        this.row = row;
    }

    /** The row (line, or spreadsheet row) where the limit was passed. */
    public long row() {
        return row;
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static TableTooLargeException columns(long row, long columns, int limit) {
        return new TableTooLargeException(row, count(columns) + " columns; at most " + count(limit) + " are read");
    }

    static TableTooLargeException cell(long row, long characters, int limit) {
        return new TableTooLargeException(row, "a cell of " + count(characters) + " characters; at most " + count(limit)
                + " are read");
    }
}
