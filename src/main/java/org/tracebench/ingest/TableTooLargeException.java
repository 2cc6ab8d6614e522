package org.tracebench.ingest;

import org.tracebench.work.TextReadException;

/**
 * A row, cell or header larger than a reader accepts. Readers refuse it as soon as they see it, before
 * holding it whole, so a hostile file ends in one line naming the row rather than in running out of memory.
 */
public final class TableTooLargeException extends TextReadException {

    TableTooLargeException(long row, String message) {
        super(row, message);
    }

    static TableTooLargeException columns(long row, long columns, int limit) {
        return new TableTooLargeException(row, count(columns) + " columns; at most " + count(limit) + " are read");
    }

    static TableTooLargeException cellOver(long row, int limit) {
        return new TableTooLargeException(row, "a cell of more than " + count(limit) + " characters; at most "
                + count(limit) + " are read");
    }

    static TableTooLargeException cell(long row, long characters, int limit) {
        return new TableTooLargeException(row, "a cell of " + count(characters) + " characters; at most " + count(limit)
                + " are read");
    }
}
