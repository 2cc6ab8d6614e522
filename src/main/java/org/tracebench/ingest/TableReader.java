package org.tracebench.ingest;

import java.io.IOException;
import java.util.List;

/** Reads a table row by row, streaming, and hands each row to a handler. Row 1 is the first row of the file. */
public interface TableReader {

    @FunctionalInterface
    interface RowHandler {
        /** One row: its row number as the user sees it (line or spreadsheet row) and its cells, never null. */
        void row(long rowNumber, List<String> cells);

        /** A workbook's next sheet starts (index 0 is the first); row numbers start again at 1. */
        default void sheet(int index, String name) {
        }
    }

    /** Reads every non-blank row; handler exceptions stop the reading and propagate. */
    void read(RowHandler handler) throws IOException;

    /** How the content was decoded, e.g. "UTF-8 with byte-order mark" or "XLSX sheet 'Attachment A'". */
    String encoding();

    /** Bytes of the source consumed so far, for progress. */
    long bytesRead();
}
