package org.tracebench.work;

import java.io.IOException;
import java.io.Reader;

/**
 * Stops delimited text whose record grows past a limit while Commons CSV reads it: the parser gathers a
 * whole record (a quoted cell may span lines) before handing it on, so the limit has to be kept below it.
 * Follows the quoting as Commons CSV does (a quote opens a cell only as its first character) to tell
 * where a record ends. A quote still open at the end of the text is refused at the row where it opened,
 * rather than in the parser's words.
 */
public final class RecordLimit extends Reader {

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final Reader in;
    private final char delimiter;
    private final int limit;
    private State state = State.FIELD_START;
    private long line = 1;
    private long recordLine = 1;
    private long recordChars;
    private boolean afterCarriageReturn;

    private long quoteLine;

    public RecordLimit(Reader in, char delimiter, int limit) {
        this.in = in;
        this.delimiter = delimiter;
        this.limit = limit;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0 && (state == State.QUOTED)) {
            throw new TextReadException(quoteLine, "a quote opened in this row is never closed");
        }
        for (int i = 0; i < n; i++) {
            step(buffer[offset + i]);
        }
        return n;
    }

    private void step(char c) throws TextReadException {
        boolean lineBreak = c == '\n' || c == '\r';
        if (lineBreak && !(c == '\n' && afterCarriageReturn)) {
            line++;
        }
        afterCarriageReturn = c == '\r';
        boolean recordEnds = false;
        switch (state) {
            case FIELD_START, UNQUOTED -> {
                if (c == '"' && state == State.FIELD_START) {
                    state = State.QUOTED;
                    quoteLine = line;
                } else if (c == delimiter) {
                    state = State.FIELD_START;
                } else if (lineBreak) {
                    recordEnds = true;
                } else {
                    state = State.UNQUOTED;
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                } else if (c == delimiter) {
                    state = State.FIELD_START;
                } else if (lineBreak) {
                    recordEnds = true;
                } else {
                    state = State.UNQUOTED;
                }
            }
        }
        if (recordEnds) {
            state = State.FIELD_START;
            recordChars = 0;
            recordLine = line;
            return;
        }
        if (++recordChars > limit) {
            throw new TextReadException(recordLine, "a row of more than " + TextReadException.count(limit)
                    + " characters; longer rows are not read (is a quote left open?)");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
